package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.TieBreak;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Program files: a round trip of every construct (model → file → model, YAML and JSON), the seeds,
 * a district's override of a city scheme, a bad file per construct (file, line and path in both
 * languages) and the JSON Schema.
 */
class ProgramFilesTest {
  static final String DIR = "/org/grassroots/rules/format/examples/";

  private static ProgramDeclaration graded() {
    return ProgramDeclaration.builder("city-stars").parent("city.program.yaml").name("points")
        .kind(ProgramDeclaration.Kind.STARS).title("党员积分星级").rules("x.ruleset.yaml")
        .levels(List.of(new ProgramDeclaration.Level("一星", Bound.inclusive(Fixed.of(60)), List.of()),
            new ProgramDeclaration.Level("二星", Bound.exclusive(Fixed.parse("72.5")), List.of(RuleId.of("g-a"), RuleId.of("g-b")))))
        .reward(new ProgramDeclaration.Reward(Money.ofFen(1_500_050),
            Optional.of(new RewardPolicy(Money.ofYuan(900_000), RewardPolicy.Shortfall.BY_RANK,
                RewardPolicy.Remainder.LEFT_UNPAID, TieBreak.RankMode.DENSE))))
        .periods(new ProgramDeclaration.Periods(OptionalInt.of(3), OptionalInt.of(1), OptionalInt.of(5))).build();
  }

  private static ProgramDeclaration types() {
    return ProgramDeclaration.builder("t").kind(ProgramDeclaration.Kind.TYPES).rules("t.ruleset.yaml")
        .demonstration(RuleId.of("demo")).build();
  }

  private static ProgramDeclaration override() {
    return ProgramDeclaration.builder("district").parent("../city/stars.program.yaml")
        .reward(new ProgramDeclaration.Reward(Money.ofYuan(15_000), Optional.of(RewardPolicy.proRata(
            Money.ofFen(100_000_001), RewardPolicy.Remainder.LARGEST_REMAINDER))))
        .periods(new ProgramDeclaration.Periods(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(10))).build();
  }

  @Test
  void aDeclarationIsDerivedFromAnotherByItsBuilderAndOverlaidPartByPart() {
    ProgramDeclaration city = graded();
    assertThat(city.toBuilder().build()).isEqualTo(city);
    ProgramDeclaration district = city.toBuilder().id("district").title("区级积分星级").build();
    assertThat(district).isNotEqualTo(city);
    assertThat(district.levels()).isEqualTo(city.levels());
    assertThat(district.title()).contains("区级积分星级");
    // an override declares only what it changes: the rest comes from the parent, the id and link are its own
    ProgramDeclaration eff = override().over(city);
    assertThat(eff.id()).isEqualTo("district");
    assertThat(eff.parent()).contains("../city/stars.program.yaml");
    assertThat(eff.levels()).isEqualTo(city.levels());
    assertThat(eff.reward()).isEqualTo(override().reward());
    assertThat(eff.periods()).isEqualTo(new ProgramDeclaration.Periods(OptionalInt.of(3), OptionalInt.of(1),
        OptionalInt.of(10)));
    assertThatThrownBy(() -> ProgramDeclaration.builder(" ")).hasMessageContaining("program.id");
  }

  @Test
  void everyConstructReadsBackEqualFromYamlAndJson() {
    for (ProgramDeclaration p : List.of(graded(), types(), override())) {
      for (FileFormat f : FileFormat.values()) {
        String text = ProgramFiles.write(p, f);
        assertThat(ProgramFiles.read(f == FileFormat.JSON ? "p.json" : "p.yaml", text).declaration()).as(text)
            .isEqualTo(p);
      }
    }
    // money is written as text with its fen, never as a binary float
    assertThat(ProgramFiles.write(graded(), FileFormat.YAML)).contains("perStar: \"15000.50\"", "budget: \"900000.00\"");
  }

  @Property(tries = 100)
  void rewardsAndBudgetsReadBackExactly(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long perStarFen,
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long budgetFen, @ForAll boolean byRank,
      @ForAll @IntRange(min = 1, max = 9) int withdraw) {
    RewardPolicy policy = byRank ? RewardPolicy.byRank(Money.ofFen(budgetFen), TieBreak.RankMode.COMPETITION)
        : RewardPolicy.proRata(Money.ofFen(budgetFen), RewardPolicy.Remainder.LEFT_UNPAID);
    ProgramDeclaration p = ProgramDeclaration.builder("p").name("stars").kind(ProgramDeclaration.Kind.STARS)
        .rules("r.yaml").reward(new ProgramDeclaration.Reward(Money.ofFen(perStarFen), Optional.of(policy)))
        .periods(new ProgramDeclaration.Periods(OptionalInt.of(withdraw), OptionalInt.of(withdraw),
            OptionalInt.of(withdraw))).build();
    assertThat(ProgramFiles.read("p.yaml", ProgramFiles.write(p, FileFormat.YAML)).declaration()).isEqualTo(p);
  }

  @Test
  void theSeedsLoadAsTheProgramsOfYungang() {
    DeclaredProgram stars = ProgramFiles.load(ProgramFilesTest.class.getResource(DIR + "yungang-stars.program.yaml"));
    StarProgram s = (StarProgram) stars.program();
    assertThat(s.name()).isEqualTo("stars");
    assertThat(s.scheme().rewardPerStar()).isEqualTo(Money.ofYuan(20_000));
    assertThat(s.scheme().stars()).extracting(g -> g.name()).containsExactly("组织建设先锋星", "共建共治融合星",
        "基础保障有力星", "服务群众满意星", "宜居稳定幸福星");
    assertThat(s.policy()).isEmpty();
    assertThat(stars.starBook(org.grassroots.district.DistrictId.of("yungang")).failuresBeforeRevoke()).isEqualTo(2);
    DeclaredProgram types = ProgramFiles.load(ProgramFilesTest.class.getResource(DIR + "yungang-types.program.yaml"));
    TypesProgram t = (TypesProgram) types.program();
    assertThat(t.types().types()).hasSize(6);
    assertThat(t.parameter("types.demonstrationQuota").read(org.grassroots.scenarios.Setup.of(t.rules())
        .withProgram(t))).isEqualTo(16);
  }

  /** A city scheme and a district file over it, in {@code dir}; returns the district file. */
  static Path cityAndDistrict(Path dir, String district) throws IOException {
    Files.createDirectories(dir.resolve("city"));
    Files.createDirectories(dir.resolve("district"));
    try (InputStream in = ProgramFilesTest.class.getResourceAsStream(DIR + "yungang-stars.ruleset.yaml")) {
      Files.write(dir.resolve("city/yungang-stars.ruleset.yaml"), in.readAllBytes());
    }
    try (InputStream in = ProgramFilesTest.class.getResourceAsStream(DIR + "yungang-stars.program.yaml")) {
      Files.write(dir.resolve("city/stars.program.yaml"), in.readAllBytes());
    }
    Path d = dir.resolve("district/stars.program.yaml");
    Files.writeString(d, district);
    return d;
  }

  @Test
  void aDistrictOverridesTheCitySchemeAndKeepsTheRest(@TempDir Path dir) throws IOException {
    Path d = cityAndDistrict(dir, """
        program: pingcheng-stars
        extends: ../city/stars.program.yaml
        name: pingcheng-stars
        reward: {perStar: 15000.5, budget: "1000000", shortfall: byRank, ties: dense}
        """);
    DeclaredProgram p = ProgramFiles.load(d);
    StarProgram s = (StarProgram) p.program();
    assertThat(s.name()).isEqualTo("pingcheng-stars");
    assertThat(s.scheme().rewardPerStar()).isEqualTo(Money.ofFen(1_500_050));
    assertThat(s.policy()).contains(RewardPolicy.byRank(Money.ofYuan(1_000_000), TieBreak.RankMode.DENSE));
    assertThat(s.scheme().stars()).hasSize(5); // the city's criteria, read relative to the city's file
    assertThat(p.declaration().periods().withdrawAfterFailedPeriods()).hasValue(2);
    assertThat(p.declaration().periods().publicityDays()).hasValue(7);
    assertThat(p.declaration().title()).contains("云冈区“五星联创”");
  }

  /**
   * The city scheme and, beside the district file, {@code graded.ruleset.yaml}: the city's criteria
   * with the veto naming no star (graded levels replace the named stars); returns the district file.
   */
  static Path gradedRuleset(Path dir) throws IOException {
    Path d = cityAndDistrict(dir, "");
    String city = Files.readString(d.resolveSibling("../city/yungang-stars.ruleset.yaml"));
    Files.writeString(dir.resolve("district/graded.ruleset.yaml"),
        city.replace("id: yungang-stars", "id: graded").replaceAll("(?m)^    grades:\\n(      - .*\\n)+", ""));
    return d;
  }

  @Test
  void gradedLevelsReplaceTheRulesetsGradesAndMayNeedAGate(@TempDir Path dir) throws IOException {
    gradedRuleset(dir);
    Path d = cityAndDistrict(dir, """
        program: graded
        extends: ../city/stars.program.yaml
        rules: graded.ruleset.yaml
        levels:
          - {name: 一星, atLeast: 40}
          - {name: 二星, atLeast: 60}
          - {name: 三星, above: 80, gates: [g-pioneer]}
        periods: {levelsPerPeriod: 1}
        """);
    DeclaredProgram p = ProgramFiles.load(d);
    assertThat(p.declaration().periods().levelsPerPeriod()).hasValue(1);
    assertThat(p.declaration().periods().withdrawAfterFailedPeriods()).hasValue(2); // the city's, kept part by part
    StarProgram s = (StarProgram) p.program();
    assertThat(s.scheme().stars()).extracting(g -> g.id().value()).containsExactly("level-1", "level-2", "level-3");
    assertThat(s.scheme().stars().get(2).minTotal()).contains(Bound.exclusive(Fixed.of(80)));
    assertThat(s.scheme().stars().get(2).gates()).containsExactly(RuleId.of("g-pioneer"));
    assertThat(s.scheme().stars().get(0).gates()).isEmpty();
    // 逐级晋升: a community earning all three levels at once is raised one level a period
    org.grassroots.hierarchy.OrgUnitId c = org.grassroots.hierarchy.OrgUnitId.of("c1");
    org.grassroots.hierarchy.TreeSnapshot tree = org.grassroots.hierarchy.TreeSnapshot.builder(2)
        .add(org.grassroots.hierarchy.OrgUnitId.of("root"), null, org.grassroots.hierarchy.OrgKind.DISTRICT)
        .add(c, org.grassroots.hierarchy.OrgUnitId.of("root"), s.rules().subjectKind()).build();
    org.grassroots.stars.StarBook book = p.starBook(org.grassroots.district.DistrictId.of("d"));
    org.grassroots.audit.Change why = org.grassroots.audit.Change.of("committee", "评定",
        java.time.Instant.parse("2025-01-05T00:00:00Z"));
    for (int year = 2022; year <= 2024; year++) {
      org.grassroots.assessment.InputColumns.Builder in = org.grassroots.assessment.InputColumns.builder(tree,
          org.grassroots.rules.Period.year(year));
      for (String id : List.of("organisation", "co-governance", "basics", "service", "liveable")) {
        in.set(org.grassroots.rules.IndicatorId.of(id), tree.require(c), Fixed.of(95));
      }
      in.set(org.grassroots.rules.IndicatorId.of("secretary-on-file"), tree.require(c), Fixed.ONE);
      org.grassroots.stars.StarRatings r = s.scheme().compile().evaluate(in.build());
      assertThat(r.level(c)).isEqualTo(3);
      book = p.advance(book, r, why, java.time.LocalDate.of(year + 1, 1, 10));
      assertThat(book.held(c)).hasSize(year - 2021);
    }
    // 公示: the city's seven days, inherited; confirmed no earlier than the seventh day after publicity
    org.grassroots.stars.StarBook shown = p.publicity(book, 1, org.grassroots.stars.Publicity.Status.PUBLICISED,
        java.time.LocalDate.of(2023, 1, 11), why);
    assertThatThrownBy(() -> p.publicity(shown, 1, org.grassroots.stars.Publicity.Status.CONFIRMED,
        java.time.LocalDate.of(2023, 1, 17), why)).isInstanceOf(org.grassroots.input.InvalidInputException.class)
        .hasMessageContaining("7 days").hasMessageContaining("公示期");
    assertThat(p.publicity(shown, 1, org.grassroots.stars.Publicity.Status.CONFIRMED,
        java.time.LocalDate.of(2023, 1, 18), why).confirmed(c)).containsExactly(RuleId.of("level-1"));
  }

  /** The problem of loading {@code district} over the city scheme: its message in both languages. */
  static String problem(Path dir, String district) throws IOException {
    Path d = cityAndDistrict(dir, district);
    try {
      ProgramFiles.load(d);
    } catch (RulesetFileException e) {
      assertThat(e.getMessage(Locale.CHINESE)).containsPattern("\\p{IsHan}");
      return e.getMessage(Locale.ENGLISH) + "\n" + e.getMessage(Locale.CHINESE);
    }
    throw new AssertionError("no problem in\n" + district);
  }

  @Test
  void aBadFilePerConstructNamesTheFileTheLineAndThePath(@TempDir Path dir) throws IOException {
    String head = "program: d\nextends: ../city/stars.program.yaml\n";
    String file = dir.resolve("district/stars.program.yaml").toString();
    List<String[]> bad = List.of(
        new String[] {head + "rewards: {perStar: 1}\n", ":3:", "unknown field \"rewards\"", "未知"},
        new String[] {head + "kind: medals\n", ":3:", "kind", "\"medals\" is not one of stars, types"},
        new String[] {head + "reward: {perStar: \"20000.001\"}\n", ":3:", "reward.perStar", "20000.001"},
        new String[] {head + "reward: {perStar: -5}\n", ":3:", "reward.perStar", "不为负"},
        new String[] {head + "reward: {perStar: 5, shortfall: proRata}\n", ":3:", "reward.shortfall", "预算"},
        new String[] {head + "reward: {perStar: 5, budget: 100}\n", ":3:", "reward", "\"shortfall\" is required"},
        new String[] {head + "reward: {perStar: 5, budget: 100, shortfall: byLot}\n", ":3:", "reward.shortfall", "byLot"},
        new String[] {head + "levels:\n  - {name: 一星, atLeast: 60}\n  - {name: 二星, atLeast: 60}\n", ":5:",
            "levels[1].from", "above the one before"},
        new String[] {head + "levels:\n  - {name: 一星, atLeast: 60, gates: [g-nowhere]}\n", ":4:", "levels: grades[0]",
            "g-nowhere"},
        new String[] {head + "levels: []\n", ":3:", "levels", "at least one level"},
        new String[] {head + "demonstration: pioneer\n", ":3:", "demonstration", "kind stars"},
        new String[] {head + "periods: {withdrawAfterFailedPeriods: 0}\n", ":3:", "periods.withdrawAfterFailedPeriods", "0"},
        new String[] {head + "periods: {levelsPerPeriod: 0}\n", ":3:", "periods.levelsPerPeriod", "0"},
        new String[] {head + "periods: {publicityDays: -1}\n", ":3:", "periods.publicityDays", "-1"},
        new String[] {head + "periods: {publicityWeeks: 1}\n", ":3:", "unknown field \"publicityWeeks\"", "publicityDays"},
        new String[] {head + "name: Stars!\n", ":3:", "name", "Stars!"},
        new String[] {"program: d\nextends: ../city/nowhere.program.yaml\n", ":2:", "parent", "nowhere.program.yaml"},
        new String[] {head + "rules: nowhere.ruleset.yaml\n", ":3:", "rules", "nowhere.ruleset.yaml"},
        new String[] {"program: d\nextends: stars.program.yaml\n", ":2:", "parent", "circle"});
    for (String[] b : bad) {
      String message = problem(dir, b[0]);
      assertThat(message).as(b[0]).contains(file + b[1]).contains(b[2]).contains(b[3]);
    }
  }

  @Test
  void typesFilesRefuseStarPartsAndNeedTheirDemonstration(@TempDir Path dir) throws IOException {
    try (InputStream in = ProgramFilesTest.class.getResourceAsStream(DIR + "yungang-types.ruleset.yaml")) {
      Files.write(dir.resolve("yungang-types.ruleset.yaml"), in.readAllBytes());
    }
    String head = "program: t\nkind: types\nrules: yungang-types.ruleset.yaml\n";
    List<String[]> bad = List.of(
        new String[] {head, ":1:", "\"demonstration\" is required"},
        new String[] {head + "demonstration: nowhere\n", ":4:", "nowhere"},
        new String[] {head + "demonstration: demonstration\nreward: {perStar: 1}\n", ":5:", "kind types"},
        new String[] {head + "demonstration: demonstration\nperiods: {publicityDays: 7}\n", ":5:", "kind types"});
    for (String[] b : bad) {
      Path f = dir.resolve("t.program.yaml");
      Files.writeString(f, b[0]);
      assertThatThrownBy(() -> ProgramFiles.load(f)).as(b[0]).isInstanceOf(RulesetFileException.class)
          .hasMessageContaining(f + b[1]).hasMessageContaining(b[2]);
    }
  }

  static JsonNode schemaTree() throws IOException {
    try (InputStream in = ProgramFilesTest.class.getResourceAsStream(ProgramFiles.SCHEMA_RESOURCE)) {
      return FileFormat.JSON.mapper().readTree(in);
    }
  }

  @Test
  void theSchemaHasAStableIdAcceptsTheSeedsAndNamesExactlyTheFormatsFields() throws IOException {
    JsonNode s = schemaTree();
    assertThat(s.path("$id").asText()).isEqualTo("https://grassroots.github.io/schemas/1/program.schema.json");
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
    for (String name : List.of("yungang-stars.program.yaml", "yungang-types.program.yaml")) {
      try (InputStream in = ProgramFilesTest.class.getResourceAsStream(DIR + name)) {
        assertThat(schema.validate(FileFormat.YAML.mapper().readTree(in))).as(name).isEmpty();
      }
    }
    for (ProgramDeclaration p : List.of(graded(), types(), override())) {
      assertThat(schema.validate(FileFormat.JSON.mapper().readTree(ProgramFiles.write(p, FileFormat.JSON)))).isEmpty();
    }
    assertThat(schema.validate(FileFormat.YAML.mapper().readTree("program: p\nreward: {perStar: \"1.005\"}\n")))
        .isNotEmpty();
    for (var e : ProgramReader.OBJECTS.entrySet()) {
      JsonNode def = e.getKey().equals("program") ? s : s.path("$defs").path(e.getKey());
      Set<String> names = new TreeSet<>();
      def.path("properties").fieldNames().forEachRemaining(names::add);
      assertThat(names).as(e.getKey()).isEqualTo(new TreeSet<>(e.getValue()));
    }
    List<String> shortfall = new ArrayList<>();
    s.at("/$defs/reward/properties/shortfall/enum").forEach(n -> shortfall.add(n.asText()));
    assertThat(shortfall).containsExactlyElementsOf(ProgramReader.SHORTFALL.keySet());
  }
}

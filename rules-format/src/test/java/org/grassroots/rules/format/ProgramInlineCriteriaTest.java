package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Veto;
import org.grassroots.stars.StarProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Criteria declared inline in a program file (内嵌评定标准): read with the ruleset reader's readers,
 * compiled into the ruleset of the criteria and evaluated by the one engine — the same outcomes as
 * the ruleset file declaring them.
 */
class ProgramInlineCriteriaTest {
  private static final String DIR = ProgramFilesTest.DIR;

  /** The schema with the ruleset schema it refers to found on the class path, as a tool finds it at its $id. */
  static JsonSchema schema() throws IOException {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaMappers(m -> m.mapPrefix(
        "https://grassroots.github.io/schemas/1/", "classpath:org/grassroots/rules/format/")))
        .getSchema(ProgramFilesTest.schemaTree());
  }

  static ProgramDeclaration inline() {
    Condition c = new Condition.AllOf(List.of(Condition.score("organisation", Comparison.AT_LEAST, Fixed.of(18)),
        new Condition.Compare(new Condition.Operand.Input(IndicatorId.of("secretary-on-file")), Comparison.AT_LEAST,
            Fixed.ONE)));
    return ProgramDeclaration.builder("inline").kind(ProgramDeclaration.Kind.STARS).rules("m.ruleset.yaml")
        .criteria(new ProgramDeclaration.Criteria(
            List.of(new Veto(RuleId.of("v-x"), "重大事故", Condition.present("major-incident"),
                Veto.Effect.DISQUALIFY, List.of(RuleId.of("pioneer")))),
            List.of(new Gate(RuleId.of("g-pioneer"), "组织建设先锋星标准", c)),
            List.of(new Grade(RuleId.of("pioneer"), "组织建设先锋星", java.util.Optional.empty(),
                List.of(RuleId.of("g-pioneer"))))))
        .build();
  }

  @Test
  void inlineCriteriaReadBackEqualFromYamlAndJsonAndTheSchemaTakesThem() throws IOException {
    JsonSchema schema = schema();
    for (FileFormat f : FileFormat.values()) {
      String text = ProgramFiles.write(inline(), f);
      assertThat(ProgramFiles.read(f == FileFormat.JSON ? "p.json" : "p.yaml", text).declaration()).as(text)
          .isEqualTo(inline());
      assertThat(schema.validate(f.mapper().readTree(text))).as(text).isEmpty();
    }
    assertThat(schema.validate(FileFormat.YAML.mapper().readTree("program: p\ncriteria: {gates: [{id: g}]}\n")))
        .isNotEmpty();
    assertThat(schema.validate(FileFormat.YAML.mapper().readTree("program: p\ncriteria: {}\n"))).isNotEmpty();
  }

  /**
   * 云冈's measures as a ruleset file without criteria, and a program file declaring the five stars'
   * gates, grades and veto inline (the seed's own text, moved); returns the program file.
   */
  private static Path yungangInline(Path dir) throws IOException {
    String seed;
    try (InputStream in = ProgramInlineCriteriaTest.class.getResourceAsStream(DIR + "yungang-stars.ruleset.yaml")) {
      seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    int cut = seed.indexOf("\nvetoes:\n");
    Files.writeString(dir.resolve("measures.ruleset.yaml"), seed.substring(0, cut + 1).replace("id: yungang-stars",
        "id: yungang-measures"));
    String criteria = seed.substring(cut + 1).replaceAll("(?m)^(?=.)", "  ");
    String program;
    try (InputStream in = ProgramInlineCriteriaTest.class.getResourceAsStream(DIR + "yungang-stars.program.yaml")) {
      program = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Path p = dir.resolve("yungang-stars.program.yaml");
    Files.writeString(p, program.replace("rules: yungang-stars.ruleset.yaml", "rules: measures.ruleset.yaml\ncriteria:\n"
        + criteria));
    return p;
  }

  @Test
  void yungangsStarsDeclaredInlinePassTheSeedsCases(@TempDir Path dir) throws IOException {
    Path p = yungangInline(dir);
    StarProgram s = (StarProgram) ProgramFiles.load(p).program();
    assertThat(s.scheme().stars()).extracting(Grade::name).containsExactly("组织建设先锋星", "共建共治融合星",
        "基础保障有力星", "服务群众满意星", "宜居稳定幸福星");
    assertThat(s.rules().gates()).hasSize(5);
    assertThat(ProgramFiles.load(p).declaration().criteria().orElseThrow().vetoes()).extracting(Veto::id)
        .containsExactly(RuleId.of("v-incident"));
    try (InputStream in = ProgramInlineCriteriaTest.class.getResourceAsStream(DIR + "yungang-stars.cases.yaml")) {
      Files.write(dir.resolve("yungang-stars.cases.yaml"), in.readAllBytes());
    }
    ProgramCases cases = ProgramCases.read(dir.resolve("yungang-stars.cases.yaml"));
    assertThat(cases.runAll()).hasSize(cases.size()).hasSizeGreaterThan(5).allSatisfy(o -> assertThat(o.passed()).as(o.name() + " " + o.mismatches())
        .isTrue());
    // a changed inline bar changes the outcome: the criteria are really the ones evaluated
    Files.writeString(p, Files.readString(p).replaceFirst("atLeast: 18", "atLeast: 19.5"));
    assertThat(ProgramCases.read(dir.resolve("yungang-stars.cases.yaml")).runAll()).anySatisfy(o ->
        assertThat(o.passed()).isFalse());
  }

  @Test
  void badInlineCriteriaNameTheFileTheLineAndThePathInBothLanguages(@TempDir Path dir) throws IOException {
    Path p = yungangInline(dir);
    String good = Files.readString(p);
    List<String[]> bad = List.of(
        new String[] {good.replace("indicator: organisation", "indicator: nowhere"), "criteria.gates[0].condition", "nowhere"},
        new String[] {good.replaceFirst("allOf:", "allOff:"), "criteria.gates[0].condition", "allOff"},
        new String[] {good.replace("      - g-liveable", "      - g-nowhere"), "criteria.grades[4].gates[0]", "g-nowhere"},
        new String[] {good.replace("effect: disqualify", "effect: warn"), "criteria.vetoes[0].effect", "warn"});
    for (String[] b : bad) {
      Files.writeString(p, b[0]);
      assertThatThrownBy(() -> ProgramFiles.load(p)).as(b[2]).isInstanceOf(RulesetFileException.class)
          .satisfies(e -> {
            RulesetFileException x = (RulesetFileException) e;
            assertThat(x.getMessage(Locale.ENGLISH)).contains(p + ":", b[1], b[2]);
            assertThat(x.getMessage(Locale.CHINESE)).contains(p + ":", b[2]).containsPattern("\\p{IsHan}");
            assertThat(x.problems().get(0).at().line()).isGreaterThan(12);
          });
    }
    Files.writeString(p, good.replaceFirst("criteria:\n(?s).*\\z", "criteria: {}\n"));
    assertThatThrownBy(() -> ProgramFiles.load(p)).isInstanceOf(RulesetFileException.class)
        .hasMessageContaining(p + ":").hasMessageContaining("criteria");
  }

  @Test
  void aLevelMayNeedAGateDeclaredInlineAndATypesFileMayDeclareItsTypesInline(@TempDir Path dir) throws IOException {
    Path d = ProgramFilesTest.gradedRuleset(dir);
    Files.writeString(d, """
        program: graded
        extends: ../city/stars.program.yaml
        rules: graded.ruleset.yaml
        criteria:
          gates:
            - {id: g-top, name: 组织建设满分, condition: {score: {indicator: organisation, atLeast: 20}}}
        levels:
          - {name: 一星, atLeast: 40}
          - {name: 二星, atLeast: 60, gates: [g-top]}
        """);
    StarProgram s = (StarProgram) ProgramFiles.load(d).program();
    assertThat(s.rules().gates()).extracting(Gate::id).contains(RuleId.of("g-pioneer"), RuleId.of("g-top"));
    assertThat(s.scheme().stars().get(1).gates()).containsExactly(RuleId.of("g-top"));
    // the level's gate is evaluated: full marks in 组织建设 hold it, 19 of 20 does not
    org.grassroots.hierarchy.OrgUnitId c = org.grassroots.hierarchy.OrgUnitId.of("c1");
    org.grassroots.hierarchy.TreeSnapshot tree = org.grassroots.hierarchy.TreeSnapshot.builder(2)
        .add(org.grassroots.hierarchy.OrgUnitId.of("root"), null, org.grassroots.hierarchy.OrgKind.DISTRICT)
        .add(c, org.grassroots.hierarchy.OrgUnitId.of("root"), s.rules().subjectKind()).build();
    for (long organisation : new long[] {100, 95}) {
      org.grassroots.assessment.InputColumns.Builder in = org.grassroots.assessment.InputColumns.builder(tree,
          org.grassroots.rules.Period.year(2022));
      for (String id : List.of("organisation", "co-governance", "basics", "service", "liveable")) {
        in.set(IndicatorId.of(id), tree.require(c), Fixed.of(id.equals("organisation") ? organisation : 95));
      }
      assertThat(s.scheme().compile().evaluate(in.build()).level(c)).as("organisation " + organisation)
          .isEqualTo(organisation == 100 ? 2 : 1);
    }
    // 六型社区: the types declared inline over the types ruleset's measures
    try (InputStream in = ProgramInlineCriteriaTest.class.getResourceAsStream(DIR + "yungang-types.ruleset.yaml")) {
      Files.write(dir.resolve("yungang-types.ruleset.yaml"), in.readAllBytes());
    }
    Path t = dir.resolve("t.program.yaml");
    Files.writeString(t, """
        program: t
        kind: types
        rules: yungang-types.ruleset.yaml
        criteria:
          grades:
            - {id: safe, name: 平安法治型, gates: [g-safe]}
            - {id: demonstration, name: 示范社区, gates: [g-demonstration]}
        demonstration: demonstration
        """);
    DeclaredProgram types = ProgramFiles.load(t);
    assertThat(types.rules().grades()).extracting(Grade::name).containsExactly("平安法治型", "示范社区");
    assertThat(((org.grassroots.communitytypes.TypesProgram) types.program()).types().types()).hasSize(1);
  }
}

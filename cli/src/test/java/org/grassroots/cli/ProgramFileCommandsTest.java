package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.format.ProgramFiles;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Setup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs declared only in files on the command line: a points scheme (points.program.yaml, a third
 * program no line of the command line or the report names) in assess, scenario, sweep and the
 * report, and the 云冈 seed files through --stars FILE and --types FILE.
 */
class ProgramFileCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Grassroots.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static Map<String, List<String>> byItem(String csv) {
    return ProgramCommandsTest.byItem(csv);
  }

  private static Path resource(String name) {
    try {
      return Path.of(ProgramFileCommandsTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final Path POINTS = resource("points/points.program.yaml");

  /** The points scheme evaluated by the library on the CLI's synthetic district (152 communities, seed 20241124). */
  private static Map<String, Long> expected() {
    Ruleset r = DefaultRuleset.ruleset();
    Baseline b = Baseline.of(Setup.of(r).withProgram(ProgramFiles.load(POINTS).program()),
        Data.measurements(r, Data.district(152), Period.year(2024), 20241124L));
    return b.figures();
  }

  @Test
  void aProgramDeclaredOnlyInAFileIsAssessedWithItsTypedFigures() {
    assertThat(run("assess", "--program", POINTS.toString(), "--format", "csv")).as(err::toString).isZero();
    Map<String, List<String>> rows = byItem(out.toString());
    Map<String, Long> expected = expected();
    assertThat(Long.parseLong(rows.get("points.total").get(1))).isEqualTo(expected.get("points.total")).isPositive();
    assertThat(rows.get("points.count[level-3]")).containsExactly("units holding 积分优秀 获评“积分优秀”的单位数",
        String.valueOf(expected.get("points.count[level-3]")));
    // money as yuan with fen, exactly: ¥500 a level held, paid by rank within the ¥30,000 budget
    assertThat(rows.get("points.rewardPerStar").get(1)).isEqualTo("500.00");
    assertThat(new BigDecimal(rows.get("points.due").get(1)))
        .isEqualTo(BigDecimal.valueOf(expected.get("points.total") * 500).setScale(2));
    assertThat(new BigDecimal(rows.get("points.paid").get(1))).isLessThanOrEqualTo(new BigDecimal("30000.00"))
        .isEqualTo(BigDecimal.valueOf(expected.get("points.paid"), 2));
    assertThat(rows.get("points.budget").get(1)).isEqualTo("30000.00");
    assertThat(rows).containsKeys("points.level[0]", "points.level[3]");
  }

  @Test
  void aScenarioOfTheFileProgramShowsWhoGainsAndTheReportDrawsIt(@TempDir Path dir) throws Exception {
    assertThat(run("scenario", "--program", POINTS.toString(), "--set", "points.rules.grades[level-2].minTotal=60",
        "--format", "csv", "--report", dir.resolve("r").toString())).as(err::toString).isZero();
    Map<String, List<String>> rows = byItem(out.toString());
    long gained = Long.parseLong(rows.get("points.gained").get(2));
    assertThat(gained).isPositive();
    assertThat(rows.get("points.lost").get(2)).isEqualTo("0");
    assertThat(Long.parseLong(rows.get("points.count[level-2]").get(2)) - Long.parseLong(rows.get("points.count[level-2]")
        .get(1))).isEqualTo(gained);
    String html = Files.readString(dir.resolve("r/report.html"));
    assertThat(html).contains("id=\"programs-points-levels\"", "id=\"programs-points-counts\"", "积分良好");
    List<String> flips = Files.readAllLines(dir.resolve("r/programs-points-flips.csv"));
    assertThat(flips).hasSize(1 + (int) gained);
    assertThat(flips.subList(1, flips.size())).allMatch(l -> l.contains(",level-2,积分良好,gains,"));
  }

  @Test
  void aSweepOfTheFileProgramsMoneyKeepsDueEqualLevelsTimesReward(@TempDir Path dir) throws Exception {
    assertThat(run("sweep", "--program", POINTS.toString(), "--axis", "points.rewardPerStar=100:1000:100", "--format",
        "csv", "--report", dir.resolve("r").toString(), "--threads", "2")).as(err::toString).isZero();
    List<String> lines = List.of(out.toString().split("\r?\n"));
    List<String> head = List.of(lines.get(0).split(","));
    assertThat(lines).hasSize(1 + 10);
    int reward = head.indexOf("points.rewardPerStar");
    int total = head.indexOf("points.total");
    int due = head.indexOf("points.due");
    int paid = head.indexOf("points.paid");
    assertThat(List.of(reward, total, due, paid)).allMatch(i -> i >= 0);
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split(",");
      assertThat(new BigDecimal(c[due])).isEqualTo(new BigDecimal(c[reward]).multiply(new BigDecimal(c[total])));
      assertThat(new BigDecimal(c[paid])).isLessThanOrEqualTo(new BigDecimal("30000.00"));
    }
    assertThat(Files.readString(dir.resolve("r/report.html"))).contains("id=\"programs-points-money\"");
    assertThat(Files.readAllLines(dir.resolve("r/programs-points-money.csv")).get(0)).startsWith(
        "points.rewardPerStar,points.total,points.due,points.paid,points.budget,points.shortfall");
  }

  @Test
  void theSeedFilesLoadThroughStarsAndTypes(@TempDir Path dir) throws Exception {
    // copied out of rules-format (a jar on the class path when the build packages it)
    for (String f : List.of("yungang-stars.program.yaml", "yungang-stars.ruleset.yaml", "yungang-types.program.yaml",
        "yungang-types.ruleset.yaml")) {
      try (var in = ProgramFileCommandsTest.class.getResourceAsStream("/org/grassroots/rules/format/examples/" + f)) {
        Files.write(dir.resolve(f), in.readAllBytes());
      }
    }
    Path stars = dir.resolve("yungang-stars.program.yaml");
    Path types = dir.resolve("yungang-types.program.yaml");
    assertThat(run("assess", "--ruleset", stars.resolveSibling("yungang-stars.ruleset.yaml").toString(), "--stars",
        stars.toString(), "--types", types.toString(), "--format", "csv")).as(err::toString).isZero();
    Map<String, List<String>> rows = byItem(out.toString());
    assertThat(rows.get("stars.rewardPerStar").get(1)).isEqualTo("20000.00");
    assertThat(rows.get("stars.count[pioneer]").get(0)).contains("组织建设先锋星");
    assertThat(rows.get("types.count[exemplary]").get(0)).contains("示范引领型");
    assertThat(Integer.parseInt(rows.get("types.demonstrations").get(1))).isBetween(0, 16);
    // the other way round is refused, naming the option and the file, in both languages
    assertThat(run("assess", "--stars", types.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("--stars", "yungang-types.program.yaml declares the program types", "--program",
        "请用 --program");
    assertThat(run("assess", "--program", POINTS.toString(), "--program", POINTS.toString()))
        .isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("points", "already registered", "已经登记");
  }

  @Test
  void aBadProgramFileIsRefusedWithItsLineInBothLanguages(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.program.yaml");
    Files.writeString(f, "program: bad\nkind: stars\nrules: nowhere.ruleset.yaml\n");
    assertThat(run("assess", "--program", f.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains(f + ":3:", "nowhere.ruleset.yaml").containsPattern("\\p{IsHan}")
        .doesNotContain("Exception", "\tat ");
  }
}

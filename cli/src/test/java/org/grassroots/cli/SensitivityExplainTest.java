package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Setup;
import org.grassroots.stars.StarOutcome;
import org.grassroots.stars.StarProgram;
import org.grassroots.stars.StarRatings;
import org.junit.jupiter.api.Test;

/** {@code sensitivity} (each unit's flip point) and {@code explain} with the programme options (why a star is missing). */
class SensitivityExplainTest {
  private final ToolRun tool = new ToolRun();

  /** The CLI's synthetic district (152 communities, seed 20241124) with the embedded stars. */
  private static Baseline withStars() {
    Ruleset r = DefaultRuleset.ruleset();
    return Baseline.of(Setup.of(r).withProgram(StarProgram.of(DefaultRuleset.stars())),
        Data.measurements(r, Data.district(152), Period.year(2024), 20241124L));
  }

  /** The CSV lines after the header, split into cells. */
  private List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    String[] lines = tool.out.toString().split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      rows.add(List.of(lines[i].split(",", -1)));
    }
    return rows;
  }

  /** Whether {@code unit} holds star-3 with the bar moved to {@code bar}. */
  private static boolean holdsStar3At(Baseline b, long bar, OrgUnitId unit) {
    Setup moved = b.setup().parameter("stars.rules.grades[star-3].minTotal").apply(b.setup(), bar);
    return moved.program(StarProgram.class).orElseThrow().evaluate(b.inputs()).ratings().earned(RuleId.of("star-3"), unit);
  }

  @Test
  void aStarsFlipPointIsWhereTheUnitGainsOrLosesTheStar() {
    assertThat(tool.run("sensitivity", "--stars", "--star", "star-3", "--format", "csv")).as(tool.err::toString).isZero();
    assertThat(tool.out.toString()).startsWith("unit,total,holds,flip_at,change");
    Baseline b = withStars();
    StarRatings ratings = b.outcome(StarOutcome.class).orElseThrow().ratings();
    List<List<String>> rows = rows();
    assertThat(rows).hasSize(152);
    int checkedLoses = 0;
    int checkedGains = 0;
    for (List<String> row : rows) {
      OrgUnitId unit = OrgUnitId.of(row.get(0));
      boolean holds = row.get(2).equals("yes");
      assertThat(holds).isEqualTo(ratings.earned(RuleId.of("star-3"), unit));
      if (row.get(3).isEmpty()) {
        assertThat(row.get(4)).isEmpty();
        continue;
      }
      assertThat(row.get(4)).isEqualTo(holds ? "loses" : "gains");
      long at = Fixed.parse(row.get(3));
      // at the flip point the holding changes; one fixed-point unit on the baseline's side it does not
      if (holds && checkedLoses++ < 3 || !holds && checkedGains++ < 3) {
        assertThat(holdsStar3At(b, at, unit)).as(row::toString).isEqualTo(!holds);
        assertThat(holdsStar3At(b, holds ? at - 1 : at + 1, unit)).as(row::toString).isEqualTo(holds);
      }
    }
    assertThat(checkedLoses).isPositive();
    assertThat(checkedGains).isPositive();
    assertThat(tool.err.toString()).contains("152 units, " + ratings.count(RuleId.of("star-3")) + " hold star-3");
  }

  @Test
  void aGradesFlipPointIsItsThresholdCrossing() {
    assertThat(tool.run("sensitivity", "--grade", "A", "--format", "csv")).as(tool.err::toString).isZero();
    List<List<String>> rows = rows();
    assertThat(rows).hasSize(152);
    for (List<String> row : rows) {
      long total = Fixed.parse(row.get(1));
      boolean meets = total >= Fixed.parse("72"); // grade A: a total of at least 72
      assertThat(row.get(2)).isEqualTo(meets ? "yes" : "no");
      assertThat(Fixed.parse(row.get(3))).isEqualTo(meets ? total + 1 : total);
    }
    assertThat(rows).anyMatch(r -> r.get(2).equals("yes")).anyMatch(r -> r.get(2).equals("no"));
  }

  @Test
  void badTargetsAreRefusedWithBothLanguagesOrAreUsageErrors() {
    assertThat(tool.fresh("sensitivity", "--grade", "Z")).isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains("Z").doesNotContain("Exception", "\tat ");
    assertThat(tool.fresh("sensitivity", "--grade", "D")).as("D has no minimum total").isEqualTo(Grassroots.INVALID);
    assertThat(tool.fresh("sensitivity", "--star", "star-3")).as("no --stars").isEqualTo(Grassroots.INVALID);
    assertThat(tool.fresh("sensitivity", "--stars", "--star", "star-9")).isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains("star-9");
    assertThat(tool.fresh("sensitivity")).isEqualTo(Grassroots.USAGE);
    assertThat(tool.fresh("sensitivity", "--grade", "A", "--star", "star-3")).isEqualTo(Grassroots.USAGE);
    assertThat(tool.fresh("sensitivity", "--stars", "--star", "star-3", "--path", "stars.rules.grades[star-3].minTotal"))
        .as("--path without --from and --to").isEqualTo(Grassroots.USAGE);
  }

  @Test
  void aBisectedPathAgreesWithTheBarsExactFlipPoints() {
    assertThat(tool.run("sensitivity", "--stars", "--star", "star-3", "--format", "csv")).isZero();
    List<List<String>> exact = rows();
    assertThat(tool.fresh("sensitivity", "--stars", "--star", "star-3", "--path", "stars.rules.grades[star-3].minTotal",
        "--from", "0", "--to", "100", "--format", "csv")).as(tool.err::toString).isZero();
    assertThat(rows()).isEqualTo(exact);
  }

  @Test
  void explainWithStarsSaysWhyAUnitLacksAStar() {
    Baseline b = withStars();
    StarRatings ratings = b.outcome(StarOutcome.class).orElseThrow().ratings();
    // a unit with some stars and not all five
    OrgUnitId unit = ratings.units().stream().filter(u -> ratings.level(u) > 0 && ratings.level(u) < 5).findFirst()
        .orElseThrow();
    assertThat(tool.run("explain", "--stars", "--unit", unit.value())).as(tool.err::toString).isZero();
    String text = tool.out.toString();
    for (int k = 1; k <= 5; k++) {
      boolean held = ratings.earned(RuleId.of("star-" + k), unit);
      assertThat(text).contains(unit.value() + (held ? " holds stars star-" : " does not hold stars star-") + k);
      assertThat(text).contains(unit.value() + (held ? " 已获得 stars star-" : " 未获得 stars star-") + k);
    }
    // the missing star's own trace follows, in both languages
    int missing = ratings.level(unit) + 1;
    assertThat(text).contains(ratings.explain(RuleId.of("star-" + missing), unit).text(java.util.Locale.ENGLISH),
        ratings.explain(RuleId.of("star-" + missing), unit).text(java.util.Locale.SIMPLIFIED_CHINESE));

    assertThat(tool.fresh("explain", "--stars", "--star", "star-1", "--unit", unit.value())).isZero();
    assertThat(tool.out.toString()).contains(ratings.explain(RuleId.of("star-1"), unit).text(java.util.Locale.ENGLISH))
        .doesNotContain("star-2");
  }

  @Test
  void explainWithTypesAndItsErrors() {
    assertThat(tool.run("explain", "--types", "--type", "demo", "--unit", "community-000007")).as(tool.err::toString)
        .isZero();
    assertThat(tool.out.toString()).containsPattern("community-000007 (holds|does not hold) types demo \\(示范社区\\)");
    assertThat(tool.fresh("explain", "--stars", "--star", "star-9", "--unit", "community-000007"))
        .isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains("star-9: no such stars", "star-9：没有这个 stars").doesNotContain("\tat ");
    assertThat(tool.fresh("explain", "--star", "star-1", "--unit", "community-000007")).isEqualTo(Grassroots.USAGE);
  }
}

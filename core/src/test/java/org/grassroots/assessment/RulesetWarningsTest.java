package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.Veto;
import org.junit.jupiter.api.Test;

/** Rules that are valid but can never work as written are reported as warnings, with their paths. */
class RulesetWarningsTest {
  private static Ruleset.Builder base() {
    return Fixtures.cityBaseline().toBuilder();
  }

  private static List<String> keysAt(Ruleset r) {
    assertThat(RulesetValidator.validate(r)).as("still a valid ruleset").isEmpty();
    return RulesetWarnings.of(r).stream().map(e -> e.path() + " " + e.key()).toList();
  }

  private static Gate gate(String id, Condition c) {
    return new Gate(RuleId.of(id), id, c);
  }

  @Test
  void theCityBaselineHasNone() {
    assertThat(keysAt(Fixtures.cityBaseline())).isEmpty();
    assertThat(keysAt(Fixtures.cityBaseline().toBuilder().build())).isEmpty();
  }

  @Test
  void aGateAboveTheTotalCapAndItsBonusesNeverHolds() {
    // cap 100 plus the honours bonus of at most 5: 105 can be reached, 105.0001 cannot
    Ruleset r = base().gate(gate("reachable", Condition.total(Comparison.AT_LEAST, of(105))))
        .gate(gate("beyond", Condition.total(Comparison.AT_LEAST, of(105) + 1)))
        .gate(gate("above-most", Condition.total(Comparison.ABOVE, of(105))))
        .gate(gate("below-is-fine", Condition.total(Comparison.BELOW, of(500)))).build();
    // the baseline has one gate (excellent-gate) before these
    assertThat(keysAt(r)).containsExactly("gates[2].condition rules.warn.neverHolds",
        "gates[3].condition rules.warn.neverHolds");
    RuleError w = RulesetWarnings.of(r).get(0);
    assertThat(w.message(Locale.ENGLISH)).contains("warning").contains("total").contains("105");
    assertThat(w.message(Locale.SIMPLIFIED_CHINESE)).contains("警告").contains("永远不成立");
  }

  @Test
  void withoutBonusesTheCapIsTheMost() {
    Ruleset r = base().bonuses(List.of())
        .gate(gate("at-cap", Condition.total(Comparison.EQUAL, of(100))))
        .gate(gate("over-cap", Condition.total(Comparison.AT_LEAST, of(101)))).build();
    assertThat(keysAt(r)).containsExactly("gates[2].condition rules.warn.neverHolds");
  }

  @Test
  void nestedComparisonsOnAnIndicatorAreFoundAtTheirPath() {
    // 组织建设 is worth 20 (five items of at most 4); a veto nested in allOf / not asks for 21
    Condition never = Condition.score("org", Comparison.AT_LEAST, of(21));
    Ruleset r = base().veto(new Veto(RuleId.of("v"), "v", new Condition.AllOf(List.of(
            Condition.present("honours"), new Condition.Not(never))), Veto.Effect.DISQUALIFY, List.of()))
        .gate(gate("every", new Condition.EveryCategory(Comparison.AT_LEAST, of(11)))).build();
    assertThat(keysAt(r)).containsExactly("vetoes[2].when.conditions[1].condition rules.warn.neverHolds",
        "gates[1].condition rules.warn.neverHolds");
  }

  @Test
  void aGradeAboveTheMostATotalCanBeCanNeverBeGiven() {
    Ruleset r = base().bonuses(List.of()).grades(List.of(
        new Grade(RuleId.of("top"), "顶格", Optional.of(Bound.exclusive(of(100))), List.of()),
        Grade.atLeast("full", "满分", of(100)))).quotas(List.of()).vetoes(List.of()).build();
    assertThat(keysAt(r)).containsExactly("grades[0].minTotal rules.warn.gradeUnreachable");
    assertThat(RulesetWarnings.of(r).get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("top").contains("警告").contains("100");
  }

  @Test
  void aBandAboveItsSubItemsFullMarks() {
    // worth 6, its top band gives 7 (the excellent gate's "every category ≥ 6" can still hold)
    Indicator generous = Indicator.item("extra", "额外", of(6), Fixtures.bands(of(7), of(3), of(1)));
    Ruleset r = base().pointsMustAddUp(false).indicator(generous).build();
    assertThat(keysAt(r)).containsExactly("indicators[7].method.bands[3].points rules.warn.bandOverPoints");
    assertThat(RulesetWarnings.of(r).get(0).message(Locale.ENGLISH)).contains("extra").contains("gives 7 points")
        .contains("full marks 6");
  }

  @Test
  void nothingIsConcludedWhereNothingBoundsTheMost() {
    // a carry-over share has no maximum of its own: no warning however high the gate, until a cap bounds it
    Indicator carried = Indicator.item("carried", "结转", of(10), new ScoringMethod.CarryOver(of(1), Rounding.HALF_UP));
    Ruleset uncapped = base().pointsMustAddUp(false).indicator(carried)
        .gate(gate("high", Condition.score("carried", Comparison.AT_LEAST, of(1000)))).build();
    assertThat(keysAt(uncapped)).isEmpty();
    Ruleset capped = base().pointsMustAddUp(false).indicator(carried.withCap(of(10)))
        .gate(gate("high", Condition.score("carried", Comparison.AT_LEAST, of(1000)))).build();
    assertThat(keysAt(capped)).containsExactly("gates[1].condition rules.warn.neverHolds");
    // an input is never bounded
    Ruleset input = base().gate(gate("in", new Condition.Compare(
        new Condition.Operand.Input(IndicatorId.of("honours")), Comparison.AT_LEAST, of(1_000_000)))).build();
    assertThat(keysAt(input)).isEmpty();
  }

  @Test
  void aBonusWithoutABoundMakesTheTotalUnbounded() {
    Bonus carried = new Bonus(RuleId.of("carry"), "结转加分", IndicatorId.of("honours"),
        new ScoringMethod.CarryOver(of(1), Rounding.HALF_UP));
    Ruleset r = base().bonus(carried).gate(gate("g", Condition.total(Comparison.AT_LEAST, of(1000)))).build();
    assertThat(keysAt(r)).isEmpty();
  }
}

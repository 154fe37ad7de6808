package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.PeriodKind;
import org.grassroots.rules.Ruleset;
import org.junit.jupiter.api.Test;

/**
 * A ruleset that declares the length of the period it rates (两年一评: two years) evaluates inputs of
 * that length only; any other length is refused with the field and the value, and nothing is evaluated.
 */
class RulesetPeriodLengthTest {
  private static InputColumns inputs(CompiledRuleset compiled, TreeSnapshot tree, Period period) {
    InputColumns year = Fixtures.randomInputs(compiled, tree, 7);
    InputColumns.Builder b = InputColumns.builder(tree, period);
    for (IndicatorId id : year.indicators()) {
      b.column(id, year.column(id).orElseThrow().clone());
    }
    return b.build();
  }

  @Test
  void aTwoYearRulesetRatesTwoYearsAndRefusesAYear() {
    Ruleset city = Fixtures.cityBaseline().toBuilder().period(PeriodKind.TWO_YEARS).build();
    assertThat(city.period()).contains(PeriodKind.TWO_YEARS);
    assertThat(city.toBuilder().build()).isEqualTo(city).isNotEqualTo(Fixtures.cityBaseline());
    CompiledRuleset compiled = CompiledRuleset.compile(city);
    TreeSnapshot tree = Fixtures.streets(2, 5);
    Assessment two = compiled.evaluate(inputs(compiled, tree, Period.years(2023, 2)));
    assertThat(two.period()).isEqualTo(Period.years(2023, 2));

    InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
        () -> compiled.evaluate(inputs(compiled, tree, Period.year(2024))));
    assertThat(e.key()).isEqualTo("rules.periodLength");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("period", "2024", "(two years, e.g. 2023-2024)");
    assertThat(e.getMessage(Locale.CHINESE)).contains("period", "2024", "评定周期（两年，如 2023-2024）").doesNotContain("TWO_YEARS");
    assertThatThrownBy(() -> Designations.compile(city.withRules(city.vetoes(), city.gates(), city.grades(),
        java.util.List.of())).evaluate(inputs(compiled, tree, Period.quarter(2024, 1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2024-Q1");
    // nothing changed: the same compiled ruleset rates the two years exactly as before
    Assessment again = compiled.evaluate(inputs(compiled, tree, Period.years(2023, 2)));
    for (int pos : two.subjects()) {
      assertThat(again.total(pos)).isEqualTo(two.total(pos));
    }
    // a ruleset that declares no length rates any
    assertThat(CompiledRuleset.compile(Fixtures.cityBaseline()).evaluate(inputs(compiled, tree, Period.year(2024)))
        .period()).isEqualTo(Period.year(2024));
  }

  @Test
  void aDistrictTakesItsCitysPeriodUnlessItDeclaresItsOwn() {
    Ruleset city = Fixtures.cityBaseline().toBuilder().period(PeriodKind.TWO_YEARS).build();
    Ruleset district = Fixtures.yungangOverride();
    java.util.function.Function<org.grassroots.rules.RulesetRef, java.util.Optional<Ruleset>> lookup =
        ref -> ref.equals(city.ref()) ? java.util.Optional.of(city) : java.util.Optional.empty();
    assertThat(RulesetResolver.resolve(district, lookup).period()).contains(PeriodKind.TWO_YEARS);
    assertThat(RulesetResolver.resolve(district.toBuilder().period(PeriodKind.THREE_YEARS).build(), lookup).period())
        .contains(PeriodKind.THREE_YEARS);
  }
}

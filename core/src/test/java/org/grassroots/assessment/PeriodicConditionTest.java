package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.assessment.RuleShapesTest.TREE;
import static org.grassroots.assessment.RuleShapesTest.base;
import static org.grassroots.assessment.RuleShapesTest.c;
import static org.grassroots.assessment.RuleShapesTest.run;
import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.Locale;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.SubPeriod;
import org.grassroots.scenarios.RulesetParameter;
import org.junit.jupiter.api.Test;

/**
 * Periodic conditions (issue 12, shape f): "at least n in every month / every quarter of the
 * period" and "in at least k of them", over inputs measured per month or quarter (三会一课).
 */
class PeriodicConditionTest {
  static final IndicatorId COMMITTEE = IndicatorId.of("committee");
  static final IndicatorId GENERAL = IndicatorId.of("general");
  static final Period Y = Period.year(2024);

  static Ruleset.Builder threeMeetings() {
    return base("三会一课")
        .indicator(Indicator.item("a", "基础分", of(100), new ScoringMethod.AsEntered(ScoringMethod.Ceiling.ITEM_POINTS)))
        .input(InputSpec.of("committee", "支部委员会会议").withPer(SubPeriod.MONTH))
        .input(InputSpec.of("general", "党员大会").withPer(SubPeriod.QUARTER))
        .gate(new Gate(RuleId.of("monthly"), "每月召开支委会",
            Condition.Periodic.every(COMMITTEE, Comparison.AT_LEAST, of(1))))
        .gate(new Gate(RuleId.of("quarterly"), "每季度召开党员大会",
            Condition.Periodic.inAtLeast(3, GENERAL, Comparison.AT_LEAST, of(1))))
        .grade(new Grade(RuleId.of("good"), "好", java.util.Optional.empty(),
            List.of(RuleId.of("monthly"), RuleId.of("quarterly"))));
  }

  /** Unit {@code u} held {@code monthly[m]} committee meetings in month m+1 and {@code quarterly[q]} in quarter q+1. */
  static void meetings(InputColumns.Builder b, int u, int[] monthly, int[] quarterly) {
    for (int m = 0; m < monthly.length; m++) {
      b.set(COMMITTEE, Period.month(2024, m + 1), TREE.require(c(u)), of(monthly[m]));
    }
    for (int q = 0; q < quarterly.length; q++) {
      b.set(GENERAL, Period.quarter(2024, q + 1), TREE.require(c(u)), of(quarterly[q]));
    }
  }

  static int[] every(int n, int count) {
    int[] out = new int[count];
    java.util.Arrays.fill(out, n);
    return out;
  }

  @Test
  void everyMonthHoldsOnlyWhenNoMonthIsMissedAndInAtLeastCountsTheQuarters() {
    InputColumns.Builder b = InputColumns.builder(TREE, Y);
    meetings(b, 1, every(1, 12), new int[] {1, 1, 1, 0});
    int[] noMarch = every(2, 12);
    noMarch[2] = 0;
    meetings(b, 2, noMarch, every(1, 4));
    meetings(b, 3, every(1, 12), new int[] {1, 0, 0, 1});
    Assessment a = run(threeMeetings().build(), b.build());
    assertThat(a.grade(c(1))).map(g -> g.id().value()).contains("good"); // 3 of 4 quarters is enough
    assertThat(a.grade(c(2))).isEmpty(); // March missed
    assertThat(a.grade(c(3))).isEmpty(); // only 2 quarters
    assertThat(a.grade(c(4))).isEmpty(); // nothing reported: every month reads 0
  }

  @Test
  void theExplanationNamesTheSubPeriodsMetAndMissedInBothLanguages() {
    InputColumns.Builder b = InputColumns.builder(TREE, Y);
    int[] noMarch = every(1, 12);
    noMarch[2] = 0;
    meetings(b, 2, noMarch, new int[] {1, 1, 0, 1});
    Assessment a = run(threeMeetings().build(), b.build());
    String zh = a.explain(c(2)).text(Locale.CHINESE);
    assertThat(zh).contains("committee 每月 ≥ 1：12 个月中 11 个月达到", "未达到：2024-03 = 0）：✗",
        "general ≥ 1 至少 3 个季度：4 个季度中 3 个季度达到", "未达到：2024-Q3 = 0）：✓");
    String en = a.explain(c(2)).text(Locale.ENGLISH);
    assertThat(en).contains("committee ≥ 1 in every month: met in 11 of 12 months",
        "met: 2024-01 = 1, 2024-02 = 1, 2024-04 = 1", "missed: 2024-03 = 0): ✗",
        "general ≥ 1 in at least 3 quarters: met in 3 of 4 quarters");
  }

  @Test
  void aMissingSubPeriodValueFollowsTheInputsPolicy() {
    InputColumns.Builder b = InputColumns.builder(TREE, Y);
    int[] eleven = every(1, 11); // December not reported
    meetings(b, 1, eleven, every(1, 4));
    meetings(b, 2, every(1, 12), every(1, 4));
    Ruleset zero = threeMeetings().build();
    Assessment a = run(zero, b.build());
    assertThat(a.grade(c(1))).isEmpty(); // read as 0: December missed
    assertThat(a.explain(c(1)).missing()).extracting(m -> m.id()).contains("committee");
    assertThat(a.grade(c(2))).map(g -> g.id().value()).contains("good");

    Ruleset refuse = threeMeetings().missing(MissingPolicy.REFUSE).build();
    InputColumns.Builder r = InputColumns.builder(TREE, Y);
    for (int u = 1; u <= 10; u++) {
      meetings(r, u, u == 4 ? eleven : every(1, 12), every(1, 4));
      r.set(IndicatorId.of("a"), TREE.require(c(u)), of(90));
    }
    assertThatThrownBy(() -> CompiledRuleset.compile(refuse).evaluate(r.build()))
        .isInstanceOf(MissingValueRefusedException.class).hasMessageContaining("S1-C04").hasMessageContaining("committee");
  }

  @Test
  void subPeriodsFollowThePeriodAndMonthlyMeasurementsFillTheirSlots() {
    assertThat(SubPeriod.MONTH.of(Period.quarter(2024, 2))).extracting(Period::toString)
        .containsExactly("2024-04", "2024-05", "2024-06");
    assertThat(SubPeriod.QUARTER.count(Period.parse("2023-2024"))).isEqualTo(8);
    assertThat(SubPeriod.QUARTER.of(Period.parse("2023-2024")).get(5)).isEqualTo(Period.quarter(2024, 2));
    assertThat(SubPeriod.QUARTER.count(Period.month(2024, 5))).isZero();
    assertThat(SubPeriod.MONTH.slot(Period.parse("2023-2024"), Period.month(2024, 3))).hasValue(14);
    assertThat(SubPeriod.MONTH.slot(Y, Period.month(2025, 1))).isEmpty();

    List<Measurement> ms = new java.util.ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      ms.add(new Measurement(c(1), COMMITTEE, Period.month(2024, m), of(1)));
    }
    ms.add(new Measurement(c(1), COMMITTEE, Period.month(2023, 12), of(0))); // another year: skipped
    for (int q = 1; q <= 4; q++) {
      ms.add(new Measurement(c(1), GENERAL, Period.quarter(2024, q), of(1)));
    }
    InputColumns cols = InputColumns.of(TREE, Y, ms);
    assertThat(cols.subPeriodsOf(COMMITTEE)).hasSize(12);
    assertThat(run(threeMeetings().build(), cols).grade(c(1))).map(g -> g.id().value()).contains("good");

    ms.add(new Measurement(c(1), COMMITTEE, Period.month(2024, 5), of(3)));
    assertThatThrownBy(() -> InputColumns.of(TREE, Y, ms)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("S1-C01/committee/2024-05");
  }

  @Test
  void valuesARulesetCannotReadAreRefusedNamingTheInput() {
    CompiledRuleset rules = CompiledRuleset.compile(threeMeetings().build());
    InputColumns.Builder quarterly = InputColumns.builder(TREE, Y);
    quarterly.set(COMMITTEE, Period.quarter(2024, 1), 0, of(1)); // committee is per month
    assertThatThrownBy(() -> rules.evaluate(quarterly.build())).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).getMessage(Locale.CHINESE))
            .contains("输入项 committee 填报了 2024-Q1 的值"));
    InputColumns.Builder whole = InputColumns.builder(TREE, Y);
    whole.set(COMMITTEE, 0, of(12));
    assertThatThrownBy(() -> rules.evaluate(whole.build())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("committee").hasMessageContaining("per sub-period");
    InputColumns.Builder month = InputColumns.builder(TREE, Period.month(2024, 3));
    assertThatThrownBy(() -> rules.evaluate(month.build())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2024-03").hasMessageContaining("general");
    assertThatThrownBy(() -> InputColumns.builder(TREE, Y).set(COMMITTEE, Period.month(2025, 1), 0, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2025-01");
  }

  @Test
  void theValidatorNamesBadPeriodicConditionsAndInputsByPath() {
    Ruleset r = threeMeetings()
        .input(InputSpec.of("plain", "普通输入"))
        .gate(new Gate(RuleId.of("g1"), "非分期", Condition.Periodic.every(IndicatorId.of("plain"), Comparison.AT_LEAST, of(1))))
        .gate(new Gate(RuleId.of("g2"), "超范围", Condition.Periodic.inAtLeast(21, GENERAL, Comparison.AT_LEAST, of(1))))
        .gate(new Gate(RuleId.of("g3"), "零个", Condition.Periodic.inAtLeast(0, COMMITTEE, Comparison.AT_LEAST, of(1))))
        .gate(new Gate(RuleId.of("g4"), "负数", Condition.Periodic.every(COMMITTEE, Comparison.AT_LEAST, of(-1))))
        .gate(new Gate(RuleId.of("g5"), "别处读取", Condition.present("committee")))
        .gate(new Gate(RuleId.of("g6"), "未知", Condition.Periodic.every(IndicatorId.of("nope"), Comparison.AT_LEAST, of(1))))
        .build();
    List<RuleError> errors = RulesetValidator.validate(r);
    assertThat(errors).extracting(e -> e.path() + " " + e.key()).containsExactly(
        "gates[2].condition.input rules.notPeriodic", "gates[3].condition.inAtLeast rules.periodicRange",
        "gates[4].condition.inAtLeast rules.periodicRange", "gates[5].condition.value rules.negative",
        "gates[6].condition.operand rules.periodicElsewhere", "gates[7].condition.input rules.unknownIndicator");
    assertThat(errors.get(1).message(Locale.CHINESE)).contains("至少 21 个分期超出范围：应为 1 至 20");
    assertThat(errors.get(1).message(Locale.ENGLISH)).contains("from 1 to 20");
    assertThat(errors.get(4).message(Locale.CHINESE)).contains("committee", "只能由分期条件");
    Ruleset dated = threeMeetings().input(InputSpec.of("day", "日期").withKind(new org.grassroots.rules.InputKind.Date())
        .withPer(SubPeriod.MONTH)).build();
    assertThat(RulesetValidator.validate(dated)).extracting(e -> e.path() + " " + e.key())
        .containsExactly("inputs[2].per rules.periodicNotNumber");
  }

  @Test
  void inAtLeastMoreSubPeriodsThanAYearHasIsWarnedAbout() {
    Ruleset r = threeMeetings()
        .gate(new Gate(RuleId.of("g"), "十三个月", Condition.Periodic.inAtLeast(13, COMMITTEE, Comparison.AT_LEAST, of(1))))
        .build();
    assertThat(RulesetValidator.validate(r)).isEmpty();
    assertThat(RulesetWarnings.of(r)).extracting(e -> e.path() + " " + e.key())
        .containsExactly("gates[2].condition.inAtLeast rules.warn.periodicBeyondYear");
    assertThat(RulesetWarnings.of(threeMeetings().build())).isEmpty();
    // and in two years 13 of 24 months can hold
    InputColumns.Builder b = InputColumns.builder(TREE, Period.parse("2023-2024"));
    for (int m = 0; m < 13; m++) {
      b.set(COMMITTEE, SubPeriod.MONTH.of(Period.parse("2023-2024")).get(m), TREE.require(c(1)), of(1));
    }
    Ruleset g = base("两年").input(InputSpec.of("committee", "支委会").withPer(SubPeriod.MONTH))
        .indicator(Indicator.item("a", "基础分", of(100), new ScoringMethod.AsEntered(ScoringMethod.Ceiling.ITEM_POINTS)))
        .gate(new Gate(RuleId.of("g"), "十三个月", Condition.Periodic.inAtLeast(13, COMMITTEE, Comparison.AT_LEAST, of(1))))
        .grade(new Grade(RuleId.of("good"), "好", java.util.Optional.empty(), List.of(RuleId.of("g")))).build();
    Assessment a = run(g, b.build());
    assertThat(a.grade(c(1))).isPresent();
    assertThat(a.grade(c(2))).isEmpty();
  }

  @Test
  void aScenarioMovesThePeriodicValueThroughTheSamePath() {
    Ruleset r = threeMeetings().build();
    RulesetParameter p = RulesetParameter.parse("gates[monthly].condition.value");
    assertThat(p.read(r)).isEqualTo(of(1));
    Ruleset twice = p.apply(r, of(2));
    assertThat(twice.gates().get(0).condition()).isEqualTo(Condition.Periodic.every(COMMITTEE, Comparison.AT_LEAST, of(2)));
    assertThat(r.gates().get(0).condition()).isEqualTo(Condition.Periodic.every(COMMITTEE, Comparison.AT_LEAST, of(1)));
  }
}

package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.Veto;
import org.junit.jupiter.api.Test;

/** Grades read as independent designations: several held at once, vetoes and quotas per designation. */
class DesignationsTest {
  private static final IndicatorId X = IndicatorId.of("x");
  private static final RuleId A = RuleId.of("a");
  private static final RuleId B = RuleId.of("b");
  private static final RuleId C = RuleId.of("c");

  private static Ruleset.Builder rules() {
    return Ruleset.builder("d", DistrictId.of("d"), 1, "并行评定", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY_ORG)
        .indicator(Indicator.item("x", "得分", Fixed.of(100),
            new ScoringMethod.Linear(0, 0, Fixed.of(100), Fixed.of(100), Rounding.HALF_UP)))
        .input(InputSpec.of("ev", "事件"))
        .input(InputSpec.of("zero", "清零事件"))
        .grade(Grade.atLeast("a", "甲", Fixed.of(80)))
        .grade(Grade.atLeast("b", "乙", Fixed.of(60)))
        .grade(Grade.atLeast("c", "丙", Fixed.of(40)));
  }

  private static Designations.Result evaluate(Ruleset r, long x, long ev, long zero) {
    TreeSnapshot tree = TreeSnapshot.builder(1).add(OrgUnitId.of("u"), null, OrgKind.COMMUNITY_ORG).build();
    return Designations.compile(r).evaluate(InputColumns.builder(tree, Period.year(2024))
        .set(X, 0, Fixed.of(x)).set(IndicatorId.of("ev"), 0, ev).set(IndicatorId.of("zero"), 0, zero).build());
  }

  @Test
  void aUnitHoldsEveryDesignationItQualifiesFor() {
    Designations.Result r = evaluate(rules().build(), 85, 0, 0);
    assertThat(r.held(OrgUnitId.of("u"))).extracting(Grade::id).containsExactly(A, B, C);
    assertThat(r.count(1)).isEqualTo(1);
    assertThat(evaluate(rules().build(), 60, 0, 0).held(OrgUnitId.of("u"))).extracting(Grade::id).containsExactly(B, C);
  }

  @Test
  void aVetoNamingSomeDesignationsBarsThoseOnlyAndAZeroingVetoBarsThroughTheTotal() {
    Ruleset r = rules()
        .veto(new Veto(RuleId.of("v"), "否决", Condition.present("ev"), Veto.Effect.DISQUALIFY, List.of(A, C)))
        .veto(new Veto(RuleId.of("z"), "清零", Condition.present("zero"), Veto.Effect.ZERO_TOTAL, List.of()))
        .build();
    assertThat(evaluate(r, 85, 1, 0).held(OrgUnitId.of("u"))).extracting(Grade::id).containsExactly(B);
    assertThat(evaluate(r, 85, 1, 0).explain(A, OrgUnitId.of("u")).vetoes()).anyMatch(s -> s.passed());
    assertThat(evaluate(r, 85, 0, 1).held(OrgUnitId.of("u"))).isEmpty();
  }

  @Test
  void unknownDesignationsAndRulesetsWithoutGradesAreRefused() {
    Designations d = Designations.compile(rules().build());
    assertThatThrownBy(() -> d.indexOf(RuleId.of("nope"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nope");
    Ruleset none = Ruleset.builder("d", DistrictId.of("d"), 1, "空", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY_ORG)
        .input(InputSpec.of("ev", "事件")).build();
    assertThatThrownBy(() -> Designations.compile(none)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ruleset.grades");
    assertThat(d.designations()).extracting(Grade::id).containsExactly(A, B, C);
    assertThat(Optional.of(d.ruleset().grades().size())).contains(3);
  }
}

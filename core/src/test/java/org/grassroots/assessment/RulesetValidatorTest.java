package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetRef;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.ScoringMethod.Band;
import org.grassroots.rules.TieBreak;
import org.junit.jupiter.api.Test;

/** Every kind of ruleset error is reported with the path of where it is. */
class RulesetValidatorTest {

  @Test
  void theFixtureRulesetsAreValid() {
    assertThat(RulesetValidator.validate(Fixtures.cityBaseline())).isEmpty();
    assertThat(RulesetResolver.tryResolve(Fixtures.yungangOverride(), Fixtures::lookup).errors()).isEmpty();
    assertThat(RulesetResolver.tryResolve(Fixtures.pingchengOverride(), Fixtures::lookup).errors()).isEmpty();
  }

  @Test
  void bandsWithAGapAndAnOverlapAreReportedAtTheirBands() {
    ScoringMethod m = new ScoringMethod.Bands(List.of(
        new Band(Optional.empty(), Optional.of(Bound.exclusive(of(60))), 0, ""),
        new Band(Optional.of(Bound.exclusive(of(60))), Optional.of(Bound.inclusive(of(80))), of(1), ""), // gap at 60
        new Band(Optional.of(Bound.inclusive(of(80))), Optional.empty(), of(2), "")), 0); // overlap at 80
    List<RuleError> errors = RulesetValidator.validate(Harness.oneItem(m));
    assertThat(errors).extracting(RuleError::path, RuleError::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("indicators[0].children[0].method.bands[1]", "rules.bandGap"),
        org.assertj.core.groups.Tuple.tuple("indicators[0].children[0].method.bands[2]", "rules.bandOverlap"));
    assertThat(errors.get(0).message(Locale.CHINESE)).contains("空档").contains("bands[1]");
    assertThat(errors.get(1).message(Locale.ENGLISH)).contains("overlaps").contains("80");
  }

  @Test
  void numericGapsAndEmptyBandsAreReported() {
    ScoringMethod m = new ScoringMethod.Bands(List.of(
        new Band(Optional.of(Bound.inclusive(of(0))), Optional.of(Bound.inclusive(of(50))), 0, ""),
        new Band(Optional.of(Bound.inclusive(of(60))), Optional.of(Bound.exclusive(of(60))), of(1), "")), 0);
    assertThat(RulesetValidator.validate(Harness.oneItem(m))).extracting(RuleError::key)
        .containsExactly("rules.bandEmpty", "rules.bandGap");
  }

  @Test
  void unknownIndicatorsGatesAndGradesAreNamed() {
    Ruleset r = Fixtures.cityBaseline().toBuilder()
        .gate(new Gate(RuleId.of("g2"), "门槛", Condition.score("no-such", Comparison.AT_LEAST, 1)))
        .grade(new Grade(RuleId.of("star"), "星", Optional.empty(), List.of(RuleId.of("no-gate"))))
        .quota(new Quota(RuleId.of("q2"), RuleId.of("no-grade"), Optional.empty(), Optional.of(parse("0.1")),
            Optional.empty(), Rounding.FLOOR, TieBreak.ordinalById()))
        .build();
    List<RuleError> errors = RulesetValidator.validate(r);
    assertThat(errors).extracting(RuleError::path).containsExactly(
        "gates[1].condition.operand", "grades[4].gates[0]", "quotas[1].grade");
    assertThat(errors).extracting(RuleError::key).containsExactly(
        "rules.unknownIndicator", "rules.unknownGate", "rules.unknownGrade");
    assertThat(errors.get(0).message(Locale.ENGLISH)).contains("no-such");
  }

  @Test
  void aConditionNestedInAnyOfAndNotIsCheckedAtItsPath() {
    Condition unknown = Condition.score("no-such", Comparison.AT_LEAST, 1);
    Ruleset r = Fixtures.cityBaseline().toBuilder()
        .gate(new Gate(RuleId.of("g2"), "门槛", new Condition.AnyOf(List.of(
            Condition.total(Comparison.AT_LEAST, of(60)),
            new Condition.AllOf(List.of(Condition.total(Comparison.AT_MOST, of(99)), new Condition.Not(unknown)))))))
        .build();
    assertThat(RulesetValidator.validate(r)).extracting(RuleError::path, RuleError::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("gates[1].condition.conditions[1].conditions[1].condition.operand",
            "rules.unknownIndicator"));
  }

  @Test
  void pointsAndWeightsThatDoNotAddUpAreReported() {
    Ruleset base = Fixtures.cityBaseline();
    Indicator orgCategory = base.indicators().get(0);
    Indicator shortOrg = orgCategory.withChildren(orgCategory.children().subList(0, 4)); // 16 of 20 points
    Ruleset r = base.toBuilder().build();
    Ruleset.Builder b = Ruleset.builder("x", base.district(), 1, "x", base.effectiveFrom(), OrgKind.COMMUNITY)
        .pointsMustAddUp(true).totalCap(of(90)).indicator(shortOrg);
    r.indicators().subList(1, 7).forEach(b::indicator);
    r.inputs().forEach(b::input);
    List<RuleError> errors = RulesetValidator.validate(b.build());
    assertThat(errors).extracting(RuleError::path, RuleError::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("indicators[0].points", "rules.pointsDoNotAddUp"),
        org.assertj.core.groups.Tuple.tuple("totalCap", "rules.pointsDoNotAddUp"));
    assertThat(errors.get(0).message(Locale.ENGLISH)).contains("20").contains("16");

    Indicator weighted = Indicator.category("w", "加权", of(10), List.of(
        Indicator.item("a", "甲", of(10), new ScoringMethod.YesNo(of(10), 0)).withWeight(parse("0.6")),
        Indicator.item("b", "乙", of(10), new ScoringMethod.YesNo(of(10), 0)).withWeight(parse("0.3"))))
        .withAggregation(Aggregation.WEIGHTED, Rounding.HALF_UP);
    Ruleset w = Ruleset.builder("w", base.district(), 1, "w", base.effectiveFrom(), OrgKind.COMMUNITY).indicator(weighted).build();
    assertThat(RulesetValidator.validate(w)).singleElement().satisfies(e -> {
      assertThat(e.path()).isEqualTo("indicators[0].children");
      assertThat(e.key()).isEqualTo("rules.weightsDoNotAddUp");
      assertThat(e.args()).contains("0.9");
    });
  }

  @Test
  void quotaOverHundredPercentAndWithoutLimitAreReported() {
    Ruleset r = Fixtures.cityBaseline().toBuilder()
        .quota(new Quota(RuleId.of("q2"), RuleId.of("good"), Optional.empty(), Optional.of(parse("1.2")),
            Optional.empty(), Rounding.FLOOR, TieBreak.ordinalById()))
        .quota(new Quota(RuleId.of("q3"), RuleId.of("good"), Optional.empty(), Optional.empty(),
            Optional.empty(), Rounding.FLOOR, TieBreak.ordinalById()))
        .build();
    List<RuleError> errors = RulesetValidator.validate(r);
    assertThat(errors).extracting(RuleError::path, RuleError::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("quotas[1].maxShare", "rules.quotaOverHundred"),
        org.assertj.core.groups.Tuple.tuple("quotas[2]", "rules.quotaNoLimit"));
    assertThat(errors.get(0).message(Locale.CHINESE)).contains("120%");
  }

  @Test
  void duplicateIdsAndMissingMethodsAreReported() {
    Indicator twice = Indicator.category("c", "大项", of(2), List.of(
        Indicator.item("a", "甲", of(1), new ScoringMethod.YesNo(of(1), 0)),
        Indicator.item("a", "甲2", of(1), new ScoringMethod.YesNo(of(1), 0))));
    Indicator noMethod = Indicator.builder(org.grassroots.rules.IndicatorId.of("m"), "无方法", of(1)).build();
    Ruleset r = Ruleset.builder("d", Fixtures.CITY, 1, "d", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .indicator(twice).indicator(noMethod).build();
    assertThat(RulesetValidator.validate(r)).extracting(RuleError::path, RuleError::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("indicators[0].children[1].id", "rules.duplicateId"),
        org.assertj.core.groups.Tuple.tuple("indicators[1].method", "rules.itemWithoutMethod"));
  }

  @Test
  void peerSharesOverHundredAndLinearWithoutRangeAreReported() {
    ScoringMethod peer = new ScoringMethod.PeerGroupBands(OrgKind.STREET, ScoringMethod.Basis.PERCENTILE, true,
        List.of(new ScoringMethod.ShareBand(parse("0.7"), 1, ""), new ScoringMethod.ShareBand(parse("0.4"), 1, "")),
        0, Rounding.HALF_UP, TieBreak.competition());
    assertThat(RulesetValidator.validate(Harness.oneItem(peer))).extracting(RuleError::path, RuleError::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("indicators[0].children[0].method.bands", "rules.shareOverHundred"));
    ScoringMethod places = new ScoringMethod.PeerGroupBands(OrgKind.STREET, ScoringMethod.Basis.RANK, true,
        List.of(new ScoringMethod.ShareBand(parse("1.5"), 1, "")), 0, Rounding.HALF_UP, TieBreak.competition());
    assertThat(RulesetValidator.validate(Harness.oneItem(places))).extracting(RuleError::path, RuleError::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("indicators[0].children[0].method.bands[0].share", "rules.notWhole"));
    ScoringMethod flat = new ScoringMethod.Linear(of(5), 0, of(5), 1, Rounding.HALF_UP);
    assertThat(RulesetValidator.validate(Harness.oneItem(flat))).extracting(RuleError::path)
        .containsExactly("indicators[0].children[0].method.x1");
  }

  @Test
  void compileRefusesAnInvalidRulesetWithEveryErrorInBothLanguages() {
    ScoringMethod gap = new ScoringMethod.Bands(List.of(
        new Band(Optional.empty(), Optional.of(Bound.exclusive(of(60))), 0, ""),
        new Band(Optional.of(Bound.exclusive(of(60))), Optional.empty(), of(1), "")), 0);
    assertThatThrownBy(() -> CompiledRuleset.compile(Harness.oneItem(gap)))
        .isInstanceOfSatisfying(RulesetInvalidException.class, e -> {
          assertThat(e.errors()).hasSize(1);
          assertThat(e.getMessage()).contains("indicators[0].children[0].method.bands[1]").contains("gap").contains("空档");
          assertThat(e.getMessage(Locale.CHINESE)).contains("空档").doesNotContain("gap between");
        });
  }

  @Test
  void inheritanceCycleAndMissingParentAreReported() {
    Ruleset a = Ruleset.builder("a", Fixtures.CITY, 1, "a", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .parent(new RulesetRef(Fixtures.CITY, org.grassroots.rules.RulesetId.of("b"), 1)).build();
    Ruleset b = Ruleset.builder("b", Fixtures.CITY, 1, "b", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .parent(a.ref()).build();
    var res = RulesetResolver.tryResolve(a, ref -> ref.equals(b.ref()) ? Optional.of(b) : ref.equals(a.ref()) ? Optional.of(a) : Optional.empty());
    assertThat(res.effective()).isEmpty();
    assertThat(res.errors()).singleElement().satisfies(e -> {
      assertThat(e.key()).isEqualTo("rules.inheritanceCycle");
      assertThat(e.path()).isEqualTo("parent.parent");
      assertThat(e.message(Locale.ENGLISH)).contains("datong-city/a@v1 → datong-city/b@v1 → datong-city/a@v1");
    });
    var missing = RulesetResolver.tryResolve(b, ref -> Optional.empty());
    assertThat(missing.errors()).extracting(RuleError::key).containsExactly("rules.parentNotFound");
    assertThatThrownBy(() -> RulesetResolver.resolve(a, ref -> ref.equals(b.ref()) ? Optional.of(b) : Optional.of(a)))
        .isInstanceOf(RulesetInvalidException.class);
  }

  @Test
  void removingWhatTheParentDoesNotHaveIsReported() {
    Ruleset child = Fixtures.pingchengOverride().toBuilder().remove("no-such-rule").build();
    var res = RulesetResolver.tryResolve(child, Fixtures::lookup);
    assertThat(res.errors()).extracting(RuleError::path, RuleError::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("removed[2]", "rules.unknownRemoved"));
  }
}

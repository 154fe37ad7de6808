package org.grassroots.communitytypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.grassroots.assessment.InputColumns;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Period;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;

/** 六型社区: types held together, a demonstration quota with its tie-break never exceeded. */
class CommunityTypesTest {
  private static final IndicatorId SCORE = IndicatorId.of("score");
  private static final IndicatorId SAFE = IndicatorId.of("safe-days");
  private static final IndicatorId CULTURE = IndicatorId.of("activities");
  private static final RuleId SAFETY = RuleId.of("safety");
  private static final RuleId CULTURAL = RuleId.of("culture");
  private static final RuleId DEMO = RuleId.of("demonstration");

  static CommunityTypes types(int quota, TieBreak tieBreak) {
    Ruleset r = Ruleset.builder("types", DistrictId.of("d"), 1, "六型社区", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY_ORG)
        .indicator(Indicator.item("score", "综合得分", Fixed.of(100),
            new ScoringMethod.Linear(0, 0, Fixed.of(100), Fixed.of(100), Rounding.HALF_UP)))
        .input(new InputSpec(SAFE, "无案件天数"))
        .input(new InputSpec(CULTURE, "文化活动次数"))
        .gate(new Gate(RuleId.of("g-safety"), "平安法治", new Condition.Compare(new Condition.Operand.Input(SAFE),
            Comparison.AT_LEAST, Fixed.of(365))))
        .gate(new Gate(RuleId.of("g-culture"), "文化娱乐", new Condition.Compare(new Condition.Operand.Input(CULTURE),
            Comparison.AT_LEAST, Fixed.of(12))))
        .gate(new Gate(RuleId.of("g-demo"), "示范", Condition.total(Comparison.AT_LEAST, Fixed.of(60))))
        .grade(new Grade(SAFETY, "平安法治型", Optional.empty(), List.of(RuleId.of("g-safety"))))
        .grade(new Grade(CULTURAL, "文化娱乐型", Optional.empty(), List.of(RuleId.of("g-culture"))))
        .grade(new Grade(DEMO, "示范社区", Optional.empty(), List.of(RuleId.of("g-demo"))))
        .quota(new Quota(RuleId.of("q-demo"), DEMO, Optional.empty(), Optional.empty(), Optional.of(quota),
            Rounding.DOWN, tieBreak))
        .build();
    return new CommunityTypes(r, DEMO);
  }

  static TreeSnapshot tree(int n) {
    TreeSnapshot.Builder b = TreeSnapshot.builder(n + 1).add(OrgUnitId.of("st"), null, OrgKind.STREET_COMMITTEE);
    for (int i = 0; i < n; i++) {
      b.add(OrgUnitId.of(String.format("c%03d", i)), OrgUnitId.of("st"), OrgKind.COMMUNITY_ORG);
    }
    return b.build();
  }

  static InputColumns columns(TreeSnapshot tree, List<Integer> scores, int safeDays, int activities) {
    InputColumns.Builder b = InputColumns.builder(tree, Period.year(2024));
    for (int i = 0; i < scores.size(); i++) {
      int pos = tree.require(OrgUnitId.of(String.format("c%03d", i)));
      b.set(SCORE, pos, Fixed.of(scores.get(i)));
      b.set(SAFE, pos, Fixed.of(i % 2 == 0 ? safeDays : 0));
      b.set(CULTURE, pos, Fixed.of(i % 3 == 0 ? activities : 0));
    }
    return b.build();
  }

  @Example
  void aCommunityMayHoldSeveralTypesAndTheQuotaCutsByScoreThenTieBreak() {
    TreeSnapshot tree = tree(6);
    CommunityTypes.Result r = types(2, TieBreak.ordinalById()).compile()
        .evaluate(columns(tree, List.of(90, 70, 90, 40, 65, 61), 365, 12));
    assertThat(r.types(OrgUnitId.of("c000"))).containsExactly(SAFETY, CULTURAL);
    assertThat(r.types(OrgUnitId.of("c001"))).isEmpty();
    assertThat(r.types(OrgUnitId.of("c003"))).containsExactly(CULTURAL);
    // eligible: 90, 70, 90, 65, 61 → the two 90s, tied, both kept (limit 2)
    assertThat(r.demonstrations()).containsExactly(OrgUnitId.of("c000"), OrgUnitId.of("c002"));
    assertThat(r.explain(DEMO, OrgUnitId.of("c001")).text(Locale.CHINESE)).contains("示范社区");
    assertThat(r.counts().values()).containsExactly(3, 2);
  }

  @Example
  void competitionTieBreakCutsEveryUnitTiedAcrossTheLimit() {
    TreeSnapshot tree = tree(4);
    CommunityTypes.Result ordinal = types(2, TieBreak.ordinalById()).compile()
        .evaluate(columns(tree, List.of(90, 80, 80, 80), 0, 0));
    assertThat(ordinal.demonstrations()).containsExactly(OrgUnitId.of("c000"), OrgUnitId.of("c001"));
    CommunityTypes.Result competition = types(2, TieBreak.competition()).compile()
        .evaluate(columns(tree, List.of(90, 80, 80, 80), 0, 0));
    assertThat(competition.demonstrations()).containsExactly(OrgUnitId.of("c000")); // 宁缺毋滥
  }

  @Example
  void theDemonstrationMustBeAGradeOfTheRuleset() {
    CommunityTypes t = types(1, TieBreak.ordinalById());
    assertThatThrownBy(() -> new CommunityTypes(t.rules(), RuleId.of("nope")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("communityTypes.demonstration");
    assertThat(t.types()).extracting(Grade::name).containsExactly("平安法治型", "文化娱乐型");
  }

  @Property(tries = 100)
  void aRecordPerCommunityHoldsItsTypesInRulesetOrderAndItsDemonstration(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 100) Integer> scores) {
    TreeSnapshot tree = tree(scores.size());
    CommunityTypes.Result result = types(3, TieBreak.ordinalById()).compile().evaluate(columns(tree, scores, 365, 12));
    List<CommunityTypesRecord> records = CommunityTypesRecord.all(result);
    assertThat(records).extracting(CommunityTypesRecord::community).containsExactlyElementsOf(result.communities());
    assertThat(result.communities()).hasSize(scores.size());
    for (CommunityTypesRecord r : records) {
      assertThat(r.rules().value()).isEqualTo("types");
      assertThat(r.period()).isEqualTo(Period.year(2024));
      assertThat(r.types()).containsExactlyInAnyOrderElementsOf(result.types(r.community()));
      assertThat(List.copyOf(r.types())).isSortedAccordingTo(
          java.util.Comparator.comparing(t -> List.of(SAFETY, CULTURAL).indexOf(t)));
      assertThat(r.demonstration()).isEqualTo(result.isDemonstration(r.community()));
    }
    assertThat(records.stream().filter(CommunityTypesRecord::demonstration).count())
        .isEqualTo(result.demonstrations().size());
  }

  @Property(tries = 200)
  void theDemonstrationQuotaIsNeverExceeded(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 100) Integer> scores,
      @ForAll @IntRange(min = 0, max = 20) int quota, @ForAll boolean competition) {
    TreeSnapshot tree = tree(scores.size());
    CommunityTypes.Result r = types(quota, competition ? TieBreak.competition() : TieBreak.ordinalById()).compile()
        .evaluate(columns(tree, scores, 365, 12));
    long eligible = scores.stream().filter(s -> s >= 60).count();
    assertThat(r.demonstrations()).hasSizeLessThanOrEqualTo(quota);
    if (!competition) {
      assertThat((long) r.demonstrations().size()).isEqualTo(Math.min(quota, eligible));
    }
    for (OrgUnitId d : r.demonstrations()) {
      assertThat(scores.get(Integer.parseInt(d.value().substring(1)))).isGreaterThanOrEqualTo(60);
    }
  }
}

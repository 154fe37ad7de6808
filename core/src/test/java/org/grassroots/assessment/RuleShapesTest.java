package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.assessment.Fixtures.CITY;
import static org.grassroots.assessment.Fixtures.Y2024;
import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Exemption;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputKind;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.ScoringMethod.Band;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Uncapped;
import org.junit.jupiter.api.Test;

/**
 * The rule shapes published texts use (issue 12 point 2): declared caps and no caps (上不封顶), rates
 * and comparisons of two inputs in exact arithmetic, exemptions (免于考核), cumulative quotas, quotas of
 * another grade's holders and advisory shares — each evaluated, explained and validated.
 */
class RuleShapesTest {
  static final TreeSnapshot TREE = Fixtures.streets(1, 10);

  static OrgUnitId c(int i) {
    return OrgUnitId.of(String.format("S1-C%02d", i));
  }

  static Ruleset.Builder base(String name) {
    return Ruleset.builder("shapes", CITY, 1, name, LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY);
  }

  static Assessment run(Ruleset r, InputColumns in) {
    Assessment a = CompiledRuleset.compile(r).evaluate(in);
    for (int pos : a.subjects()) {
      Explanation e = a.explain(TREE.id(pos));
      assertThat(e.recomputeTotal()).isEqualTo(a.total(pos));
      assertThat(e.grade()).isEqualTo(a.grade(TREE.id(pos)).map(Grade::id));
      assertThat(e.notAssessed()).isEqualTo(a.notAssessed(TREE.id(pos)));
    }
    return a;
  }

  static InputColumns.Builder in() {
    return InputColumns.builder(TREE, Y2024);
  }

  static InputColumns.Builder set(InputColumns.Builder b, int unit, String input, String value) {
    return b.set(IndicatorId.of(input), TREE.require(c(unit)), parse(value));
  }

  // ------------------------------------------------------------ c: declared caps and no caps

  @Test
  void asEnteredIsCutAtTheItemsPointsOnlyWhenDeclaredAndUncappedMethodsHaveNoLimit() {
    Ruleset r = base("据实与上不封顶")
        .indicator(Indicator.item("hours", "志愿服务时长", of(10), new ScoringMethod.AsEntered(ScoringMethod.Ceiling.ITEM_POINTS)))
        .indicator(Indicator.item("extra", "额外得分", of(10), new ScoringMethod.AsEntered(ScoringMethod.Ceiling.UNCAPPED)))
        .indicator(Indicator.item("base", "基础分", of(60), new ScoringMethod.Constant(of(60))))
        .indicator(Indicator.item("recruits", "发展党员", of(0), new Uncapped.Count(of(2), Rounding.HALF_UP)))
        .indicator(Indicator.item("absences", "缺席", of(5), new Uncapped.Deduction(of(5), of(1), Rounding.HALF_UP)))
        .indicator(Indicator.item("dues", "党费收缴", of(10),
            new Uncapped.Ratio(0, Optional.of(IndicatorId.of("dues-due")), of(10), 0, Rounding.HALF_UP)))
        .input(InputSpec.of("dues-due", "应缴党费"))
        .build();
    InputColumns.Builder b = in();
    set(b, 1, "hours", "12.5");
    set(b, 1, "extra", "12.5");
    set(b, 1, "recruits", "30");
    set(b, 1, "absences", "8");
    set(b, 1, "dues", "300");
    set(b, 1, "dues-due", "200");
    Assessment a = run(r, b.build());
    assertThat(a.points(IndicatorId.of("hours"), c(1))).isEqualTo(of(10));
    assertThat(a.points(IndicatorId.of("extra"), c(1))).isEqualTo(parse("12.5"));
    assertThat(a.points(IndicatorId.of("base"), c(1))).isEqualTo(of(60));
    assertThat(a.points(IndicatorId.of("recruits"), c(1))).isEqualTo(of(60)); // 30 × 2, no cap
    assertThat(a.points(IndicatorId.of("absences"), c(1))).isEqualTo(-of(3)); // 5 − 8, no floor
    assertThat(a.points(IndicatorId.of("dues"), c(1))).isEqualTo(of(15)); // 10 × 300/200, no cap
    assertThat(a.total(c(1))).isEqualTo(parse("154.5"));
    String zh = a.explain(c(1)).text(Locale.CHINESE);
    assertThat(zh).contains("上不封顶", "不设下限", "据实计分", "固定分值", "超过本项分值 10，按 10 计");
    assertThat(a.explain(c(1)).text(Locale.ENGLISH)).contains("no cap", "no floor", "cut at the item's 10 points");
  }

  @Test
  void aBonusCannotBeCappedAtItemPointsItDoesNotHave() {
    Ruleset r = base("加分据实")
        .indicator(Indicator.item("a", "甲", of(10), new ScoringMethod.Constant(of(10))))
        .input(InputSpec.of("honours", "表彰"))
        .bonus(new Bonus(RuleId.of("b"), "表彰加分", IndicatorId.of("honours"),
            new ScoringMethod.Limited(new ScoringMethod.AsEntered(ScoringMethod.Ceiling.ITEM_POINTS), Optional.empty(),
                Optional.of(of(5)))))
        .build();
    assertThat(RulesetValidator.validate(r)).extracting(RuleError::path)
        .containsExactly("bonuses[0].method.inner.ceiling");
  }

  @Test
  void warningsBoundTheDeclaredMethodsAndConcludeNothingFromAnUncappedOne() {
    Ruleset r = base("警告")
        .indicator(Indicator.item("base", "基础分", of(60), new ScoringMethod.Constant(of(60))))
        .indicator(Indicator.item("recruits", "发展党员", of(0), new Uncapped.Count(of(2), Rounding.HALF_UP)))
        .gate(new Gate(RuleId.of("never"), "基础分超过60", Condition.score("base", Comparison.ABOVE, of(60))))
        .gate(new Gate(RuleId.of("maybe"), "发展党员得分超过100", Condition.score("recruits", Comparison.ABOVE, of(100))))
        .grade(new Grade(RuleId.of("g"), "合格", Optional.empty(), List.of(RuleId.of("never"), RuleId.of("maybe"))))
        .build();
    assertThat(RulesetWarnings.of(r)).extracting(e -> e.path() + " " + e.key())
        .containsExactly("gates[0].condition rules.warn.neverHolds");
  }

  // ------------------------------------------------------------ b: two inputs, exact

  /** 参学率 = attended / due, bands at 90% and two thirds, compared exactly. */
  static Ruleset rates() {
    return base("参学率")
        .indicator(Indicator.item("attended", "参学人数", of(10), new ScoringMethod.RateBands(IndicatorId.of("due"), List.of(
            new Band(Optional.empty(), Optional.of(Bound.exclusive(6_667)), 0, "不足"),
            new Band(Optional.of(Bound.inclusive(6_667)), Optional.of(Bound.exclusive(9_000)), of(6), "合格"),
            new Band(Optional.of(Bound.inclusive(9_000)), Optional.empty(), of(10), "优秀")), 0, of(10))))
        .input(InputSpec.of("due", "应参学人数"))
        .input(InputSpec.of("present", "实到人数"))
        .gate(new Gate(RuleId.of("quorum"), "实到不少于应到三分之二", new Condition.ShareOf(
            new Condition.Operand.Input(IndicatorId.of("present")), Comparison.AT_LEAST, Fraction.of(2, 3),
            new Condition.Operand.Input(IndicatorId.of("due")))))
        .grade(new Grade(RuleId.of("ok"), "合格", Optional.empty(), List.of(RuleId.of("quorum"))))
        .build();
  }

  @Test
  void ratesOfTwoInputsAndComparisonsWithAFractionAreExactAtTheirBoundaries() {
    InputColumns.Builder b = in();
    // 9 of 10 is exactly 90%: the top band; 8.9999 of 10 is just below it
    set(b, 1, "attended", "9");
    set(b, 1, "due", "10");
    set(b, 2, "attended", "8.9999");
    set(b, 2, "due", "10");
    // 2 of 3 is 0.6666…, below a band starting at 0.6667 (a rounded rate would reach it)
    set(b, 3, "attended", "2");
    set(b, 3, "due", "3");
    // no one due: the declared points
    set(b, 4, "attended", "0");
    set(b, 4, "due", "0");
    // present exactly two thirds of due passes; one ten-thousandth less does not
    set(b, 5, "present", "20");
    set(b, 5, "due", "30");
    set(b, 6, "present", "19.9999");
    set(b, 6, "due", "30");
    Assessment a = run(rates(), b.build());
    IndicatorId att = IndicatorId.of("attended");
    assertThat(a.points(att, c(1))).isEqualTo(of(10));
    assertThat(a.points(att, c(2))).isEqualTo(of(6));
    assertThat(a.points(att, c(3))).isEqualTo(0);
    assertThat(a.points(att, c(4))).isEqualTo(of(10));
    assertThat(a.grade(c(5))).map(g -> g.id().value()).contains("ok");
    assertThat(a.grade(c(6))).isEmpty();
    assertThat(a.explain(c(5)).text(Locale.CHINESE)).contains("present = 20 ≥ 2/3 × due（= 30），精确比较：✓");
    assertThat(a.explain(c(3)).text(Locale.ENGLISH)).contains("rate 2 / 3 (exact) falls in band 1");
  }

  @Test
  void aRateNeedsAKnownDenominator() {
    Ruleset r = base("坏分母").indicator(Indicator.item("a", "甲", of(10), new ScoringMethod.RateBands(
        IndicatorId.of("nowhere"), List.of(new Band(Optional.empty(), Optional.empty(), of(1), "")), 0, 0))).build();
    assertThat(RulesetValidator.validate(r)).extracting(RuleError::path).containsExactly("indicators[0].method.denominator");
  }

  // ------------------------------------------------------------ d and e: categories and dates

  static final InputKind.Categorical MEMBER_CATEGORY = new InputKind.Categorical(List.of(
      new InputKind.Category(1, "正式党员"), new InputKind.Category(2, "预备党员"), new InputKind.Category(3, "流动党员")));

  static Ruleset categoriesAndDates() {
    return base("类别与日期")
        .indicator(Indicator.item("type", "社区类型", of(10), new ScoringMethod.ByCategory(List.of(
            new ScoringMethod.CategoryPoints(new InputKind.Category(1, "城市社区"), of(10)),
            new ScoringMethod.CategoryPoints(new InputKind.Category(2, "农村社区"), of(8))), 0)))
        .input(InputSpec.of("category", "党员类别").withKind(MEMBER_CATEGORY))
        .input(InputSpec.of("registered", "报到日期").withKind(new InputKind.Date()))
        .gate(new Gate(RuleId.of("regular"), "正式或流动党员", new Condition.InCategory(IndicatorId.of("category"),
            List.of("正式党员", "流动党员"))))
        .gate(new Gate(RuleId.of("in-time"), "6月30日前报到", new Condition.OnDate(IndicatorId.of("registered"),
            Comparison.BELOW, LocalDate.of(2024, 6, 30))))
        .grade(new Grade(RuleId.of("ok"), "合格", Optional.empty(), List.of(RuleId.of("regular"), RuleId.of("in-time"))))
        .build();
  }

  @Test
  void categoriesWithLabelsScoreAndDecideAndDatesCompareByDayWithAMissingDateHoldingNothing() {
    InputColumns.Builder b = in();
    int[] codes = {1, 2, 3, 0};
    for (int i = 1; i <= 4; i++) {
      b.set(IndicatorId.of("type"), TREE.require(c(i)), of(codes[i - 1]));
      b.set(IndicatorId.of("category"), TREE.require(c(i)), of(codes[i - 1]));
    }
    long june29 = InputKind.dayNumber(LocalDate.of(2024, 6, 29));
    b.set(IndicatorId.of("registered"), TREE.require(c(1)), june29);
    b.set(IndicatorId.of("registered"), TREE.require(c(2)), june29);
    b.set(IndicatorId.of("registered"), TREE.require(c(3)), InputKind.dayNumber(LocalDate.of(2024, 6, 30)));
    b.set(IndicatorId.of("registered"), TREE.require(c(5)), june29);
    b.set(IndicatorId.of("category"), TREE.require(c(5)), of(3));
    Assessment a = run(categoriesAndDates(), b.build());
    IndicatorId type = IndicatorId.of("type");
    assertThat(List.of(a.points(type, c(1)), a.points(type, c(2)), a.points(type, c(3)), a.points(type, c(4))))
        .containsExactly(of(10), of(8), 0L, 0L);
    assertThat(a.grade(c(1))).isPresent(); // 正式党员, 6-29
    assertThat(a.grade(c(2))).isEmpty(); // 预备党员
    assertThat(a.grade(c(3))).isEmpty(); // 流动党员 but 6-30 is not before 6-30
    assertThat(a.grade(c(4))).isEmpty(); // no category
    assertThat(a.grade(c(5))).isPresent(); // 流动党员, 6-29
    assertThat(a.grade(c(6))).isEmpty(); // no date is not "before" any date
    assertThat(InputKind.date(june29)).contains(LocalDate.of(2024, 6, 29));
    String zh = a.explain(c(3)).text(Locale.CHINESE);
    assertThat(zh).contains("registered = 2024-06-30 < 2024-06-30：✗", "category = 3 属于【正式党员、流动党员】：✓");
    assertThat(a.explain(c(2)).text(Locale.ENGLISH)).contains("category 2 (农村社区) → 8");
    assertThat(a.explain(c(6)).text(Locale.ENGLISH)).contains("registered = — < 2024-06-30: ✗");
  }

  @Test
  void categoryAndDateConditionsNeedDeclaredInputsOfThatKindAndKnownLabels() {
    Ruleset r = categoriesAndDates().toBuilder()
        .gate(new Gate(RuleId.of("g1"), "错标签", new Condition.InCategory(IndicatorId.of("category"), List.of("党员"))))
        .gate(new Gate(RuleId.of("g2"), "非类别", new Condition.InCategory(IndicatorId.of("registered"), List.of("x"))))
        .gate(new Gate(RuleId.of("g3"), "非日期", new Condition.OnDate(IndicatorId.of("category"), Comparison.BELOW,
            LocalDate.of(2024, 1, 1))))
        .gate(new Gate(RuleId.of("g4"), "子项", new Condition.OnDate(IndicatorId.of("type"), Comparison.BELOW,
            LocalDate.of(2024, 1, 1))))
        .build();
    assertThat(RulesetValidator.validate(r)).extracting(e -> e.path() + " " + e.key()).containsExactly(
        "gates[2].condition.labels[0] rules.unknownCategory", "gates[3].condition.input rules.notCategorical",
        "gates[4].condition.input rules.notADate", "gates[5].condition.input rules.notDeclaredInput");
  }

  // ------------------------------------------------------------ g: not assessed

  @Test
  void anExemptedUnitIsNotAssessedNeitherVetoedNorUngradedAndTakesNoQuotaPlace() {
    Ruleset r = base("免于考核")
        .indicator(Indicator.item("a", "甲", of(100), new ScoringMethod.AsEntered(ScoringMethod.Ceiling.ITEM_POINTS)))
        .input(InputSpec.of("excused", "年老体弱"))
        .input(InputSpec.of("incident", "违纪"))
        .exemption(new Exemption(RuleId.of("age"), "年老体弱免于考核", Condition.present("excused")))
        .veto(new org.grassroots.rules.Veto(RuleId.of("v"), "违纪否决", Condition.present("incident"),
            org.grassroots.rules.Veto.Effect.DISQUALIFY, List.of()))
        .grade(Grade.atLeast("top", "优秀", of(90)))
        .grade(Grade.atLeast("pass", "合格", of(60)))
        .quota(new Quota(RuleId.of("q"), RuleId.of("top"), Optional.empty(), Optional.of(parse("0.2")), Optional.empty(),
            Rounding.FLOOR, TieBreak.competition()))
        .build();
    InputColumns.Builder b = in();
    for (int i = 1; i <= 10; i++) {
      set(b, i, "a", Integer.toString(100 - i));
    }
    set(b, 1, "excused", "1");
    set(b, 1, "incident", "1");
    Assessment a = run(r, b.build());
    assertThat(a.exemption(c(1))).map(e -> e.id().value()).contains("age");
    assertThat(a.grade(c(1))).isEmpty();
    assertThat(a.vetoes(c(1))).isEmpty();
    assertThat(a.total(c(1))).isEqualTo(of(99)); // computed, for the record
    // 9 units assessed: 20% of 9 is 1 (floor), so only the best assessed unit keeps 优秀
    assertThat(a.grade(c(2))).map(g -> g.id().value()).contains("top");
    assertThat(a.grade(c(3))).map(g -> g.id().value()).contains("pass");
    assertThat(a.quotaShares(RuleId.of("q"))).singleElement().satisfies(s -> {
      assertThat(s.size()).isEqualTo(9);
      assertThat(s.limit()).isEqualTo(1);
      assertThat(s.group()).as("a quota without a group kind has one group of all, no group unit").isEmpty();
    });
    assertThat(a.notAssessed(c(2))).isFalse();
    String zh = a.explain(c(1)).text(Locale.CHINESE);
    assertThat(zh).contains("免于考核【age】年老体弱免于考核：成立", "免于考核：不适用一票否决，不评定等次").doesNotContain("未评定等次");
    assertThat(a.explain(c(1)).vetoes()).isEmpty();
  }

  // ------------------------------------------------------------ a and i: quotas over a scope, advisory shares

  static Ruleset.Builder graded() {
    return base("名额")
        .indicator(Indicator.item("a", "甲", of(100), new ScoringMethod.AsEntered(ScoringMethod.Ceiling.ITEM_POINTS)))
        .grade(Grade.atLeast("top", "优秀", of(90)))
        .grade(Grade.atLeast("good", "良好", of(80)))
        .grade(Grade.atLeast("pass", "合格", of(60)))
        .grade(new Grade(RuleId.of("fail"), "不合格", Optional.empty(), List.of()));
  }

  /** Totals 95, 93, 91, 85, 84, 83, 82, 70, 50, 40 for units 1 to 10. */
  static InputColumns totals() {
    InputColumns.Builder b = in();
    String[] v = {"95", "93", "91", "85", "84", "83", "82", "70", "50", "40"};
    for (int i = 0; i < v.length; i++) {
      set(b, i + 1, "a", v[i]);
    }
    return b.build();
  }

  @Test
  void aCumulativeQuotaLimitsThisGradeOrBetterTogether() {
    // 良好及以上不超过 50%: 7 units reach 良好 or better, only 5 may hold it; the two lowest fall to 合格
    Quota q = new Quota(RuleId.of("q"), RuleId.of("good"), Optional.empty(), Optional.of(parse("0.5")), Optional.empty(),
        Rounding.FLOOR, TieBreak.competition()).with(Quota.Counting.THIS_GRADE_OR_BETTER, Optional.empty(),
            Quota.Enforcement.CUT);
    Assessment a = run(graded().quota(q).build(), totals());
    List<String> grades = java.util.stream.IntStream.rangeClosed(1, 10)
        .mapToObj(i -> a.grade(c(i)).map(g -> g.id().value()).orElse("-")).toList();
    assertThat(grades).containsExactly("top", "top", "top", "good", "good", "pass", "pass", "pass", "fail", "fail");
    assertThat(a.cutByQuota(c(6))).isTrue();
    assertThat(a.explain(c(6)).text(Locale.ENGLISH)).contains("quota [q]: place 6 of 10 in the group, limit 5");
  }

  @Test
  void aQuotaOfAnotherGradesHoldersIsAShareOfThoseUnits() {
    // 优秀 at most a third of the units that passed (合格 or better: 8 units → 2)
    Quota q = new Quota(RuleId.of("q"), RuleId.of("top"), Optional.empty(), Optional.of(3_333L) /* a third, 0.3333 */,
        Optional.empty(), Rounding.FLOOR, TieBreak.competition())
        .with(Quota.Counting.THIS_GRADE, Optional.of(RuleId.of("pass")), Quota.Enforcement.CUT);
    Assessment a = run(graded().quota(q).build(), totals());
    assertThat(a.grade(c(2))).map(g -> g.id().value()).contains("top");
    assertThat(a.grade(c(3))).map(g -> g.id().value()).contains("good");
    assertThat(a.quotaShares(RuleId.of("q"))).singleElement().satisfies(s -> {
      assertThat(s.size()).isEqualTo(8);
      assertThat(s.limit()).isEqualTo(2);
      assertThat(s.holders()).isEqualTo(3);
      assertThat(s.kept()).isEqualTo(2);
    });
  }

  @Test
  void anAdvisoryShareIsReportedBesideTheActualShareAndNeverCuts() {
    Quota q = new Quota(RuleId.of("q"), RuleId.of("top"), Optional.empty(), Optional.of(parse("0.1")), Optional.empty(),
        Rounding.HALF_UP, TieBreak.competition()).with(Quota.Counting.THIS_GRADE, Optional.empty(),
            Quota.Enforcement.ADVISORY);
    Assessment a = run(graded().quota(q).build(), totals());
    assertThat(java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(i -> a.grade(c(i)).orElseThrow().id().value()))
        .containsOnly("top");
    assertThat(a.cutByQuota(c(3))).isFalse();
    QuotaShare s = a.quotaShares(RuleId.of("q")).get(0);
    assertThat(s.limit()).isEqualTo(1);
    assertThat(s.kept()).isEqualTo(3);
    assertThat(s.actualShare()).isEqualTo(Fraction.of(3, 10));
    assertThat(s.overLimit()).isTrue();
    assertThat(a.explain(c(3)).text(Locale.CHINESE)).contains("指导性比例【q】：组内第 3 名（共 10 个），建议限额 1");
  }

  @Test
  void aQuotaBaseBetterThanItsGradeIsRefusedAndAnUnknownQuotaIsNamed() {
    Quota q = new Quota(RuleId.of("q"), RuleId.of("pass"), Optional.empty(), Optional.of(parse("0.5")), Optional.empty(),
        Rounding.FLOOR, TieBreak.competition()).with(Quota.Counting.THIS_GRADE, Optional.of(RuleId.of("top")),
            Quota.Enforcement.CUT);
    assertThat(RulesetValidator.validate(graded().quota(q).build())).extracting(RuleError::path)
        .containsExactly("quotas[0].base");
    Assessment a = run(graded().build(), totals());
    assertThatThrownBy(() -> a.quotaShares(RuleId.of("nope"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nope");
  }
}

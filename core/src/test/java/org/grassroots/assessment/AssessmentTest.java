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
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;
import org.junit.jupiter.api.Test;

/** Grades, gates, vetoes, quotas, peer groups, carry-over, inheritance and explanations end to end. */
class AssessmentTest {
  private static final IndicatorId SCORE = IndicatorId.of("score");
  private static final IndicatorId INCIDENT = IndicatorId.of("incident");
  private static final IndicatorId MODEL = IndicatorId.of("model");

  /** One item "score" taken as is (count × 1), grades A ≥ 90 (gated), B ≥ 80, C otherwise. */
  private static Ruleset.Builder simple() {
    return Ruleset.builder("simple", Fixtures.CITY, 1, "简单规则", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .indicator(Indicator.category("cat", "大项", of(100), List.of(Indicator.item("score", "得分", of(100),
            new ScoringMethod.CountTimesPoints(of(1), of(100), Rounding.HALF_UP)))))
        .input(InputSpec.of("incident", "事故"))
        .input(InputSpec.of("model", "示范"));
  }

  private static Assessment run(Ruleset r, TreeSnapshot tree, long[] scores, long[] incidents, long[] models) {
    InputColumns.Builder b = InputColumns.builder(tree, Fixtures.Y2024);
    int[] subjects = tree.positionsOf(OrgKind.COMMUNITY);
    for (int k = 0; k < subjects.length; k++) {
      b.set(SCORE, subjects[k], scores[k]);
      if (incidents != null) {
        b.set(INCIDENT, subjects[k], incidents[k]);
      }
      if (models != null) {
        b.set(MODEL, subjects[k], models[k]);
      }
    }
    return CompiledRuleset.compile(r).evaluate(b.build());
  }

  private static List<String> grades(Assessment a, TreeSnapshot tree) {
    return java.util.Arrays.stream(tree.positionsOf(OrgKind.COMMUNITY))
        .mapToObj(p -> a.grade(tree.id(p)).map(g -> g.id().value()).orElse("-")).toList();
  }

  @Test
  void gateNeedsBothTheScoreAndTheNamedAchievement() {
    Ruleset r = simple()
        .gate(new Gate(RuleId.of("a-gate"), "A门槛", new Condition.AllOf(List.of(
            Condition.total(Comparison.AT_LEAST, of(90)), Condition.present("model")))))
        .grade(new Grade(RuleId.of("A"), "优秀", Optional.of(Bound.inclusive(of(90))), List.of(RuleId.of("a-gate"))))
        .grade(Grade.atLeast("B", "良好", of(80)))
        .grade(new Grade(RuleId.of("C"), "一般", Optional.empty(), List.of()))
        .build();
    TreeSnapshot tree = Fixtures.streets(1, 4);
    Assessment a = run(r, tree, new long[] {of(95), of(95), parse("89.995"), of(90)}, null,
        new long[] {of(1), 0, of(1), of(1)});
    assertThat(grades(a, tree)).containsExactly("A", "B", "B", "A");
  }

  @Test
  void zeroingVetoZeroesTheTotalAndDisqualifyingVetoSkipsOnlyItsGrades() {
    Ruleset r = simple()
        .veto(new Veto(RuleId.of("v-zero"), "重大事故", Condition.total(Comparison.AT_LEAST, of(1_000)),
            Veto.Effect.ZERO_TOTAL, List.of()))
        .veto(new Veto(RuleId.of("v-dq"), "事故取消评优", Condition.present("incident"), Veto.Effect.DISQUALIFY,
            List.of(RuleId.of("A"))))
        .veto(new Veto(RuleId.of("v-model"), "示范否决", Condition.present("model"), Veto.Effect.ZERO_TOTAL, List.of()))
        .grade(Grade.atLeast("A", "优秀", of(90)))
        .grade(Grade.atLeast("B", "良好", of(80)))
        .build();
    TreeSnapshot tree = Fixtures.streets(1, 3);
    Assessment a = run(r, tree, new long[] {of(95), of(95), of(95)}, new long[] {0, of(1), 0},
        new long[] {0, 0, of(1)});
    assertThat(grades(a, tree)).containsExactly("A", "B", "-");
    OrgUnitId third = OrgUnitId.of("S1-C03");
    assertThat(a.total(third)).isZero();
    assertThat(a.vetoes(third)).extracting(v -> v.id().value()).containsExactly("v-model");
    Explanation e = a.explain(third);
    assertThat(e.recomputeTotal()).isZero();
    assertThat(e.text(Locale.CHINESE)).contains("一票否决【v-model】示范否决：已触发").contains("总分清零").contains("未评定等次");
    Explanation second = a.explain(OrgUnitId.of("S1-C02"));
    assertThat(second.text(Locale.CHINESE)).contains("因一票否决【v-dq】");
  }

  @Test
  void quotaCutsTheLowestAndTiesAcrossTheCutAreAllCutUnderCompetition() {
    Ruleset.Builder b = simple()
        .grade(Grade.atLeast("A", "优秀", of(80)))
        .grade(new Grade(RuleId.of("B"), "合格", Optional.empty(), List.of()));
    // 5 communities per street, 40% → 2 places per street
    Ruleset competition = b.build().toBuilder().quota(new Quota(RuleId.of("qa"), RuleId.of("A"),
        Optional.of(OrgKind.STREET), Optional.of(parse("0.4")), Optional.empty(), Rounding.FLOOR,
        TieBreak.competition())).build();
    TreeSnapshot tree = Fixtures.streets(2, 5);
    long[] scores = {of(99), of(90), of(90), of(85), of(50), of(95), of(94), of(93), of(92), of(91)};
    Assessment a = run(competition, tree, scores, null, null);
    assertThat(grades(a, tree)).containsExactly("A", "B", "B", "B", "B", "A", "A", "B", "B", "B");
    assertThat(a.cutByQuota(OrgUnitId.of("S1-C02"))).isTrue();
    assertThat(a.cutByQuota(OrgUnitId.of("S1-C05"))).isFalse();
    assertThat(a.explain(OrgUnitId.of("S1-C02")).text(Locale.CHINESE)).contains("名额【qa】：组内第 2 名（共 5 个），限额 2").contains("超出名额");

    Ruleset ordinal = b.build().toBuilder().quota(new Quota(RuleId.of("qa"), RuleId.of("A"),
        Optional.of(OrgKind.STREET), Optional.of(parse("0.4")), Optional.empty(), Rounding.FLOOR,
        TieBreak.ordinal(MODEL))).build();
    // ties at 90 broken by the second key "model": C03 has more
    Assessment o = run(ordinal, tree, scores, null, new long[] {0, of(1), of(2), 0, 0, 0, 0, 0, 0, 0});
    assertThat(grades(o, tree)).containsExactly("A", "B", "A", "B", "B", "A", "A", "B", "B", "B");
  }

  @Test
  void quotaRoundingOfTheGroupSizeIsDeclared() {
    Ruleset.Builder b = simple().grade(Grade.atLeast("A", "优秀", of(0)));
    TreeSnapshot tree = Fixtures.streets(1, 5);
    long[] scores = {of(5), of(4), of(3), of(2), of(1)};
    // 30% of 5 = 1.5 → FLOOR 1, HALF_UP 2, CEILING 2
    for (var c : List.of(new Object[] {Rounding.FLOOR, 1L}, new Object[] {Rounding.HALF_UP, 2L},
        new Object[] {Rounding.HALF_DOWN, 1L}, new Object[] {Rounding.CEILING, 2L})) {
      Ruleset r = b.build().toBuilder().quota(new Quota(RuleId.of("q"), RuleId.of("A"), Optional.empty(),
          Optional.of(parse("0.3")), Optional.empty(), (Rounding) c[0], TieBreak.ordinalById())).build();
      assertThat(grades(run(r, tree, scores, null, null), tree).stream().filter("A"::equals).count())
          .as("%s", c[0]).isEqualTo(c[1]);
    }
    Ruleset both = b.build().toBuilder().quota(new Quota(RuleId.of("q"), RuleId.of("A"), Optional.empty(),
        Optional.of(parse("0.8")), Optional.of(3), Rounding.FLOOR, TieBreak.ordinalById())).build();
    assertThat(grades(run(both, tree, scores, null, null), tree)).containsExactly("A", "A", "A", "-", "-");
  }

  @Test
  void gradesByPercentileWithinEachStreetAreQuotasInChain() {
    // within each street: top 10% → A, next 30% → B, the rest C
    Ruleset r = simple()
        .grade(new Grade(RuleId.of("A"), "A", Optional.empty(), List.of()))
        .grade(new Grade(RuleId.of("B"), "B", Optional.empty(), List.of()))
        .grade(new Grade(RuleId.of("C"), "C", Optional.empty(), List.of()))
        .quota(new Quota(RuleId.of("qa"), RuleId.of("A"), Optional.of(OrgKind.STREET), Optional.of(parse("0.1")),
            Optional.empty(), Rounding.HALF_UP, TieBreak.ordinalById()))
        .quota(new Quota(RuleId.of("qb"), RuleId.of("B"), Optional.of(OrgKind.STREET), Optional.of(parse("0.3")),
            Optional.empty(), Rounding.HALF_UP, TieBreak.ordinalById()))
        .build();
    TreeSnapshot tree = Fixtures.streets(2, 10);
    long[] scores = new long[20];
    for (int k = 0; k < 20; k++) {
      scores[k] = of(k < 10 ? k : 100 - k); // street 1 ascending, street 2 descending
    }
    assertThat(grades(run(r, tree, scores, null, null), tree)).containsExactly(
        "C", "C", "C", "C", "C", "C", "B", "B", "B", "A",
        "A", "B", "B", "B", "C", "C", "C", "C", "C", "C");
  }

  @Test
  void peerGroupBandsRankWithinEachStreet() {
    ScoringMethod peer = new ScoringMethod.PeerGroupBands(OrgKind.STREET, ScoringMethod.Basis.PERCENTILE, true,
        List.of(new ScoringMethod.ShareBand(parse("0.1"), of(10), "A"), new ScoringMethod.ShareBand(parse("0.3"), of(6), "B")),
        of(1), Rounding.HALF_UP, TieBreak.ordinalById());
    Ruleset r = Harness.oneItem(peer);
    TreeSnapshot tree = Fixtures.streets(2, 10);
    InputColumns.Builder in = InputColumns.builder(tree, Fixtures.Y2024);
    int[] subjects = tree.positionsOf(OrgKind.COMMUNITY);
    for (int k = 0; k < subjects.length; k++) {
      in.set(Harness.X, subjects[k], of(k % 10)); // in each street: 0..9, C10 best
    }
    Assessment a = CompiledRuleset.compile(r).evaluate(in.build());
    // 10% of 10 → 1 place (A), cumulative 40% → 4 places (B: 3 more), the rest otherwise
    long[] expected = {of(1), of(1), of(1), of(1), of(1), of(1), of(6), of(6), of(6), of(10)};
    for (int s = 1; s <= 2; s++) {
      for (int c = 1; c <= 10; c++) {
        OrgUnitId u = OrgUnitId.of(String.format("S%d-C%02d", s, c));
        assertThat(a.points(Harness.X, u)).as("%s", u).isEqualTo(expected[c - 1]);
      }
    }
    assertThat(a.explain(OrgUnitId.of("S2-C10")).text(Locale.CHINESE)).contains("在组 S2 中排第 1 名（共 10 个").contains("第 1 档 A");
  }

  @Test
  void peerGroupTiesShareTheBetterBandUnderCompetition() {
    ScoringMethod peer = new ScoringMethod.PeerGroupBands(OrgKind.STREET, ScoringMethod.Basis.RANK, true,
        List.of(new ScoringMethod.ShareBand(of(1), of(10), "A")), 0, Rounding.HALF_UP, TieBreak.competition());
    TreeSnapshot tree = Fixtures.streets(1, 3);
    int[] s = tree.positionsOf(OrgKind.COMMUNITY);
    InputColumns in = InputColumns.builder(tree, Fixtures.Y2024).set(Harness.X, s[0], of(7)).set(Harness.X, s[1], of(7))
        .set(Harness.X, s[2], of(3)).build();
    Assessment a = CompiledRuleset.compile(Harness.oneItem(peer)).evaluate(in);
    assertThat(a.points(Harness.X, tree.id(s[0]))).isEqualTo(of(10));
    assertThat(a.points(Harness.X, tree.id(s[1]))).isEqualTo(of(10));
    assertThat(a.points(Harness.X, tree.id(s[2]))).isZero();
  }

  @Test
  void carryOverReadsThePreviousPeriodsTotal() {
    Ruleset r = simple().indicator(Indicator.category("carry", "结转", of(30), List.of(
        Indicator.item("base", "上年基础分", of(30), new ScoringMethod.CarryOver(parse("0.3"), Rounding.HALF_UP))))).build();
    TreeSnapshot tree = Fixtures.streets(1, 2);
    CompiledRuleset c = CompiledRuleset.compile(r);
    int[] s = tree.positionsOf(OrgKind.COMMUNITY);
    Assessment y2023 = c.evaluate(InputColumns.builder(tree, org.grassroots.rules.Period.year(2023))
        .set(SCORE, s[0], of(80)).set(SCORE, s[1], parse("33.33")).build());
    Assessment y2024 = c.evaluate(InputColumns.builder(tree, Fixtures.Y2024)
        .set(SCORE, s[0], of(50)).set(SCORE, s[1], of(50)).build(), y2023);
    assertThat(y2024.points(IndicatorId.of("base"), tree.id(s[0]))).isEqualTo(of(24));
    assertThat(y2024.points(IndicatorId.of("base"), tree.id(s[1]))).isEqualTo(parse("9.999"));
    assertThat(y2024.total(tree.id(s[0]))).isEqualTo(of(74));
  }

  @Test
  void districtOverridesChangeOnlyWhatTheyOverride() {
    Ruleset yungang = RulesetResolver.resolve(Fixtures.yungangOverride(), Fixtures::lookup);
    Ruleset pingcheng = RulesetResolver.resolve(Fixtures.pingchengOverride(), Fixtures::lookup);
    assertThat(yungang.parent()).isEmpty();
    assertThat(yungang.district()).isEqualTo(Fixtures.YUNGANG);
    assertThat(countItems(yungang)).isEqualTo(30);
    assertThat(yungang.grades().get(0).minTotal().orElseThrow().value()).isEqualTo(of(92));
    assertThat(yungang.grades().get(0).gates()).hasSize(2);
    assertThat(yungang.quotas()).hasSize(2);
    assertThat(pingcheng.bonuses()).isEmpty();
    assertThat(pingcheng.inputs()).extracting(i -> i.id().value()).doesNotContain("honours");

    TreeSnapshot tree = Fixtures.streets(3, 8);
    CompiledRuleset city = CompiledRuleset.compile(Fixtures.cityBaseline());
    CompiledRuleset yg = CompiledRuleset.compile(yungang);
    InputColumns in = Fixtures.randomInputs(city, tree, 7);
    Assessment ca = city.evaluate(in);
    Assessment ya = yg.evaluate(in);
    IndicatorId safety = IndicatorId.of("livable.safety");
    IndicatorId education = IndicatorId.of("org.education");
    boolean someDiffer = false;
    for (int pos : tree.positionsOf(OrgKind.COMMUNITY)) {
      OrgUnitId u = tree.id(pos);
      assertThat(ya.points(education, u)).isEqualTo(ca.points(education, u));
      long incidents = in.column(safety).orElseThrow()[pos];
      long expected = Math.max(0, of(4) - org.grassroots.rules.Fixed.multiply(incidents, of(4), Rounding.HALF_UP));
      assertThat(ya.points(safety, u)).isEqualTo(expected);
      someDiffer |= ya.points(safety, u) != ca.points(safety, u);
    }
    assertThat(someDiffer).isTrue();
  }

  @Test
  void theFixtureExplanationNamesEveryStepInChineseAndRecomputes() {
    TreeSnapshot tree = Fixtures.streets(3, 8);
    CompiledRuleset city = CompiledRuleset.compile(Fixtures.cityBaseline());
    Assessment a = city.evaluate(Fixtures.randomInputs(city, tree, 11));
    OrgUnitId u = OrgUnitId.of("S2-C03");
    Explanation e = a.explain(u);
    assertThat(e.nodes()).hasSize(38);
    assertThat(e.recomputeTotal()).isEqualTo(a.total(u));
    assertThat(e.grade()).isEqualTo(a.grade(u).map(Grade::id));
    String zh = e.text(Locale.CHINESE);
    assertThat(zh).contains("单位 S2-C03").contains("大同市社区党建考核基准（2024）").contains("datong-city/community-assessment@v1")
        .contains("【org】组织建设").contains("【service.volunteers】志愿服务").contains("组内排名分档")
        .contains("加分项【honours-bonus】表彰加分").contains("总分：" + org.grassroots.rules.Fixed.format(a.total(u)));
    assertThat(e.text(Locale.ENGLISH)).contains("Total: ").contains("threshold bands");
  }

  @Test
  void anExecutorChangesNothingButWhereTheWorkRuns() {
    TreeSnapshot tree = Fixtures.streets(6, 40);
    CompiledRuleset city = CompiledRuleset.compile(Fixtures.cityBaseline());
    InputColumns in = Fixtures.randomInputs(city, tree, 5);
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(3);
    try {
      Assessment one = city.evaluate(in);
      Assessment many = city.evaluate(in, null, pool);
      assertThat(many.totalColumn()).isEqualTo(one.totalColumn());
      for (int pos : one.subjects()) {
        assertThat(many.gradeIndex(pos)).isEqualTo(one.gradeIndex(pos));
      }
      for (String id : List.of("org", "service.volunteers", "livable.safety")) {
        assertThat(many.pointsColumn(IndicatorId.of(id))).isEqualTo(one.pointsColumn(IndicatorId.of(id)));
      }
      var a = one.sumsToEveryAncestor();
      var b = many.sumsToEveryAncestor(pool);
      assertThat(b.keySet()).isEqualTo(a.keySet());
      for (String k : a.keySet()) {
        assertThat(b.get(k).values()).isEqualTo(a.get(k).values());
      }
    } finally {
      pool.shutdown();
    }
    // a failure inside a task reaches the caller as itself
    CompiledRuleset overflowing = CompiledRuleset.compile(Harness.oneItem(
        new ScoringMethod.CountTimesPoints(Long.MAX_VALUE / 2, Long.MAX_VALUE, Rounding.HALF_UP)));
    InputColumns big = InputColumns.builder(tree, Fixtures.Y2024).set(Harness.X, tree.positionsOf(OrgKind.COMMUNITY)[0],
        Long.MAX_VALUE / 2).build();
    assertThatThrownBy(() -> overflowing.evaluate(big, null, java.util.concurrent.ForkJoinPool.commonPool()))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void measurementsBecomeColumnsOfTheirPeriod() {
    TreeSnapshot tree = Fixtures.streets(1, 2);
    var m1 = new org.grassroots.rules.Measurement(OrgUnitId.of("S1-C01"), SCORE, Fixtures.Y2024, of(70));
    var m2 = new org.grassroots.rules.Measurement(OrgUnitId.of("S1-C02"), SCORE, Fixtures.Y2024, parse("89.995"));
    var other = new org.grassroots.rules.Measurement(OrgUnitId.of("S1-C02"), SCORE, org.grassroots.rules.Period.year(2023), of(1));
    InputColumns in = InputColumns.of(tree, Fixtures.Y2024, List.of(m1, m2, other));
    long[] col = in.column(SCORE).orElseThrow();
    assertThat(col[tree.require(OrgUnitId.of("S1-C02"))]).isEqualTo(parse("89.995"));
    assertThat(CompiledRuleset.compile(simple().build()).evaluate(in).total(OrgUnitId.of("S1-C01"))).isEqualTo(of(70));
    assertThatThrownBy(() -> InputColumns.of(tree, Fixtures.Y2024, List.of(m1, m1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("S1-C01/score");
    var stranger = new org.grassroots.rules.Measurement(OrgUnitId.of("X9"), SCORE, Fixtures.Y2024, 1);
    assertThatThrownBy(() -> InputColumns.of(tree, Fixtures.Y2024, List.of(stranger)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("X9");
  }

  @Test
  void refusesUnknownInputsAndUnassessedUnits() {
    TreeSnapshot tree = Fixtures.streets(1, 2);
    CompiledRuleset c = CompiledRuleset.compile(simple().build());
    InputColumns bad = InputColumns.builder(tree, Fixtures.Y2024).set(IndicatorId.of("nope"), 0, 1).build();
    assertThatThrownBy(() -> c.evaluate(bad)).isInstanceOf(InvalidInputException.class).hasMessageContaining("nope");
    Assessment a = c.evaluate(InputColumns.builder(tree, Fixtures.Y2024).build());
    assertThatThrownBy(() -> a.total(OrgUnitId.of("S1"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("S1");
    assertThatThrownBy(() -> CompiledRuleset.compile(Fixtures.yungangOverride()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("parent");
  }

  private static int countItems(Ruleset r) {
    int[] n = {0};
    r.indicators().forEach(i -> i.forEach(x -> {
      if (x.isItem()) {
        n[0]++;
      }
    }));
    return n[0];
  }
}

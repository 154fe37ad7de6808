package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.rules.Fixed.of;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;

/** Invariants of the evaluator, checked on generated rules and inputs. */
class RulesProperties {
  private static final TreeSnapshot TREE = Fixtures.streets(4, 25);
  private static final int[] SUBJECTS = TREE.positionsOf(OrgKind.COMMUNITY);

  /** Scores {@code xs} (one per community of TREE) by {@code m}; returns the points in the same order. */
  private static long[] scoreAll(ScoringMethod m, List<Long> xs) {
    InputColumns.Builder b = InputColumns.builder(TREE, Fixtures.Y2024);
    for (int k = 0; k < SUBJECTS.length; k++) {
      b.set(Harness.X, SUBJECTS[k], xs.get(k % xs.size()));
    }
    Assessment a = CompiledRuleset.compile(Harness.oneItem(m)).evaluate(b.build());
    long[] out = new long[SUBJECTS.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = a.points(Harness.X, TREE.id(SUBJECTS[k]));
    }
    return out;
  }

  @Provide
  Arbitrary<List<Long>> inputs() {
    return Arbitraries.longs().between(-of(50), of(200)).list().ofMinSize(1).ofMaxSize(100);
  }

  @Provide
  Arbitrary<Rounding> roundings() {
    return Arbitraries.of(Rounding.class);
  }

  @Property(tries = 200)
  void capsAreNeverExceeded(@ForAll("inputs") List<Long> xs, @ForAll @LongRange(min = 0, max = 100_000) long each,
      @ForAll @LongRange(min = 0, max = 1_000_000) long cap, @ForAll("roundings") Rounding r) {
    for (long p : scoreAll(new ScoringMethod.CountTimesPoints(each, cap, r), xs)) {
      assertThat(p).isBetween(0L, cap);
    }
    ScoringMethod limited = new ScoringMethod.Limited(new ScoringMethod.Linear(0, -of(10), of(100), of(50), r),
        Optional.of(-cap), Optional.of(cap));
    for (long p : scoreAll(limited, xs)) {
      assertThat(p).isBetween(-cap, cap);
    }
  }

  @Property(tries = 200)
  void floorsAreNeverCrossed(@ForAll("inputs") List<Long> xs, @ForAll @LongRange(min = 0, max = 100_000) long each,
      @ForAll @LongRange(min = -100_000, max = 100_000) long floor, @ForAll("roundings") Rounding r) {
    long start = floor + of(5);
    for (long p : scoreAll(new ScoringMethod.DeductionPerOccurrence(start, each, floor, r), xs)) {
      assertThat(p).isBetween(floor, start);
    }
  }

  @Property(tries = 200)
  void declaredMonotonicityHolds(@ForAll("inputs") List<Long> xs,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 40) Integer> steps,
      @ForAll("roundings") Rounding r, @ForAll @LongRange(min = 1, max = 500_000) long target) {
    // ascending contiguous bands with ascending points: a higher input never scores less
    List<ScoringMethod.Band> bands = new ArrayList<>();
    long lo = 0;
    for (int k = 0; k < steps.size(); k++) {
      long hi = lo + of(steps.get(k));
      bands.add(new ScoringMethod.Band(k == 0 ? Optional.empty() : Optional.of(Bound.inclusive(lo)),
          Optional.of(Bound.exclusive(hi)), of(k), ""));
      lo = hi;
    }
    bands.add(new ScoringMethod.Band(Optional.of(Bound.inclusive(lo)), Optional.empty(), of(steps.size()), ""));
    List<ScoringMethod> increasing = List.of(
        new ScoringMethod.Bands(bands, 0),
        new ScoringMethod.Linear(of(10), of(1), of(90), of(7), r),
        new ScoringMethod.RatioToTarget(target, Optional.empty(), of(5), Fixed.parse("1.2"), 0, r),
        new ScoringMethod.CountTimesPoints(Fixed.parse("0.3"), of(20), r),
        new ScoringMethod.CarryOver(Fixed.parse("0.35"), r));
    List<Long> sorted = new ArrayList<>(xs);
    sorted.sort(null);
    for (ScoringMethod m : increasing) {
      long[] p = scoreAll(m, sorted);
      for (int k = 1; k < Math.min(sorted.size(), p.length); k++) {
        assertThat(p[k]).as("%s at %d", m.code(), sorted.get(k)).isGreaterThanOrEqualTo(p[k - 1]);
      }
    }
    long[] d = scoreAll(new ScoringMethod.DeductionPerOccurrence(of(10), Fixed.parse("0.7"), 0, r), sorted);
    for (int k = 1; k < Math.min(sorted.size(), d.length); k++) {
      assertThat(d[k]).isLessThanOrEqualTo(d[k - 1]);
    }
  }

  @Property(tries = 150)
  void quotasAreNeverExceeded(@ForAll @Size(min = 1, max = 100) List<@LongRange(min = 0, max = 20) Long> totals,
      @ForAll @LongRange(min = 0, max = Fixed.ONE) long share, @ForAll("roundings") Rounding r,
      @ForAll TieBreak.RankMode mode, @ForAll boolean perStreet) {
    Ruleset rs = Harness.oneItem(new ScoringMethod.CountTimesPoints(of(1), of(100), Rounding.HALF_UP)).toBuilder()
        .grade(Grade.atLeast("A", "优秀", of(5)))
        .grade(Grade.atLeast("B", "良好", of(2)))
        .quota(new Quota(RuleId.of("qa"), RuleId.of("A"), perStreet ? Optional.of(OrgKind.STREET) : Optional.empty(),
            Optional.of(share), Optional.empty(), r, new TieBreak(mode, Optional.empty())))
        .quota(new Quota(RuleId.of("qb"), RuleId.of("B"), Optional.empty(), Optional.empty(), Optional.of(7), r,
            new TieBreak(mode, Optional.empty())))
        .build();
    List<Long> fixedTotals = totals.stream().map(Fixed::of).toList();
    InputColumns.Builder b = InputColumns.builder(TREE, Fixtures.Y2024);
    for (int k = 0; k < SUBJECTS.length; k++) {
      b.set(Harness.X, SUBJECTS[k], fixedTotals.get(k % fixedTotals.size()));
    }
    Assessment a = CompiledRuleset.compile(rs).evaluate(b.build());
    Map<Integer, Integer> aPerGroup = new HashMap<>();
    Map<Integer, Integer> sizePerGroup = new HashMap<>();
    int bCount = 0;
    for (int pos : SUBJECTS) {
      int g = perStreet ? TREE.parent(pos) : 0;
      sizePerGroup.merge(g, 1, Integer::sum);
      if (a.gradeIndex(pos) == 0) {
        aPerGroup.merge(g, 1, Integer::sum);
        assertThat(a.total(pos)).isGreaterThanOrEqualTo(of(5));
      }
      if (a.gradeIndex(pos) == 1) {
        bCount++;
      }
    }
    for (var e : aPerGroup.entrySet()) {
      long limit = r.divide(share * sizePerGroup.get(e.getKey()), Fixed.ONE);
      assertThat((long) e.getValue()).isLessThanOrEqualTo(limit);
    }
    assertThat(bCount).isLessThanOrEqualTo(7);
  }

  @Property(tries = 200)
  void aRankingIsAPermutationAndHonoursItsTieRule(
      @ForAll @Size(min = 1, max = 100) List<@LongRange(min = 0, max = 10) Long> keys, @ForAll TieBreak.RankMode mode) {
    long[] byPos = new long[TREE.size()];
    int n = Math.min(keys.size(), SUBJECTS.length);
    int[] positions = Arrays.copyOf(SUBJECTS, n);
    for (int k = 0; k < n; k++) {
      byPos[positions[k]] = keys.get(k);
    }
    int[] places = Ranking.rank(TREE, positions, byPos, true, new TieBreak(mode, Optional.empty()), null);
    for (int k = 0; k < n; k++) {
      long key = byPos[positions[k]];
      long better = Arrays.stream(positions).filter(p -> byPos[p] > key).count();
      long distinctBetter = Arrays.stream(positions).mapToLong(p -> byPos[p]).filter(v -> v > key).distinct().count();
      switch (mode) {
        case COMPETITION -> assertThat(places[k]).isEqualTo(better + 1);
        case DENSE -> assertThat(places[k]).isEqualTo(distinctBetter + 1);
        case ORDINAL -> assertThat(places[k]).isBetween((int) better + 1,
            (int) Arrays.stream(positions).filter(p -> byPos[p] >= key).count());
      }
    }
    if (mode == TieBreak.RankMode.ORDINAL) {
      int[] sorted = places.clone();
      Arrays.sort(sorted);
      for (int k = 0; k < n; k++) {
        assertThat(sorted[k]).isEqualTo(k + 1);
      }
    }
  }

  @Property(tries = 100)
  void theRollUpOfASumEqualsTheSumOfTheLeaves(@ForAll @IntRange(min = 1, max = 300) int size, @ForAll long seed) {
    Random rnd = new Random(seed);
    TreeSnapshot.Builder b = TreeSnapshot.builder(size);
    for (int i = 0; i < size; i++) {
      OrgUnitId parent = i == 0 || rnd.nextInt(10) == 0 ? null : OrgUnitId.of("u" + rnd.nextInt(i));
      b.add(OrgUnitId.of("u" + i), parent, rnd.nextBoolean() ? OrgKind.COMMUNITY : OrgKind.STREET);
    }
    TreeSnapshot tree = b.build();
    long[] values = new long[tree.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = rnd.nextInt(2_000_000) - 1_000_000;
    }
    int[] members = tree.positionsOf(OrgKind.COMMUNITY);
    RollUp.Column sum = RollUp.sum(tree, values, members);
    RollUp.Column min = RollUp.min(tree, values, members);
    RollUp.Column max = RollUp.max(tree, values, members);
    RollUp.Column mean = RollUp.mean(tree, values, members, Rounding.HALF_EVEN);
    RollUp.Column meeting = RollUp.countMeeting(tree, values, members, Comparison.AT_LEAST, 0);
    for (int i = 0; i < tree.size(); i++) {
      long s = 0;
      int c = 0;
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      int ok = 0;
      for (int m : members) {
        if (tree.isWithin(m, i)) {
          s += values[m];
          c++;
          lo = Math.min(lo, values[m]);
          hi = Math.max(hi, values[m]);
          ok += values[m] >= 0 ? 1 : 0;
        }
      }
      assertThat(sum.value(i)).isEqualTo(s);
      assertThat(sum.count(i)).isEqualTo(c);
      assertThat(min.value(i)).isEqualTo(c == 0 ? 0 : lo);
      assertThat(max.value(i)).isEqualTo(c == 0 ? 0 : hi);
      assertThat(mean.value(i)).isEqualTo(c == 0 ? 0 : Rounding.HALF_EVEN.divide(s, c));
      assertThat(meeting.value(i)).isEqualTo(Fixed.of(ok));
    }
    java.util.List<RollUp.Column> both = RollUp.sums(tree, java.util.List.of(values, w(tree)), members);
    for (int i = 0; i < tree.size(); i++) {
      assertThat(both.get(0).value(i)).isEqualTo(sum.value(i));
      assertThat(both.get(1).count(i)).isEqualTo(sum.count(i));
    }
    long roots = 0;
    for (int i = 0; i < tree.size(); i++) {
      if (tree.parent(i) < 0) {
        roots += sum.value(i);
      }
    }
    assertThat(roots).isEqualTo(Arrays.stream(members).mapToLong(m -> values[m]).sum());
    // weighted mean with equal weights is the mean
    long[] w = new long[tree.size()];
    Arrays.fill(w, Fixed.parse("2.5"));
    RollUp.Column wm = RollUp.weightedMean(tree, values, w, members, Rounding.HALF_EVEN);
    for (int i = 0; i < tree.size(); i++) {
      assertThat(wm.value(i)).isEqualTo(mean.value(i));
    }
  }

  private static long[] w(TreeSnapshot tree) {
    long[] w = new long[tree.size()];
    Arrays.fill(w, 3);
    return w;
  }

  private static final CompiledRuleset CITY = CompiledRuleset.compile(Fixtures.cityBaseline());
  private static final CompiledRuleset YUNGANG =
      CompiledRuleset.compile(RulesetResolver.resolve(Fixtures.yungangOverride(), Fixtures::lookup));
  private static final CompiledRuleset PINGCHENG =
      CompiledRuleset.compile(RulesetResolver.resolve(Fixtures.pingchengOverride(), Fixtures::lookup));

  @Property(tries = 60)
  void theExplanationRecomputesTheNumber(@ForAll long seed, @ForAll @IntRange(min = 0, max = 99) int unit,
      @ForAll @IntRange(min = 0, max = 2) int which) {
    CompiledRuleset rules = which == 0 ? CITY : which == 1 ? YUNGANG : PINGCHENG;
    InputColumns in = Fixtures.randomInputs(rules, TREE, seed);
    Assessment previous = rules.evaluate(Fixtures.randomInputs(rules, TREE, seed + 1));
    Assessment a = rules.evaluate(in, previous);
    OrgUnitId u = TREE.id(SUBJECTS[unit]);
    Explanation e = a.explain(u);
    assertThat(e.recomputeTotal()).isEqualTo(a.total(u));
    assertThat(e.total()).isEqualTo(a.total(u));
    assertThat(e.grade()).isEqualTo(a.grade(u).map(Grade::id));
    for (Explanation.Step s : e.nodes()) {
      if (s.kind() != Explanation.Kind.TOTAL) {
        assertThat(s.value()).isEqualTo(a.points(org.grassroots.rules.IndicatorId.of(s.id()), u));
      }
    }
  }
}

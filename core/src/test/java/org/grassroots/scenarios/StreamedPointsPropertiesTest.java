package org.grassroots.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.assessment.Assessment;
import org.grassroots.rules.IndicatorId;

/**
 * Sweeps and Monte Carlo keep per point only figures, never a grade per unit: the streamed figures
 * equal the figures computed from each point's full per-unit grades, on random small districts.
 */
class StreamedPointsPropertiesTest {

  @Property(tries = 20)
  void aSweepPointsFiguresAreThoseOfItsFullGrades(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @LongRange(min = 40, max = 90) long from, @ForAll @IntRange(min = 1, max = 6) int step) {
    Baseline b = Baseline.of(Setup.of(ScenarioFixture.ruleset(seed % 2 == 0)),
        ScenarioFixture.inputs(ScenarioFixture.tree(), seed));
    Sweep sweep = Sweep.grid(List.of(
        Sweep.Axis.range(RulesetParameter.parse("grades[A].minTotal"), of(from), of(from + 3L * step), of(step)),
        Sweep.Axis.range(RulesetParameter.parse("grades[B].minTotal"), of(40), of(70), of(15))));
    int[][] seen = new int[sweep.size()][];
    ForkJoinPool pool = new ForkJoinPool(threads);
    List<Sweep.Point> points;
    try {
      points = sweep.run(b, pool, Progress.NONE, new Cancellation(), (i, g) -> seen[i] = g.clone());
    } finally {
      pool.shutdown();
    }
    int[] subjects = b.assessment().subjects();
    int[] g0 = b.grades();
    for (Sweep.Point p : points) {
      // the grades the observer saw are the point's own assessment's
      Assessment full = b.run(sweep.point(p.index())).assessment();
      int[] g = seen[p.index()];
      long sum = 0;
      int flips = 0;
      for (int k = 0; k < subjects.length; k++) {
        assertThat(g[k]).isEqualTo(full.gradeIndex(subjects[k]));
        sum += full.total(subjects[k]);
        flips += g[k] != g0[k] ? 1 : 0;
      }
      assertThat(p.counts()).isEqualTo(GradeCounts.of(full));
      assertThat(p.totalSum()).isEqualTo(sum);
      assertThat(p.flips()).isEqualTo(flips);
      assertThat(p.settings()).isEqualTo(sweep.point(p.index()));
    }
  }

  @Property(tries = 15)
  void monteCarloFrequenciesAddUpToTheDrawsCounts(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 1, max = 30) int draws) {
    Baseline b = Baseline.of(Setup.of(ScenarioFixture.ruleset(true)), ScenarioFixture.inputs(ScenarioFixture.tree(), seed));
    MonteCarlo mc = new MonteCarlo(List.of(new MonteCarlo.Uncertainty(IndicatorId.of("a"), of(10)),
        new MonteCarlo.Uncertainty(IndicatorId.of("b"), of(10))), draws, seed);
    ForkJoinPool pool = new ForkJoinPool(threads);
    MonteCarlo.Result r;
    try {
      r = mc.run(b, b.setup(), pool, Progress.NONE, new Cancellation());
    } finally {
      pool.shutdown();
    }
    int[][] freq = r.gradeFrequency();
    int grades = b.setup().ruleset().grades().size();
    assertThat(freq).hasNumberOfRows(b.assessment().subjects().length);
    for (int[] f : freq) {
      assertThat(java.util.Arrays.stream(f).sum()).isEqualTo(draws); // every draw gives each unit one grade or none
    }
    for (int g = 0; g <= grades; g++) {
      int slot = g;
      long byUnits = java.util.Arrays.stream(freq).mapToLong(f -> f[slot]).sum();
      long byDraws = r.counts().stream().mapToLong(c -> slot == grades ? c.ungraded() : c.counts().get(slot)).sum();
      assertThat(byUnits).isEqualTo(byDraws);
    }
  }
}

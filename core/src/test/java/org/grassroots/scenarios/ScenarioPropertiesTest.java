package org.grassroots.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Ruleset;

/** Invariants of scenarios over random data, seeds, values and thread counts. */
class ScenarioPropertiesTest {

  @Property(tries = 25)
  void monteCarloDependsOnlyOnTheSeed(@ForAll long seed, @ForAll @IntRange(min = 2, max = 5) int threads) {
    Baseline b = ScenarioFixture.baseline(true);
    MonteCarlo mc = new MonteCarlo(List.of(new MonteCarlo.Uncertainty(IndicatorId.of("b"), of(20))), 20, seed);
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      MonteCarlo.Result one = mc.run(b, b.setup(), Runnable::run, Progress.NONE, new Cancellation());
      MonteCarlo.Result many = mc.run(b, b.setup(), pool, Progress.NONE, new Cancellation());
      assertThat(many.totalSums()).isEqualTo(one.totalSums());
      assertThat(many.counts()).isEqualTo(one.counts());
    } finally {
      pool.shutdown();
    }
  }

  @Property(tries = 40)
  void anOverrideLeavesTheBaselineAndReadsBack(
      @ForAll @LongRange(min = 0, max = 1_000_000) long value, @ForAll @IntRange(min = 0, max = 4) int which) {
    Baseline b = ScenarioFixture.baseline(true);
    Ruleset before = b.setup().ruleset();
    String path = List.of("grades[A].minTotal", "grades[B].minTotal", "quotas[qa].share", "indicators[a].points",
        "indicators[a].method.bands[2].points").get(which);
    Parameter p = RulesetParameter.parse(path);
    long old = p.read(b.setup());
    Setup changed = p.apply(b.setup(), value);
    assertThat(p.read(changed)).isEqualTo(value);
    assertThat(p.read(b.setup())).isEqualTo(old);
    assertThat(b.setup().ruleset()).isSameAs(before).isEqualTo(ScenarioFixture.ruleset(true));
  }

  @Property(tries = 15)
  void flipPointsAreExactOnRandomData(@ForAll long seed) {
    Baseline b = Baseline.of(Setup.of(ScenarioFixture.ruleset(false)),
        ScenarioFixture.inputs(ScenarioFixture.tree(), seed));
    Parameter line = RulesetParameter.parse("grades[B].minTotal");
    for (Sensitivity.FlipPoint f : Sensitivity.of(b, "B").subList(0, 5)) {
      // only units below A are decided by the B line
      String now = b.assessment().grade(f.unit()).orElseThrow().id().value();
      if (now.equals("A")) {
        continue;
      }
      String at = b.run(List.of(new Setting(line, f.flipAt()))).assessment().grade(f.unit()).orElseThrow().id().value();
      long shortOf = f.meets() ? f.flipAt() - 1 : f.flipAt() + 1;
      String near = b.run(List.of(new Setting(line, shortOf))).assessment().grade(f.unit()).orElseThrow().id().value();
      assertThat(at).isEqualTo(f.meets() ? "C" : "B");
      assertThat(near).isEqualTo(now);
    }
  }
}

package org.grassroots.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Ruleset;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private final Baseline baseline = ScenarioFixture.baseline(true);

  @Test
  void overridesNeverChangeTheStoredBaselineRuleset() {
    Ruleset before = baseline.setup().ruleset();
    Ruleset copy = ScenarioFixture.ruleset(true);
    for (String path : List.of("grades[A].minTotal", "quotas[qa].share", "indicators[a].points",
        "indicators[b].weight", "indicators[a].method.bands[1].points", "indicators[a].cap")) {
      RulesetParameter p = RulesetParameter.parse(path);
      Setup changed = p.apply(baseline.setup(), of(7));
      assertThat(p.read(changed)).as(path).isEqualTo(of(7));
      assertThat(changed.ruleset()).as(path).isNotEqualTo(before);
    }
    baseline.run(List.of(new Setting(RulesetParameter.parse("grades[A].minTotal"), of(70))));
    assertThat(baseline.setup().ruleset()).isSameAs(before).isEqualTo(copy);
  }

  @Test
  void overridesKeepTheDeclaredMissingValuePolicies() {
    Ruleset declared = ScenarioFixture.ruleset(true).toBuilder()
        .missing(org.grassroots.rules.MissingPolicy.DISQUALIFY)
        .rescaleRounding(org.grassroots.rules.Rounding.HALF_UP)
        .gate(new org.grassroots.rules.Gate(org.grassroots.rules.RuleId.of("g"), "门槛",
            org.grassroots.rules.Condition.total(org.grassroots.rules.Comparison.AT_LEAST, of(50))))
        .build();
    Setup setup = Setup.of(declared);
    for (String path : List.of("gates[g].condition.value", "grades[A].minTotal", "quotas[qa].share",
        "indicators[a].points", "totalCap")) {
      Ruleset changed = RulesetParameter.parse(path).apply(setup, of(45)).ruleset();
      assertThat(changed.missing()).as(path).contains(org.grassroots.rules.MissingPolicy.DISQUALIFY);
      assertThat(changed.rescaleRounding()).as(path).contains(org.grassroots.rules.Rounding.HALF_UP);
    }
  }

  @Test
  void aThresholdOverrideGivesTheFlipsAndCounts() {
    ScenarioResult r = baseline.run(List.of(new Setting(RulesetParameter.parse("grades[B].minTotal"), of(70))));
    Differences d = r.differences();
    assertThat(d.totalAfter()).isEqualTo(d.totalBefore());
    assertThat(d.flips()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.before().orElseThrow().id().value()).isEqualTo("B");
      assertThat(f.after().orElseThrow().id().value()).isEqualTo("C");
      assertThat(f.totalBefore()).isGreaterThanOrEqualTo(of(60)).isLessThan(of(70));
      assertThat(f.gains()).isFalse();
    });
    assertThat(d.after().count("C") - d.before().count("C")).isEqualTo(d.flips().size());
    assertThat(d.after().count("B")).isEqualTo(d.before().count("B") - d.flips().size());
  }

  @Test
  void unknownPathsAreRefusedNamingThePath() {
    assertThatThrownBy(() -> RulesetParameter.parse("grades[A].points"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("grades[A].points");
    assertThatThrownBy(() -> RulesetParameter.parse("grades[Z].minTotal").read(baseline.setup()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("grades[Z].minTotal");
  }

  @Test
  void aSweepsBaselinePointEqualsAPlainAssessment() {
    Sweep sweep = Sweep.grid(List.of(
        Sweep.Axis.range(RulesetParameter.parse("grades[A].minTotal"), of(70), of(90), of(5)),
        Sweep.Axis.range(RulesetParameter.parse("quotas[qa].share"), parse("0.1"), parse("0.5"), parse("0.1"))));
    int[][] seen = new int[sweep.size()][];
    List<Sweep.Point> points = sweep.run(baseline, new ForkJoinPool(3), Progress.NONE, new Cancellation(),
        (i, g) -> seen[i] = g.clone());
    int baselinePoint = 2 * 5 + 2; // minTotal 80, share 0.3
    assertThat(sweep.point(baselinePoint).toString()).isEqualTo("[grades[A].minTotal=80, quotas[qa].share=0.3]");
    Assessment plain = CompiledRuleset.compile(ScenarioFixture.ruleset(true)).evaluate(baseline.inputs());
    Sweep.Point p = points.get(baselinePoint);
    assertThat(p.flips()).isZero();
    assertThat(p.counts()).isEqualTo(GradeCounts.of(plain));
    int[] subjects = plain.subjects();
    for (int k = 0; k < subjects.length; k++) {
      assertThat(seen[baselinePoint][k]).isEqualTo(plain.gradeIndex(subjects[k]));
    }
    assertThat(points).hasSize(25).extracting(Sweep.Point::index).containsExactlyElementsOf(range(25));
    // a stricter threshold or a smaller share never gives more A
    assertThat(points.get(0).counts().count("A")).isGreaterThanOrEqualTo(points.get(24).counts().count("A"));
  }

  @Test
  void sweepsReportProgressAndStopWhenCancelled() {
    Sweep sweep = Sweep.grid(List.of(
        Sweep.Axis.range(RulesetParameter.parse("grades[A].minTotal"), of(1), of(100), of(1))));
    AtomicLong last = new AtomicLong();
    sweep.run(baseline, Runnable::run, (done, total) -> last.set(done * 1000 + total), new Cancellation());
    assertThat(last.get()).isEqualTo(100 * 1000 + 100);
    Cancellation c = new Cancellation();
    AtomicLong seen = new AtomicLong();
    assertThatThrownBy(() -> sweep.run(baseline, Runnable::run, (done, total) -> {
      seen.set(done);
      if (done == 10) {
        c.cancel();
      }
    }, c)).isInstanceOf(CancellationException.class);
    assertThat(seen.get()).isLessThan(100);
  }

  @Test
  void theSameSeedGivesTheSameMonteCarloResultsOnAnyThreadCount() {
    MonteCarlo mc = new MonteCarlo(List.of(new MonteCarlo.Uncertainty(IndicatorId.of("a"), of(10)),
        new MonteCarlo.Uncertainty(IndicatorId.of("b"), of(5))), 200, 42);
    MonteCarlo.Result one = mc.run(baseline, baseline.setup(), Runnable::run, Progress.NONE, new Cancellation());
    MonteCarlo.Result four = mc.run(baseline, baseline.setup(), new ForkJoinPool(4), Progress.NONE, new Cancellation());
    assertThat(four.counts()).isEqualTo(one.counts());
    assertThat(four.totalSums()).isEqualTo(one.totalSums());
    assertThat(four.gradeFrequency()).isDeepEqualTo(one.gradeFrequency());
    // the draws really vary, and another seed gives other numbers
    assertThat(java.util.Arrays.stream(one.totalSums()).distinct().count()).isGreaterThan(1);
    MonteCarlo other = new MonteCarlo(mc.uncertainties(), 200, 43);
    assertThat(other.run(baseline, baseline.setup(), Runnable::run, Progress.NONE, new Cancellation()).totalSums())
        .isNotEqualTo(one.totalSums());
    for (int[] f : one.gradeFrequency()) {
      assertThat(java.util.Arrays.stream(f).sum()).isEqualTo(200);
    }
  }

  @Test
  void flipPointsAreExact() {
    Baseline plain = ScenarioFixture.baseline(false);
    RulesetParameter threshold = RulesetParameter.parse("grades[A].minTotal");
    List<Sensitivity.FlipPoint> points = Sensitivity.of(plain, "A");
    assertThat(points).hasSize(30);
    assertThat(points).anyMatch(Sensitivity.FlipPoint::meets).anyMatch(f -> !f.meets());
    for (Sensitivity.FlipPoint f : points) {
      boolean isA = grade(plain, threshold, f.flipAt(), f.unit()).equals("A");
      // one fixed-point unit short of the flip value, toward the baseline
      long shortOf = f.meets() ? f.flipAt() - 1 : f.flipAt() + 1;
      boolean wasA = grade(plain, threshold, shortOf, f.unit()).equals("A");
      assertThat(isA).as("%s at %d", f.unit(), f.flipAt()).isEqualTo(!f.meets());
      assertThat(wasA).as("%s at %d", f.unit(), shortOf).isEqualTo(f.meets());
    }
  }

  private static String grade(Baseline b, Parameter p, long value, org.grassroots.hierarchy.OrgUnitId unit) {
    return b.run(List.of(new Setting(p, value))).assessment().grade(unit).map(g -> g.id().value()).orElse("");
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }
}

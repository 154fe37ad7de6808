package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.stars.StarFixtures.PIONEER;
import static org.grassroots.stars.StarFixtures.columns;
import static org.grassroots.stars.StarFixtures.community;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.TieBreak;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Cancellation;
import org.grassroots.scenarios.MonteCarlo;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Progress;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.Sweep;
import org.grassroots.scenarios.programs.ProgramDifferences;

/** The star programme in scenarios: parameters by path, exact rewards, budgets never exceeded. */
class StarProgramTest {
  private static final Period P = Period.year(2024);
  private static final int N = 30;

  /** Community i: org 60..99 and service 50..99 spread by primes, fulfilment 70%..95%, an incident now and then. */
  static InputColumns data(TreeSnapshot tree, int shift) {
    long[][] rows = new long[N][];
    for (int i = 0; i < N; i++) {
      rows[i] = new long[] {60 + (7L * i + shift) % 40, 50 + (11L * i + shift) % 50,
          Fixed.parse("0.70") + (i % 6) * Fixed.parse("0.05"), i % 9 == 4 ? Fixed.ONE : 0};
    }
    return columns(tree, P, rows);
  }

  static Setup setup(StarProgram program) {
    return Setup.of(StarFixtures.base().build()).withProgram(program);
  }

  static Baseline baseline(RewardPolicy policy) {
    TreeSnapshot tree = StarFixtures.tree(N);
    StarProgram p = policy == null ? StarProgram.of(StarFixtures.named()) : StarProgram.of(StarFixtures.named(), policy);
    return Baseline.of(setup(p), data(tree, 0));
  }

  @Example
  void aSweepsBaselinePointEqualsAPlainStarRatingsEvaluation() {
    RewardPolicy policy = RewardPolicy.proRata(Money.ofYuan(300_000), RewardPolicy.Remainder.LEFT_UNPAID);
    Baseline baseline = baseline(policy);
    StarRatings plain = StarFixtures.named().compile().evaluate(baseline.inputs());
    RewardPolicy.Allocation paid = policy.allocate(plain.claims(), Money.ofYuan(20_000));
    Parameter reward = baseline.setup().parameter("stars.rewardPerStar");
    Sweep sweep = Sweep.grid(List.of(Sweep.Axis.range(reward, 1_000_000, 2_500_000, 100_000)));
    List<Sweep.Point> points = sweep.run(baseline, new ForkJoinPool(2), Progress.NONE, new Cancellation());

    Sweep.Point base = points.get(10);
    assertThat(base.settings().get(0).value()).isEqualTo(Money.ofYuan(20_000).fen());
    assertThat(base.figure("stars.total")).isEqualTo(plain.totalStars()).isPositive();
    assertThat(base.figure("stars.due")).isEqualTo(plain.totalDue().fen());
    assertThat(base.figure("stars.paid")).isEqualTo(paid.totalPaid().fen());
    assertThat(base.figure("stars.count[pioneer]")).isEqualTo(plain.count(PIONEER));
    assertThat(base.figures()).isEqualTo(baseline.figures());
    long levelled = 0;
    for (int l = 0; l <= 2; l++) {
      levelled += l * base.figure("stars.level[" + l + "]");
    }
    assertThat(levelled).isEqualTo(plain.totalStars());
    for (Sweep.Point p : points) { // the criteria do not depend on the reward: the same stars, due = stars × amount
      assertThat(p.figure("stars.total")).isEqualTo(plain.totalStars());
      assertThat(p.figure("stars.due")).isEqualTo(plain.totalStars() * p.settings().get(0).value());
      assertThat(p.figure("stars.paid")).isLessThanOrEqualTo(Money.ofYuan(300_000).fen());
    }
    assertThat(reward.format(1_500_000)).isEqualTo("15000.00");
    assertThat(new Setting(reward, 1_500_000)).hasToString("stars.rewardPerStar=15000.00");
  }

  @Example
  void settingAProgramParameterNeverChangesTheBaselinesSetup() {
    Baseline baseline = baseline(RewardPolicy.byRank(Money.ofYuan(500_000), TieBreak.RankMode.ORDINAL));
    Setup before = baseline.setup();
    StarProgram program = before.program(StarProgram.class).orElseThrow();
    var figures = baseline.figures();
    ScenarioResult r = baseline.run(List.of(
        new Setting(before.parameter("stars.rewardPerStar"), Money.ofYuan(15_000).fen()),
        new Setting(before.parameter("stars.budget"), Money.ofYuan(100_000).fen()),
        new Setting(before.parameter("stars.rules.gates[g-pioneer].condition.value"), Fixed.of(45))));
    assertThat(baseline.setup()).isSameAs(before);
    assertThat(before.program(StarProgram.class).orElseThrow()).isSameAs(program);
    assertThat(program.scheme().rewardPerStar()).isEqualTo(Money.ofYuan(20_000));
    assertThat(program.policy().orElseThrow().budget()).isEqualTo(Money.ofYuan(500_000));
    assertThat(before.parameter("stars.rules.gates[g-pioneer].condition.value").read(before)).isEqualTo(Fixed.of(40));
    assertThat(baseline.figures()).isEqualTo(figures);
    assertThat(r.setup().parameter("stars.rewardPerStar").read(r.setup())).isEqualTo(Money.ofYuan(15_000).fen());
    assertThat(r.setup().parameter("stars.budget").read(r.setup())).isEqualTo(Money.ofYuan(100_000).fen());
    assertThat(r.setup().ruleset()).isSameAs(before.ruleset());
  }

  @Example
  void movingAStarsBarGivesWhoGainsAndLosesWhichStar() {
    Baseline baseline = baseline(RewardPolicy.proRata(Money.ofYuan(200_000), RewardPolicy.Remainder.LEFT_UNPAID));
    ScenarioResult r = baseline.run(List.of(
        new Setting(baseline.setup().parameter("stars.rules.gates[g-pioneer].condition.value"), Fixed.of(45))));
    ProgramDifferences d = r.differences().program("stars").orElseThrow();
    StarOutcome b = baseline.outcome(StarOutcome.class).orElseThrow();
    StarOutcome a = r.outcome(StarOutcome.class).orElseThrow();
    assertThat(d.before()).isEqualTo(b.figures());
    assertThat(d.after()).isEqualTo(a.figures());
    // org input x → x/2 points exactly: pioneer needs 40 points, now 45; those with 40 ≤ x/2 < 45 lose it
    List<OrgUnitId> expected = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      long org = 60 + (7L * i) % 40;
      if (org >= 80 && org < 90) {
        expected.add(community(i + 1));
      }
    }
    assertThat(expected).isNotEmpty();
    assertThat(d.flips()).extracting(ProgramDifferences.Flip::unit).containsExactlyElementsOf(expected);
    assertThat(d.flips()).allSatisfy(f -> {
      assertThat(f.designation()).isEqualTo(PIONEER);
      assertThat(f.gains()).isFalse();
      assertThat(f.levelAfter()).isEqualTo(f.levelBefore() - 1);
    });
    assertThat(d.lost()).isEqualTo(expected.size());
    assertThat(d.gained()).isZero();
    assertThat(a.counts().get(0)).isEqualTo(b.counts().get(0) - expected.size());
    assertThat(a.counts().get(1)).isEqualTo(b.counts().get(1));
    long stars0 = b.counts().get(0) + b.counts().get(1);
    long stars1 = a.counts().get(0) + a.counts().get(1);
    assertThat(b.due()).isEqualTo(Money.ofYuan(20_000).times(stars0));
    assertThat(a.due()).isEqualTo(Money.ofYuan(20_000).times(stars1));
    assertThat(b.levels().stream().mapToInt(Integer::intValue).sum()).isEqualTo(N);
    assertThat(a.levels().stream().mapToInt(Integer::intValue).sum()).isEqualTo(N);
    assertThat(b.budget()).contains(Money.ofYuan(200_000));
    assertThat(a.shortfall()).isEqualTo(a.due().compareTo(Money.ofYuan(200_000)) > 0
        ? a.due().minus(Money.ofYuan(200_000)) : Money.ZERO);
    assertThat(a.paid()).isLessThanOrEqualTo(Money.ofYuan(200_000));
  }

  @Property(tries = 60)
  void paidNeverExceedsTheBudgetAndDueIsStarsTimesAmount(
      @ForAll @LongRange(min = 0, max = 100_000_000) long budgetFen,
      @ForAll @LongRange(min = 0, max = 5_000_000) long rewardFen,
      @ForAll @IntRange(min = 35, max = 50) int bar, @ForAll @IntRange(min = 0, max = 39) int shift,
      @ForAll boolean byRank) {
    RewardPolicy policy = byRank ? RewardPolicy.byRank(Money.ZERO, TieBreak.RankMode.COMPETITION)
        : RewardPolicy.proRata(Money.ZERO, RewardPolicy.Remainder.LARGEST_REMAINDER);
    Baseline baseline = Baseline.of(setup(StarProgram.of(StarFixtures.named(), policy)),
        data(StarFixtures.tree(N), shift));
    Setup s = baseline.setup();
    ScenarioResult r = baseline.run(List.of(new Setting(s.parameter("stars.budget"), budgetFen),
        new Setting(s.parameter("stars.rewardPerStar"), rewardFen),
        new Setting(s.parameter("stars.rules.gates[g-satisfied].condition.allOf[0].value"), Fixed.of(bar))));
    StarOutcome o = r.outcome(StarOutcome.class).orElseThrow();
    assertThat(o.paid().fen()).isLessThanOrEqualTo(budgetFen);
    assertThat(o.due().fen()).isEqualTo(o.totalStars() * rewardFen);
    assertThat(o.ratings().totalStars()).isEqualTo(o.totalStars());
    if (o.due().fen() <= budgetFen) {
      assertThat(o.paid()).isEqualTo(o.due());
      assertThat(o.shortfall()).isEqualTo(Money.ZERO);
    } else {
      assertThat(o.shortfall().fen()).isEqualTo(o.due().fen() - budgetFen);
    }
    assertThat(r.figures().get("stars.paid")).isEqualTo(o.paid().fen());
  }

  @Example
  void theSameSeedGivesTheSameMonteCarloStarFigures() {
    Baseline baseline = baseline(RewardPolicy.proRata(Money.ofYuan(300_000), RewardPolicy.Remainder.LEFT_UNPAID));
    MonteCarlo mc = new MonteCarlo(List.of(new MonteCarlo.Uncertainty(IndicatorId.of("org"), Fixed.of(6)),
        new MonteCarlo.Uncertainty(IndicatorId.of("service"), Fixed.of(6))), 200, 42L);
    MonteCarlo.Result one = mc.run(baseline, baseline.setup(), Runnable::run, Progress.NONE, new Cancellation());
    MonteCarlo.Result two = mc.run(baseline, baseline.setup(), new ForkJoinPool(2), Progress.NONE, new Cancellation());
    assertThat(two.figures()).isEqualTo(one.figures());
    long[] total = one.figure("stars.total");
    long[] due = one.figure("stars.due");
    assertThat(java.util.Arrays.stream(total).distinct().count()).as("the draws move the stars").isGreaterThan(1);
    for (int d = 0; d < total.length; d++) {
      assertThat(due[d]).isEqualTo(total[d] * Money.ofYuan(20_000).fen());
    }
    MonteCarlo other = new MonteCarlo(mc.uncertainties(), 200, 43L);
    assertThat(other.run(baseline, baseline.setup(), Runnable::run, Progress.NONE, new Cancellation()).figures())
        .isNotEqualTo(one.figures());
    assertThatThrownBy(() -> one.figure("stars.nothing")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("stars.nothing").hasMessageContaining("stars.total");
  }

  @Example
  void aGradedSchemesThresholdIsAParameterToo() {
    StarScheme graded = StarScheme.graded(StarFixtures.base().build(), List.of("一星", "二星", "三星"),
        List.of(Bound.inclusive(Fixed.of(60)), Bound.inclusive(Fixed.of(75)), Bound.inclusive(Fixed.of(90))),
        List.of(), Money.ofYuan(10_000));
    Baseline baseline = Baseline.of(setup(StarProgram.of(graded)), data(StarFixtures.tree(N), 0));
    Parameter p = baseline.setup().parameter("stars.rules.grades[star-2].minTotal");
    assertThat(p.read(baseline.setup())).isEqualTo(Fixed.of(75));
    ScenarioResult r = baseline.run(List.of(new Setting(p, Fixed.of(70))));
    ProgramDifferences d = r.differences().program("stars").orElseThrow();
    assertThat(d.flips()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.name()).isEqualTo("二星");
      assertThat(f.gains()).isTrue();
    });
    StarOutcome a = r.outcome(StarOutcome.class).orElseThrow();
    assertThat(a.counts().get(1) - baseline.outcome(StarOutcome.class).orElseThrow().counts().get(1))
        .isEqualTo(d.flips().size());
    assertThat(a.budget()).isEmpty();
    assertThat(a.paid()).isEqualTo(a.due());
  }

  @Example
  void unknownPathsAndABudgetWithoutAPolicyAreRefused() {
    Baseline baseline = baseline(null);
    assertThatThrownBy(() -> baseline.setup().parameter("stars.reward")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("stars.reward");
    assertThatThrownBy(() -> baseline.setup().parameter("stars.budget").read(baseline.setup()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("stars.budget");
    assertThatThrownBy(() -> baseline.setup().parameter("stars.rules.gates[g-pioneer].condition.allOf[0].value")
        .read(baseline.setup())).isInstanceOf(InvalidInputException.class).hasMessageContaining("g-pioneer");
    Parameter reward = baseline.setup().parameter("stars.rewardPerStar");
    assertThatThrownBy(() -> reward.apply(baseline.setup(), -1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("stars.rewardPerStar");
    assertThat(Setup.of(StarFixtures.base().build()).parameter("grades[A].minTotal").path())
        .isEqualTo("grades[A].minTotal");
    assertThatThrownBy(() -> reward.read(Setup.of(StarFixtures.base().build())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no program stars");
  }

  @Example
  void everySweepPointEqualsAFreshUnsharedEvaluationOfItsSettings() {
    // The programme's copies share compiled criteria and ratings (a point that moves only money reuses
    // them); each point must still equal a programme built afresh from its settings, with nothing shared.
    RewardPolicy policy = RewardPolicy.proRata(Money.ofYuan(300_000), RewardPolicy.Remainder.LARGEST_REMAINDER);
    Baseline baseline = baseline(policy);
    Setup s = baseline.setup();
    Parameter reward = s.parameter("stars.rewardPerStar");
    Parameter bar = s.parameter("stars.rules.gates[g-pioneer].condition.value");
    Sweep sweep = Sweep.grid(List.of(Sweep.Axis.range(reward, 1_000_000, 3_000_000, 500_000),
        Sweep.Axis.range(bar, Fixed.of(30), Fixed.of(50), Fixed.of(5))));
    List<Sweep.Point> points = sweep.run(baseline, new ForkJoinPool(2), Progress.NONE, new Cancellation());
    java.util.Set<Long> totals = new java.util.HashSet<>();
    for (Sweep.Point p : points) {
      long fen = p.settings().get(0).value();
      StarScheme moved = bar.apply(s, p.settings().get(1).value()).program(StarProgram.class).orElseThrow().scheme();
      StarScheme fresh = new StarScheme(moved.rules(), Money.ofFen(fen));
      StarRatings plain = fresh.compile().evaluate(baseline.inputs());
      StarOutcome expected = new StarOutcome("stars", plain, java.util.Optional.of(policy.allocate(plain.claims(), Money.ofFen(fen))));
      assertThat(p.figures()).as("point %s", p.settings()).isEqualTo(expected.values());
      totals.add(p.figure("stars.total"));
    }
    assertThat(totals).as("the bar moves the stars").hasSizeGreaterThan(1);
    ScenarioResult one = baseline.run(List.of(new Setting(reward, 1_500_000), new Setting(bar, Fixed.of(45))));
    StarRatings r = one.outcome(StarOutcome.class).orElseThrow().ratings();
    StarRatings direct = new StarScheme(r.scheme().rules(), Money.ofFen(1_500_000)).compile().evaluate(baseline.inputs());
    List<RewardPolicy.Claim> byId = new ArrayList<>();
    for (OrgUnitId u : direct.units()) {
      assertThat(r.stars(u)).as("unit %s", u).isEqualTo(direct.stars(u));
      byId.add(new RewardPolicy.Claim(u, direct.level(u), direct.total(u)));
    }
    assertThat(r.claims()).isEqualTo(byId).anyMatch(c -> c.stars() == 2).anyMatch(c -> c.stars() == 0);
  }

  @Example
  void aProgrammeAPointLeavesAsItWasKeepsTheBaselinesOutcome() {
    Baseline baseline = baseline(RewardPolicy.proRata(Money.ofYuan(300_000), RewardPolicy.Remainder.LEFT_UNPAID));
    ScenarioResult r = baseline.run(List.of(new Setting(baseline.setup().parameter("indicators[org].points"), Fixed.of(40))));
    assertThat(r.outcome(StarOutcome.class).orElseThrow())
        .isSameAs(baseline.outcome(StarOutcome.class).orElseThrow());
    ScenarioResult moved = baseline.run(List.of(new Setting(baseline.setup().parameter("stars.rewardPerStar"), 1)));
    assertThat(moved.outcome(StarOutcome.class).orElseThrow().due().fen())
        .isEqualTo(baseline.outcome(StarOutcome.class).orElseThrow().totalStars());
  }
}

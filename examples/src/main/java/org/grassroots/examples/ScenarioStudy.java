package org.grassroots.examples;

import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.grassroots.cli.Data;
import org.grassroots.cli.DefaultRuleset;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import java.util.stream.Collectors;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.reports.ProgramStudy;
import org.grassroots.reports.ScenarioReport;
import org.grassroots.reports.SweepRun;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Cancellation;
import org.grassroots.scenarios.Differences;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.MonteCarlo;
import org.grassroots.scenarios.Progress;
import org.grassroots.scenarios.RulesetParameter;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Sensitivity;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.programs.ProgramDifferences;
import org.grassroots.scenarios.Sweep;
import org.grassroots.spi.StorageProvider;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarOutcome;
import org.grassroots.stars.StarProgram;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;

/**
 * A researcher's "what if" on 云冈区 (main job): the district's 152 community organisations under 21
 * street committees, built on the embedded (in-memory) storage as {@link Yungang} does, assessed by
 * the embedded default ruleset with synthetic measurements from a seed; then one scenario, a sweep
 * over two parameters on every core, a Monte Carlo run and the flip points of the 良好 line. Then the
 * programs on 云冈's 五星联创 data ({@link YungangStars}, 62 stars at ¥20,000): what if a star paid
 * ¥15,000, who gains or loses a star when a star's bar moves, a sweep of the reward per star against
 * a declared budget and a Monte Carlo run of the star count. Writes {@code
 * target/scenario-report/report.html} and its CSV files and prints where.
 */
public final class ScenarioStudy {
  static final long SEED = 20241124L;

  private ScenarioStudy() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args.length > 0 ? args[0] : "target/scenario-report");
    run(out, dir);
  }

  /** The declared budget of the star rewards in the study (奖励资金预算), paid pro rata when short. */
  static final Money BUDGET = Money.ofYuan(1_000_000);

  /** 组织建设先锋星's bar: its category at 18 of 20 points; the study moves it to 17.8. */
  static final String PIONEER_BAR = "stars.rules.gates[g-pioneer].condition.allOf[0].value";

  /**
   * 五星联创 and 六型社区 on 云冈's data ({@link YungangStars}): what if a star paid ¥15,000; who gains
   * or loses a star when 组织建设先锋星's bar moves; a sweep of the reward per star against the
   * budget; a Monte Carlo run of the star count.
   */
  static ProgramStudy stars(PrintStream out) {
    YungangStars.Dataset data;
    try (StorageProvider storage = new InMemoryStorageProvider()) {
      data = YungangStars.data(storage);
    }
    Setup setup = Setup.of(YungangStars.indicators("yungang-categories", "云冈区社区党组织五项得分").build())
        .withProgram(StarProgram.of(YungangStars.scheme(),
            RewardPolicy.proRata(BUDGET, RewardPolicy.Remainder.LEFT_UNPAID)))
        .withProgram(TypesProgram.of(YungangStars.types()));
    Baseline base = Baseline.of(setup, data.columns());
    StarOutcome b = base.outcome(StarOutcome.class).orElseThrow();
    out.printf("五星联创 (云冈 data): %d stars × %s = %s; budget %s, pro rata: paid %s, shortfall %s%n",
        b.totalStars(), b.ratings().scheme().rewardPerStar().format(), b.due().format(), BUDGET.format(),
        b.paid().format(), b.shortfall().format());

    // what if each star paid ¥15,000?
    Parameter reward = setup.parameter("stars.rewardPerStar");
    StarOutcome at15 = base.run(List.of(new Setting(reward, Money.ofYuan(15_000).fen()))).outcome(StarOutcome.class)
        .orElseThrow();
    out.printf("what if a star paid ¥15,000? %d stars × %s = %s (was %s at %s); paid %s, within the budget%n",
        at15.totalStars(), Money.ofYuan(15_000).format(), at15.due().format(), b.due().format(),
        Money.ofYuan(20_000).format(), at15.paid().format());

    // who gains or loses a star when 组织建设先锋星's bar moves from 18 to 17.8 points
    Parameter bar = setup.parameter(PIONEER_BAR);
    ScenarioResult movedRun = base.run(List.of(new Setting(bar, Fixed.parse("17.8"))));
    ProgramDifferences moved = movedRun.differences().program(StarProgram.NAME).orElseThrow();
    StarOutcome movedStars = movedRun.outcome(StarOutcome.class).orElseThrow();
    out.printf("组织建设先锋星 bar %s → 17.8: %d communities gain it, %d lose it (%s); stars %d → %d, due %s → %s%n",
        Fixed.format(bar.read(setup)), moved.gained(), moved.lost(),
        moved.flips().stream().limit(4).map(f -> f.unit() + " " + f.levelBefore() + "→" + f.levelAfter() + "★")
            .collect(Collectors.joining(", ")) + (moved.flips().size() > 4 ? ", …" : ""),
        b.totalStars(), movedStars.totalStars(), b.due().format(), movedStars.due().format());
    ScenarioResult both = base.run(List.of(new Setting(reward, Money.ofYuan(15_000).fen()),
        new Setting(bar, Fixed.parse("17.8")), new Setting(setup.parameter("types.demonstrationQuota"), 20)));
    out.printf("  with ¥15,000 a star as well: due %s; a demonstration quota of 20: %d → %d 示范社区%n",
        both.outcome(StarOutcome.class).orElseThrow().due().format(), base.figures().get("types.demonstrations"),
        both.figures().get("types.demonstrations"));

    // a sweep of the reward per star ¥10,000..¥25,000 by ¥1,000 against the budget, and Monte Carlo
    Sweep sweep = Sweep.grid(List.of(Sweep.Axis.range(reward, Money.ofYuan(10_000).fen(), Money.ofYuan(25_000).fen(),
        Money.ofYuan(1_000).fen())));
    MonteCarlo monteCarlo = new MonteCarlo(YungangStars.STARS.stream()
        .map(x -> new MonteCarlo.Uncertainty(IndicatorId.of(x.category()), Fixed.of(1))).toList(), 1000, SEED);
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    List<Sweep.Point> points;
    MonteCarlo.Result mc;
    try {
      points = sweep.run(base, pool, Progress.NONE, new Cancellation());
      mc = monteCarlo.run(base, setup, pool, Progress.NONE, new Cancellation());
    } finally {
      pool.shutdown();
    }
    Sweep.Point lastWithin = points.stream().filter(p -> p.figure("stars.due") <= BUDGET.fen())
        .reduce((x, y) -> y).orElseThrow();
    out.printf("sweep of the reward per star %s–%s by %s (%d points) against %s: the due fits up to %s a star (%s); "
            + "due = budget at %s a star (rounded down)%n", Money.ofYuan(10_000).format(), Money.ofYuan(25_000).format(),
        Money.ofYuan(1_000).format(), points.size(), BUDGET.format(),
        Money.ofFen(lastWithin.settings().get(0).value()).format(), Money.ofFen(lastWithin.figure("stars.due")).format(),
        Money.ofFen(BUDGET.fen() / b.totalStars()).format());
    long[] total = mc.figure("stars.total").clone();
    java.util.Arrays.sort(total);
    out.printf("Monte Carlo of star counts (1,000 draws, each category input ±1 of 100, seed %d): median %d, 5%%–95%% %d–%d "
            + "(baseline %d); reward due 5%%–95%% %s–%s%n", SEED, total[total.length / 2], total[total.length / 20],
        total[total.length * 19 / 20], b.totalStars(),
        b.ratings().scheme().rewardPerStar().times(total[total.length / 20]).format(),
        b.ratings().scheme().rewardPerStar().times(total[total.length * 19 / 20]).format());
    return ProgramStudy.of("programs", "云冈区五星联创与六型社区 Stars and community types", base).withScenario(both)
        .withSweep(sweep, points).withMonteCarlo(mc);
  }

  static List<Path> run(PrintStream out, Path dir) {
    TreeSnapshot tree;
    try (StorageProvider storage = new InMemoryStorageProvider()) {
      // the district first, as the seed article describes it; then the scenario over it
      tree = Yungang.run(storage, out).snapshot();
    }
    out.println();
    Ruleset rules = DefaultRuleset.ruleset(OrgKind.COMMUNITY_ORG, OrgKind.STREET_COMMITTEE);
    Baseline baseline = Baseline.of(Setup.of(rules), Data.measurements(rules, tree, Period.year(2024), SEED));
    out.printf("云冈区: %d community organisations assessed by \"%s\" (synthetic measurements, seed %d)%n",
        baseline.assessment().subjects().length, rules.name(), SEED);

    // one scenario: the 良好 line from 65 down to 62, and 优秀 for up to 30% of each street
    ScenarioResult scenario = baseline.run(List.of(
        new Setting(RulesetParameter.parse("grades[B].minTotal"), of(62)),
        new Setting(RulesetParameter.parse("quotas[qa].share"), parse("0.3"))));
    Differences d = scenario.differences();
    out.printf("scenario %s: %d units change grade (%d gain, %d lose)%n", scenario.settings(), d.flips().size(),
        d.flips().stream().filter(Differences.Flip::gains).count(),
        d.flips().stream().filter(f -> !f.gains()).count());
    for (int g = 0; g < rules.grades().size(); g++) {
      out.printf("  %s %s: %d -> %d%n", rules.grades().get(g).id(), rules.grades().get(g).name(),
          d.before().counts().get(g), d.after().counts().get(g));
    }

    // a sweep: the 良好 line 55..75 by 0.5 × the 优秀 share 10%..30% by 5%, on every core
    Sweep sweep = Sweep.grid(List.of(
        Sweep.Axis.range(RulesetParameter.parse("grades[B].minTotal"), of(55), of(75), parse("0.5")),
        Sweep.Axis.range(RulesetParameter.parse("quotas[qa].share"), parse("0.1"), parse("0.3"), parse("0.05"))));
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    SweepRun run;
    List<Sweep.Point> points;
    MonteCarlo.Result mc;
    try {
      run = SweepRun.run(sweep, baseline, pool, Progress.NONE, new Cancellation());
      points = run.points();
      out.printf("sweep: %d points on %d threads%n", points.size(), pool.getParallelism());
      // Monte Carlo: each of the first four sub-items measured ±5 points, 1,000 draws, seed declared
      MonteCarlo monteCarlo = new MonteCarlo(List.of(
          new MonteCarlo.Uncertainty(IndicatorId.of("i0"), of(5)), new MonteCarlo.Uncertainty(IndicatorId.of("i1"), of(5)),
          new MonteCarlo.Uncertainty(IndicatorId.of("i2"), of(5)), new MonteCarlo.Uncertainty(IndicatorId.of("i3"), of(5))),
          1000, SEED);
      mc = monteCarlo.run(baseline, baseline.setup(), pool, Progress.NONE, new Cancellation());
    } finally {
      pool.shutdown();
    }
    int[] good = mc.counts().stream().mapToInt(c -> c.count("B")).sorted().toArray();
    out.printf("Monte Carlo (1,000 draws, seed %d): 良好 count median %d, 5%%–95%% %d–%d (baseline %d)%n", SEED,
        good[good.length / 2], good[good.length / 20], good[good.length * 19 / 20],
        d.before().count("B"));

    List<Sensitivity.FlipPoint> flips = Sensitivity.of(baseline, "B");
    long near = flips.stream().filter(f -> Math.abs(f.flipAt() - of(65)) <= of(1)).count();
    out.printf("良好 line at 65: %d units would flip if it moved by at most 1 point; the closest: %s%n", near,
        flips.stream().min((a, b) -> Long.compare(Math.abs(a.flipAt() - of(65)), Math.abs(b.flipAt() - of(65))))
            .map(f -> f.unit() + " flips at " + Fixed.format(f.flipAt())).orElse("none"));

    out.println();
    ProgramStudy stars = stars(out);
    List<Path> files = ScenarioReport.of("云冈区情景测算 Scenario study", baseline, scenario, run)
        .withPrograms(stars).writeTo(dir);
    out.println("report: " + files.get(0).toAbsolutePath());
    out.println("csv:    " + Arrays.toString(files.subList(1, files.size()).stream()
        .map(p -> p.getFileName().toString()).toArray()));
    return files;
  }
}

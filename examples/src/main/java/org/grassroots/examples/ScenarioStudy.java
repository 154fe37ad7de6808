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
import org.grassroots.reports.ScenarioReport;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Cancellation;
import org.grassroots.scenarios.Differences;
import org.grassroots.scenarios.MonteCarlo;
import org.grassroots.scenarios.Progress;
import org.grassroots.scenarios.RulesetParameter;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Sensitivity;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.Sweep;
import org.grassroots.spi.StorageProvider;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;

/**
 * A researcher's "what if" on 云冈区 (main job): the district's 152 community organisations under 21
 * street committees, built on the embedded (in-memory) storage as {@link Yungang} does, assessed by
 * the embedded default ruleset with synthetic measurements from a seed; then one scenario, a sweep
 * over two parameters on every core, a Monte Carlo run and the flip points of the 良好 line. Writes
 * {@code target/scenario-report/report.html} and its CSV files and prints where.
 */
public final class ScenarioStudy {
  static final long SEED = 20241124L;

  private ScenarioStudy() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args.length > 0 ? args[0] : "target/scenario-report");
    run(out, dir);
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
    List<Sweep.Point> points;
    MonteCarlo.Result mc;
    try {
      points = sweep.run(baseline, pool, Progress.NONE, new Cancellation());
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

    List<Path> files = ScenarioReport.of("云冈区情景测算 Scenario study", baseline, scenario, sweep, points).writeTo(dir);
    out.println("report: " + files.get(0).toAbsolutePath());
    out.println("csv:    " + Arrays.toString(files.subList(1, files.size()).stream()
        .map(p -> p.getFileName().toString()).toArray()));
    return files;
  }
}

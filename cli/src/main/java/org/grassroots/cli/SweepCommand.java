package org.grassroots.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.grassroots.reports.ScenarioReport;
import org.grassroots.reports.SweepRun;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sweep}: a grid of scenarios (参数扫描), one line per point. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Runs a sweep over a grid: every combination of the --axis values against the baseline (the tree and "
        + "measurements as for assess), in parallel on --threads; prints one line per point; --report DIR writes the HTML report and CSVs.",
        "Ctrl-C stops the run after the points already running: nothing is written, exit code 130."})
final class SweepCommand extends DataCommand {
  @Option(names = "--axis", required = true, paramLabel = "PATH=FROM:TO:STEP",
      description = "an axis, e.g. grades[A].minTotal=80:95:0.5")
  List<String> axes;

  @Override
  public Integer call() throws IOException {
    Setup setup = data.setup();
    List<Sweep.Axis> list = new ArrayList<>();
    for (String a : axes) {
      int eq = a.lastIndexOf('=');
      String[] r = eq <= 0 ? new String[0] : a.substring(eq + 1).split(":");
      if (r.length != 3) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--axis " + a + ": expected PATH=FROM:TO:STEP");
      }
      Parameter p = setup.parameter(a.substring(0, eq));
      list.add(Sweep.Axis.range(p, ProgramOptions.value("--axis", p, r[0]), ProgramOptions.value("--axis", p, r[1]),
          ProgramOptions.value("--axis", p, r[2])));
    }
    Sweep sweep = Sweep.grid(list);
    Baseline b = data.baseline(root.control, "baseline", setup);
    List<String> paths = list.stream().map(x -> x.parameter().path()).toList();
    checkFits(sweep.size(), paths, "--axis", b, list.get(0).values().size());
    regions.regions(data.names, b); // a --by level the tree lacks is refused before the sweep runs
    ForkJoinPool pool = data.pool();
    SweepRun run = null; // what the report reads of the grades, gathered only for a report
    List<Sweep.Point> points;
    try {
      ProgressBar bar = root.control.bar("sweep");
      bar.progress(0, sweep.size()); // the first line at once, not after a tenth of the points
      if (report.any()) {
        run = SweepRun.run(sweep, b, pool, bar, root.control.cancellation());
        points = run.points();
      } else {
        points = sweep.run(b, pool, bar, root.control.cancellation());
      }
    } finally {
      pool.shutdown();
    }
    if (run != null) {
      writeReport(ReportOptions.withPrograms(ScenarioReport.of("参数扫描 Sweep", b, null, run), b,
          study -> study.withSweep(sweep, points)));
    }
    List<List<String>> table = ScenarioReport.sweepTable(sweep, points, b);
    output.print(spec.commandLine().getOut(), root.control, table.get(0), table.subList(1, table.size()));
    return Grassroots.OK;
  }
}

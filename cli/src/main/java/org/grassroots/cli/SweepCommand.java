package org.grassroots.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.grassroots.input.InvalidInputException;
import org.grassroots.reports.ScenarioReport;
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
    checkFits(sweep, b);
    regions.regions(data.names, b); // a --by level the tree lacks is refused before the sweep runs
    ForkJoinPool pool = data.pool();
    List<Sweep.Point> points;
    try {
      ProgressBar bar = root.control.bar("sweep");
      bar.progress(0, sweep.size()); // the first line at once, not after a tenth of the points
      points = sweep.run(b, pool, bar, root.control.cancellation());
    } finally {
      pool.shutdown();
    }
    writeReport(ReportOptions.withPrograms(ScenarioReport.of("参数扫描 Sweep", b, null, sweep, points), b,
        study -> study.withSweep(sweep, points)));
    List<List<String>> table = ProgramRows.inYuan(ScenarioReport.sweepTable(sweep, points));
    output.print(spec.commandLine().getOut(), root.control, table.get(0), table.subList(1, table.size()));
    return Grassroots.OK;
  }

  /**
   * Refuses up front a sweep whose points would not fit in the heap: each point keeps an int per
   * assessed unit and some 200 bytes of settings and counts; its row of the output table some 64
   * bytes per column (the tables are built one after the other, so one at a time counts).
   */
  private void checkFits(Sweep sweep, Baseline b) {
    int units = b.assessment().subjects().length;
    int columns = 4 + sweep.axes().size() + b.setup().ruleset().grades().size() + b.figures().size();
    long perPoint = 4L * units + 16 + 200 + 64L * columns;
    long need = Math.multiplyExact((long) sweep.size(), perPoint);
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (need > free) {
      throw new InvalidInputException("cli.sweepTooLarge", "--axis", String.format("%,d", sweep.size()),
          String.format("%,d", units), String.format("%,d", need >> 20), String.format("%,d", free >> 20));
    }
  }
}

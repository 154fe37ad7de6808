package org.grassroots.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.grassroots.reports.ScenarioReport;
import org.grassroots.scenarios.Baseline;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every assessing command shares: the data, the output and an optional report. */
abstract class DataCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  Grassroots root;

  @Mixin
  DataOptions data;

  @Mixin
  OutputOptions output;

  @Mixin
  ReportOptions report;

  @Mixin
  RegionOptions regions;

  @Option(names = "--ignore-memory-estimate",
      description = "run even when the estimate of the heap the run needs says it will not fit (the estimate is approximate; "
          + "a run that does run out of memory ends with exit code 4)")
  boolean ignoreMemoryEstimate;

  /**
   * Refuses up front a run of {@code points} points moving {@code paths} that would not fit in the
   * heap (see {@link MemoryEstimate}), naming the figure and the option that would make it fit.
   */
  void checkFits(int points, List<String> paths, String field, Baseline b) {
    checkFits(points, paths, field, b, 0);
  }

  /** As {@link #checkFits(int, List, String, Baseline)} for a sweep with {@code linePoints} along its first axis. */
  void checkFits(int points, List<String> paths, String field, Baseline b, int linePoints) {
    if (ignoreMemoryEstimate) {
      return;
    }
    long used = MemoryEstimate.usedAfterCollection();
    int threads = data.threads == null ? Runtime.getRuntime().availableProcessors() : data.threads;
    MemoryEstimate.of(b, used, paths, points, points == 1 ? 1 : threads, report.any(), linePoints)
        .check(spec.name(), field, MemoryEstimate.free(used), used);
  }

  /** Writes the report when --report was given (all its files or none). */
  void writeReport(ScenarioReport r) throws IOException {
    report.write(r, data.names, regions, output.bom, root.control, spec.commandLine().getErr());
  }
}

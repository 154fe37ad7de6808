package org.grassroots.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.grassroots.reports.ScenarioReport;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

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

  /** Writes the report when --report was given (all its files or none). */
  void writeReport(ScenarioReport r) throws IOException {
    report.write(r, data.names, regions, output.bom, root.control, spec.commandLine().getErr());
  }
}

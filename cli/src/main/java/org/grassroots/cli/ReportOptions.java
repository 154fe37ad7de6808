package org.grassroots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.grassroots.regions.UnitNames;
import org.grassroots.reports.ProgramStudy;
import org.grassroots.reports.ScenarioReport;
import org.grassroots.scenarios.Baseline;
import picocli.CommandLine.Option;

/** {@code --report DIR}: the HTML report and its CSV files (报告), written all or none. */
final class ReportOptions {
  @Option(names = "--report", paramLabel = "DIR", description = "write report.html and the CSV files here")
  Path report;

  @Option(names = "--all-flips", description = "with --report: also write every unit whose grade changes (a sweep's unit-flips.csv, a "
      + "scenario's scenario-unit-flips.csv, row by row); by default flips are counted by region and grade change "
      + "(flips.csv, scenario-flips.csv) and by region (region-flips.csv, regions.csv)")
  boolean allFlips;

  boolean any() {
    return report != null;
  }

  /** {@code report} with the programs' study of {@code b} beside it when the baseline runs programs. */
  static ScenarioReport withPrograms(ScenarioReport report, Baseline b,
      UnaryOperator<ProgramStudy> study) {
    return b.outcomes().isEmpty() ? report
        : report.withPrograms(study.apply(ProgramStudy.of("programs", "工作项目 Programs", b)));
  }

  /** Writes {@code r} with the tree's names and regions when --report was given; says where on {@code err}. */
  void write(ScenarioReport r, UnitNames names, RegionOptions regions, boolean bom, RunControl control,
      PrintWriter err) throws IOException {
    if (report != null) {
      ScenarioReport named = regions.named(r, names);
      ScenarioReport page = allFlips ? named.withAllFlips() : named;
      List<Path> files = OutputFiles.writeDirectory(report, control, dir -> page.writeTo(dir, bom));
      err.println("report: " + files.get(0));
    }
  }
}

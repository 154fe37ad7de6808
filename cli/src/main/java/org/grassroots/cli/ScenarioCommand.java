package org.grassroots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.reports.ScenarioReport;
import org.grassroots.rules.Fixed;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Differences;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scenario}: one scenario against the baseline (情景测算). */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = {"Runs one scenario: the baseline (the tree and measurements as for assess) with --set PATH=VALUE overrides; "
        + "prints the units per grade before and after and who changes grade; --report DIR writes the HTML report and CSVs.",
        "Ctrl-C stops the run: nothing is written, exit code 130."})
final class ScenarioCommand extends DataCommand {
  @Option(names = "--set", required = true, paramLabel = "PATH=VALUE",
      description = "an override, e.g. grades[A].minTotal=80, quotas[qa].share=0.1, indicators[i0].points=5")
  List<String> sets;

  @Override
  public Integer call() throws IOException {
    Setup setup = data.setup();
    List<Setting> settings = new ArrayList<>();
    sets.forEach(s -> settings.add(ProgramOptions.setting(setup, s)));
    Baseline b = data.baseline(root.control, "baseline", setup);
    checkFits(1, settings.stream().map(x -> x.parameter().path()).toList(), "--set", b);
    ScenarioResult r = b.run(settings);
    root.control.checkpoint();
    Differences d = r.differences();
    writeReport(ReportOptions.withPrograms(ScenarioReport.of("情景测算 Scenario", b, r, null), b,
        study -> study.withScenario(r)));
    PrintWriter out = spec.commandLine().getOut();
    List<List<String>> rows = GradeRows.counts(d.before(), d.after());
    int gradeRows = rows.size();
    rows.addAll(GradeRows.advisory(b.assessment(), r.assessment()));
    rows.addAll(ProgramRows.rows(b, r));
    if (regions.by != null) {
      List<List<String>> t = regions.table(data.names, b, r);
      output.print(out, root.control, t.get(0), t.subList(1, t.size()));
    } else {
      output.print(out, root.control, List.of(rows.size() == gradeRows ? "grade" : "item", "name", "baseline", "scenario"),
          rows);
    }
    if (output.out == null && output.format == OutputOptions.Format.table) {
      out.printf("%d units change grade; sum of totals %s -> %s%n", d.flips().size(), Fixed.format(d.totalBefore()),
          Fixed.format(d.totalAfter()));
      ProgramRows.flips(r, Grassroots.MAX_FLIP_LINES, data.names).forEach(out::println);
      out.flush();
    }
    return Grassroots.OK;
  }
}

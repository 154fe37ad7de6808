package org.grassroots.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.grassroots.assessment.Assessment;
import org.grassroots.regions.UnitNames;
import org.grassroots.reports.Csv;
import org.grassroots.rules.Fixed;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.GradeCounts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code assess}: assesses every unit (考核测评) and prints the units per grade. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = {"Assesses every unit of the tree (--tree FILE, the whole country with --divisions DIR, or a synthetic district) "
        + "with the measurements of --measurements FILE, or synthetic ones drawn from --seed; prints the units per grade; "
        + "--units writes every unit's total and grade as CSV.", "Ctrl-C stops the run: nothing is written, exit code 130."})
final class AssessCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  Grassroots root;

  @Mixin
  DataOptions data;

  @Mixin
  OutputOptions output;

  @Mixin
  RegionOptions regions;

  @Option(names = "--units", paramLabel = "FILE",
      description = "write unit,total,grade for every assessed unit (unit,name,total,grade when the tree has names); "
          + "FILE.xlsx adds the unit's inputs, one column per month or quarter (committee-meetings_2024-01, …) for an "
          + "input measured per month or quarter")
  Path units;

  @Option(names = "--measurements-out", paramLabel = "FILE",
      description = "write the measurements assessed (synthetic or read) as CSV unit,indicator,value,period: every input of every assessed unit, a template for --measurements; "
          + "one row per unit with --wide, or as an Excel workbook when the name ends in .xlsx")
  Path measurementsOut;

  @Option(names = "--wide", description = "--measurements-out as a CSV of one row per unit and one column per input")
  boolean wide;

  @Override
  public Integer call() throws IOException {
    long t0 = System.nanoTime();
    RunControl control = root.control;
    Baseline b = data.baseline(control, "assess");
    Assessment a = b.assessment();
    if (units != null && Xlsx.is(units)) {
      OutputFiles.writeBytes(units, control, Xlsx.write("units", WideMeasurements.results(b, data.names)));
    } else if (units != null) {
      UnitNames names = data.names;
      OutputFiles.write(units, control, Tables.csv(output.bom, w -> {
        w.write(names.any() ? "unit,name,total,grade\r\n" : "unit,total,grade\r\n");
        for (int p : a.subjects()) {
          w.write(Csv.field(a.tree().id(p).value()));
          w.write(',');
          if (names.any()) {
            w.write(Csv.field(names.nameOrEmpty(p)));
            w.write(',');
          }
          w.write(Fixed.format(a.total(p)));
          w.write(',');
          int g = a.gradeIndex(p);
          w.write(g < 0 ? "" : Csv.field(b.setup().ruleset().grades().get(g).id().value()));
          w.write("\r\n");
        }
      }));
    }
    if (measurementsOut != null) {
      MeasurementFiles.write(measurementsOut, b.setup().ruleset(), b.inputs(), data.names, wide, output.bom, control);
    }
    List<List<String>> rows = GradeRows.counts(GradeCounts.of(a), null);
    int gradeRows = rows.size();
    rows.addAll(GradeRows.advisory(a, null));
    rows.addAll(ProgramRows.rows(b, null));
    List<List<String>> missing = GradeRows.missing(a);
    rows.addAll(missing);
    if (regions.by != null) {
      List<List<String>> t = regions.table(data.names, b, null);
      output.print(spec.commandLine().getOut(), control, t.get(0), t.subList(1, t.size()));
    } else {
      output.print(spec.commandLine().getOut(), control,
          List.of(rows.size() == gradeRows ? "grade" : "item", "name", "units"), rows);
    }
    spec.commandLine().getErr().printf("%,d units assessed in %d ms%n", a.subjects().length,
        (System.nanoTime() - t0) / 1_000_000);
    return Grassroots.OK;
  }
}

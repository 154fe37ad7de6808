package org.grassroots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.scenarios.Baseline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code explain}: one unit's total and grade step by step (得分说明). */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explains one unit's total and grade, step by step (both languages), with the tree and measurements as for assess.")
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  Grassroots root;

  @Mixin
  DataOptions data;

  @Option(names = "--unit", required = true, description = "the unit's id, e.g. community-000007")
  String unit;

  @Override
  public Integer call() throws IOException {
    Baseline b = data.baseline(root.control, "assess");
    OrgUnitId id = OrgUnitId.of(unit);
    var explanation = b.assessment().explain(id);
    PrintWriter out = spec.commandLine().getOut();
    out.println(explanation.text(Locale.ENGLISH));
    out.println();
    out.println(explanation.text(Locale.SIMPLIFIED_CHINESE));
    out.flush();
    return Grassroots.OK;
  }
}

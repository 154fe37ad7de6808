package org.grassroots.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.regions.UnitNames;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.RuleId;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Sensitivity;
import org.grassroots.scenarios.Setup;
import org.grassroots.stars.StarSensitivity;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sensitivity}: each unit's flip point (翻转点) for a grade's threshold or a star's bar — the
 * exact value at which it gains or loses the grade or star.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = {"Prints each assessed unit's flip point: the exact value of a grade's minimum total (--grade ID), "
        + "of a star's bar (--star ID with --stars), or of any number of the star scheme (--star ID --path PATH "
        + "--from X --to Y, found by bisection) at which the unit gains or loses it; the tree and measurements as for assess.",
        "Columns: unit[,name],total,holds (yes/no in the baseline),flip_at (empty: another condition keeps the unit "
            + "from it at any value), change (loses or gains at flip_at)."})
final class SensitivityCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  Grassroots root;

  @Mixin
  DataOptions data;

  @Mixin
  OutputOptions output;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** What moves: a grade's threshold or a star's bar. */
  static final class Target {
    @Option(names = "--grade", paramLabel = "ID", description = "a grade with a minimum total, e.g. A")
    String grade;

    @Option(names = "--star", paramLabel = "ID", description = "a star of --stars, e.g. star-3")
    String star;
  }

  @Option(names = "--path", paramLabel = "PATH",
      description = "with --star: another number of the star scheme, e.g. stars.rules.gates[g-pioneer].condition.value (needs --from and --to)")
  String path;

  @Option(names = "--from", paramLabel = "X", description = "with --path: the lowest value searched (at most the current value)")
  String from;

  @Option(names = "--to", paramLabel = "Y", description = "with --path: the highest value searched (at least the current value)")
  String to;

  @Override
  public Integer call() throws IOException {
    if ((path != null || from != null || to != null) && (target.star == null || path == null || from == null || to == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--path, --from and --to go together, with --star");
    }
    Setup setup = data.setup();
    Parameter parameter = path == null ? null : setup.parameter(path);
    long low = parameter == null ? 0 : ProgramOptions.value("--from", parameter, from);
    long high = parameter == null ? 0 : ProgramOptions.value("--to", parameter, to);
    Baseline b = data.baseline(root.control, "assess", setup);
    List<Flip> flips = new ArrayList<>();
    if (target.grade != null) {
      Sensitivity.of(b, target.grade).forEach(f -> flips.add(new Flip(f.unit(), f.total(), f.meets(),
          OptionalLong.of(f.flipAt()))));
    } else {
      RuleId star = RuleId.of(target.star);
      List<StarSensitivity.FlipPoint> points = parameter == null ? StarSensitivity.of(b, star)
          : StarSensitivity.of(b, star, path, low, high);
      points.forEach(f -> flips.add(new Flip(f.unit(), f.total(), f.holds(), f.flipAt())));
    }
    root.control.checkpoint();
    UnitNames names = data.names;
    List<String> head = new ArrayList<>(List.of("unit", "total", "holds", "flip_at", "change"));
    if (names.any()) {
      head.add(1, "name");
    }
    TreeSnapshot tree = names.tree();
    List<List<String>> rows = new ArrayList<>(flips.size());
    int holding = 0;
    for (Flip f : flips) {
      holding += f.holds ? 1 : 0;
      List<String> row = new ArrayList<>(List.of(f.unit.value(), Fixed.format(f.total), f.holds ? "yes" : "no",
          f.flipAt.isEmpty() ? "" : Fixed.format(f.flipAt.getAsLong()),
          f.flipAt.isEmpty() ? "" : f.holds ? "loses" : "gains"));
      if (names.any()) {
        row.add(1, tree.indexOf(f.unit).map(names::nameOrEmpty).orElse(""));
      }
      rows.add(row);
    }
    output.print(spec.commandLine().getOut(), root.control, head, rows);
    spec.commandLine().getErr().printf("%,d units, %,d hold %s%n", flips.size(), holding,
        target.grade != null ? target.grade : target.star);
    return Grassroots.OK;
  }

  /** One unit's flip point, whichever API found it. */
  private record Flip(OrgUnitId unit, long total, boolean holds, OptionalLong flipAt) {}
}

package org.grassroots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.grassroots.assessment.Explanation;
import org.grassroots.communitytypes.CommunityTypes;
import org.grassroots.communitytypes.TypesOutcome;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;
import org.grassroots.rules.Grade;
import org.grassroots.rules.RuleId;
import org.grassroots.scenarios.Baseline;
import org.grassroots.stars.StarOutcome;
import org.grassroots.stars.StarProgram;
import org.grassroots.stars.StarRatings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code explain}: one unit's total and grade step by step (得分说明), and with {@code --stars} /
 * {@code --types} why it lacks a star or a type (未获星原因).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Explains one unit's total and grade, step by step (both languages), with the tree and measurements as for assess.",
        "With --stars (or --types): then every star (type) the unit lacks, and why; --star ID (--type ID) explains that one, held or not."})
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  Grassroots root;

  @Mixin
  DataOptions data;

  @Option(names = "--unit", required = true, description = "the unit's id, e.g. community-000007")
  String unit;

  @Option(names = "--star", paramLabel = "ID", description = "with --stars: explain this star, held or not (e.g. star-3)")
  String star;

  @Option(names = "--type", paramLabel = "ID", description = "with --types: explain this type, held or not (e.g. demo)")
  String type;

  @Override
  public Integer call() throws IOException {
    if (star != null && data.programs.stars == null || type != null && data.programs.types == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--star needs --stars and --type needs --types");
    }
    Baseline b = data.baseline(root.control, "assess");
    OrgUnitId id = OrgUnitId.of(unit);
    PrintWriter out = spec.commandLine().getOut();
    print(out, b.assessment().explain(id));
    b.outcome(StarOutcome.class).ifPresent(o -> {
      StarRatings r = o.ratings();
      designations(out, StarProgram.NAME, id, star, r.scheme().stars(), r.units(),
          (s, u) -> r.earned(s, u), r::explain);
    });
    b.outcome(TypesOutcome.class).ifPresent(o -> {
      CommunityTypes.Result r = o.result();
      designations(out, TypesProgram.NAME, id, type, o.designations(), r.communities(),
          (t, u) -> t.equals(r.communityTypes().demonstration()) ? r.isDemonstration(u) : r.types(u).contains(t),
          r::explain);
    });
    out.flush();
    return Grassroots.OK;
  }

  /**
   * The designations of one program for {@code id}: the one asked for (held or not), or else each
   * one the unit lacks with its explanation and a line for each it holds.
   */
  private static void designations(PrintWriter out, String program, OrgUnitId id, String only, List<Grade> all,
      List<OrgUnitId> rated, BiPredicate<RuleId, OrgUnitId> holds, BiFunction<RuleId, OrgUnitId, Explanation> why) {
    if (only != null && all.stream().noneMatch(g -> g.id().value().equals(only))) {
      throw new InvalidInputException("cli.designationUnknown", program, only,
          String.join(", ", all.stream().map(g -> g.id().value()).toList()));
    }
    if (!rated.contains(id)) {
      throw new InvalidInputException("cli.designationNone", program, id.value());
    }
    for (Grade g : all) {
      if (only != null && !g.id().value().equals(only)) {
        continue;
      }
      boolean held = holds.test(g.id(), id);
      out.println();
      out.println(Messages.bilingual(held ? "cli.designationHeld" : "cli.designationMissed", program, g.id().value(),
          g.name(), id.value()));
      if (!held || only != null) {
        print(out, why.apply(g.id(), id));
      }
    }
  }

  private static void print(PrintWriter out, Explanation e) {
    out.println(e.text(Locale.ENGLISH));
    out.println();
    out.println(e.text(Locale.SIMPLIFIED_CHINESE));
  }
}

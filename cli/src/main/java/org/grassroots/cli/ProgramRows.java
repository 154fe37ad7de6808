package org.grassroots.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.regions.UnitNames;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.scenarios.programs.ProgramDifferences;

/**
 * The programs' figures as rows of the command's output (项目测算结果), for any program: each figure
 * with its label in both languages and its value as its kind says (counts whole, money in yuan with
 * two decimals, fixed point with its decimals); with a scenario, how many designations each program
 * gains or loses.
 */
final class ProgramRows {
  private ProgramRows() {}

  /**
   * Rows {@code figure, name, baseline[, scenario]}: every figure of the baseline's programs, and
   * with a scenario how many designations each program gains and loses (scenario column only).
   */
  static List<List<String>> rows(Baseline b, ScenarioResult r) {
    List<List<String>> rows = new ArrayList<>();
    Map<String, Figure> after = r == null ? Map.of() : byName(r.figureList());
    for (Figure f : b.figureList()) {
      List<String> row = new ArrayList<>(List.of(f.name(), f.label().bilingual(), f.formatted()));
      if (r != null) {
        Figure a = after.get(f.name());
        row.add(a == null ? "" : a.formatted());
      }
      rows.add(row);
    }
    if (r != null) {
      for (ProgramDifferences d : r.differences().programs()) {
        rows.add(List.of(d.program() + ".gained", d.gainedLabel().bilingual(), "", String.valueOf(d.gained())));
        rows.add(List.of(d.program() + ".lost", d.lostLabel().bilingual(), "", String.valueOf(d.lost())));
      }
    }
    return rows;
  }

  /**
   * Who gains or loses which designation of which program, one line each, at most {@code max}
   * lines and a count of the rest.
   */
  static List<String> flips(ScenarioResult r, int max, UnitNames names) {
    List<String> lines = new ArrayList<>();
    Function<OrgUnitId, String> label = u -> names.label(names.tree().require(u));
    for (ProgramDifferences d : r.differences().programs()) {
      d.flips().forEach(f -> lines.add(String.format("%s %s %s: %s (%d→%d)", label.apply(f.unit()),
          f.gains() ? "gains" : "loses", d.program(), f.name(), f.levelBefore(), f.levelAfter())));
    }
    if (lines.size() <= max) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.subList(0, max));
    out.add("… and " + (lines.size() - max) + " more (the report's PROGRAM-flips CSVs have all)");
    return out;
  }

  private static Map<String, Figure> byName(List<Figure> figures) {
    Map<String, Figure> out = new HashMap<>();
    figures.forEach(f -> out.put(f.name(), f));
    return out;
  }
}

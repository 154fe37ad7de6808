package org.grassroots.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.grassroots.regions.RegionSummary;
import org.grassroots.regions.UnitNames;
import org.grassroots.scenarios.Sweep;

/**
 * Who flips across a sweep (等次变化), from what the sweep run gathered one point at a time: by
 * default counted by region and grade change ({@link #byGradeChange}); every flipping unit's runs
 * along the first axis only when asked ({@link #units}), each row handed on as it is produced.
 */
final class FlipTables {
  private final ScenarioReport report;
  private final SweepRun run;

  FlipTables(ScenarioReport report) {
    this.report = report;
    this.run = report.run().orElse(null);
  }

  /** Units whose grade differs from the baseline at some point of the first axis, in subject order. */
  List<Integer> flippingUnits() {
    int[] g0 = report.baseline().grades();
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < g0.length; k++) {
      if (flipsOnLine(k, g0[k])) {
        out.add(k);
      }
    }
    return out;
  }

  private boolean flipsOnLine(int k, int g0) {
    for (int j = 0; j < run.lineSize(); j++) {
      if (run.lineGrade(j, k) != g0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Flips counted by region and grade change (分地区、分等次变化): one row per region, baseline grade
   * and grade held at some point of the sweep (any axis) other than the baseline's, with the number
   * of the region's units that hold it; then the same rows for the whole tree. A unit that reaches
   * two other grades counts in both rows.
   */
  List<List<String>> byGradeChange() {
    return byGradeChange(run::reached);
  }

  /**
   * The scenario's flips counted by region and grade change: one row per region, baseline grade and
   * scenario grade, with the number of the region's units that moved so; then the whole tree's rows.
   */
  List<List<String>> scenarioByGradeChange() {
    org.grassroots.assessment.Assessment after = report.scenario().orElseThrow().assessment();
    int[] subjects = report.baseline().assessment().subjects();
    return byGradeChange(k -> new int[] {after.gradeIndex(subjects[k])});
  }

  /**
   * Every unit whose grade the scenario changes, the header first, each row given to {@code out} as
   * it is produced: {@code unit[,name],baselineGrade,grade,baselineTotal,scenarioTotal}.
   */
  void scenarioUnits(Consumer<List<String>> out) {
    UnitNames names = report.names();
    boolean named = names.any();
    var tree = report.baseline().assessment().tree();
    out.accept(ScenarioReport.withName(named, "name", "unit", "baselineGrade", "grade", "baselineTotal",
        "scenarioTotal"));
    for (var f : report.scenario().orElseThrow().differences().flips()) {
      out.accept(ScenarioReport.withName(named, names.nameOrEmpty(tree.require(f.unit())), f.unit().value(),
          f.before().map(g -> g.id().value()).orElse(""), f.after().map(g -> g.id().value()).orElse(""),
          org.grassroots.rules.Fixed.format(f.totalBefore()), org.grassroots.rules.Fixed.format(f.totalAfter())));
    }
  }

  /** Flips by region and grade change, {@code reached} giving the grades unit {@code k} holds (-1 for none). */
  private List<List<String>> byGradeChange(java.util.function.IntFunction<int[]> reached) {
    RegionSummary regions = report.regions();
    int[] subjects = report.baseline().assessment().subjects();
    int[] g0 = report.baseline().grades();
    int slots = report.grades().size() + 1; // the grades, then none
    int[] list = regions == null ? new int[0] : regions.regions(subjects);
    int[] row = new int[report.baseline().assessment().tree().size() + 1];
    for (int r = 0; r < list.length; r++) {
      row[list[r] < 0 ? row.length - 1 : list[r]] = r;
    }
    long[][] counts = new long[list.length + 1][slots * slots];
    for (int k = 0; k < subjects.length; k++) {
      int from = slot(g0[k], slots);
      int r = regions == null ? list.length : row[regions.regionOf(subjects[k]) < 0 ? row.length - 1
          : regions.regionOf(subjects[k])];
      for (int g : reached.apply(k)) {
        int to = slot(g, slots);
        if (to != from) {
          counts[r][from * slots + to]++;
          if (r != list.length) {
            counts[list.length][from * slots + to]++;
          }
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(regions == null ? "region" : regions.kind().code(), "name", "baselineGrade", "grade", "units"));
    for (int r = 0; r <= list.length; r++) {
      for (int c = 0; c < slots * slots; c++) {
        if (counts[r][c] > 0) {
          rows.add(List.of(r == list.length ? RegionSummary.ALL : regions.regionId(list[r]),
              r == list.length ? "" : regions.regionName(list[r]), slotId(c / slots, slots), slotId(c % slots, slots),
              String.valueOf(counts[r][c])));
        }
      }
    }
    return rows;
  }

  private static int slot(int grade, int slots) {
    return grade < 0 ? slots - 1 : grade;
  }

  private String slotId(int slot, int slots) {
    return slot == slots - 1 ? "(none)" : report.grades().get(slot).id().value();
  }

  /**
   * Every flipping unit's grade along the first axis as runs (one row per stretch of points with the
   * same grade, from its first to its last value), the header first, each row given to {@code out}
   * as it is produced: nothing of the table is held.
   */
  void units(Consumer<List<String>> out) {
    Sweep sweep = run.sweep();
    UnitNames names = report.names();
    boolean named = names.any();
    int[] subjects = report.baseline().assessment().subjects();
    int[] g0 = report.baseline().grades();
    List<Sweep.Point> line = new ArrayList<>();
    for (int i = 0; i < sweep.size(); i += SweepRun.stride(sweep)) {
      line.add(run.points().get(i));
    }
    String path = sweep.axes().get(0).parameter().path();
    out.accept(ScenarioReport.withName(named, "name", "unit", "baselineGrade", path + ":from", path + ":to", "grade"));
    for (int k = 0; k < subjects.length; k++) {
      if (!flipsOnLine(k, g0[k])) {
        continue;
      }
      String id = report.baseline().assessment().tree().id(subjects[k]).value();
      String name = names.nameOrEmpty(subjects[k]);
      int start = 0;
      for (int j = 1; j <= line.size(); j++) {
        if (j == line.size() || run.lineGrade(j, k) != run.lineGrade(start, k)) {
          out.accept(ScenarioReport.withName(named, name, id, gradeId(g0[k]), ScenarioReport.axisValue(line.get(start)),
              ScenarioReport.axisValue(line.get(j - 1)), gradeId(run.lineGrade(start, k))));
          start = j;
        }
      }
    }
  }

  private String gradeId(int g) {
    return g < 0 ? "" : report.grades().get(g).id().value();
  }

  /**
   * The flipping units (subject indices) reordered to take one from each region in turn, so that
   * the first rows of a chart show every region rather than the first region's units.
   */
  List<Integer> acrossRegions(List<Integer> flipping) {
    RegionSummary regions = report.regions();
    if (regions == null) {
      return flipping;
    }
    int[] subjects = report.baseline().assessment().subjects();
    java.util.Map<Integer, java.util.ArrayDeque<Integer>> byRegion = new java.util.LinkedHashMap<>();
    for (int k : flipping) {
      byRegion.computeIfAbsent(regions.regionOf(subjects[k]), r -> new java.util.ArrayDeque<>()).add(k);
    }
    List<Integer> out = new ArrayList<>(flipping.size());
    while (out.size() < flipping.size()) {
      for (java.util.ArrayDeque<Integer> q : byRegion.values()) {
        if (!q.isEmpty()) {
          out.add(q.poll());
        }
      }
    }
    return out;
  }

  /** Who flips anywhere in the sweep, by region: units, flipping, better, worse. */
  List<List<String>> byRegion() {
    return report.regions().sweepFlips(report.baseline(), run::better, run::worse);
  }
}

package org.grassroots.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.rules.Fixed;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Sweep;
import org.grassroots.scenarios.programs.FigureKind;

/**
 * The HTML page of a {@link ScenarioReport} (报告页面): grades, the tables and the treemap by
 * region, the histogram of totals, the sweep (every axis: the first along the x axis, the others as
 * small multiples, the baseline marked) and who flips, then each program study. One file, ECharts
 * and the data inlined.
 */
final class ReportPage {
  /** Most small multiples of a many-axis sweep (the other axes' combinations, sampled evenly). */
  static final int MAX_PANELS = 12;

  private final ScenarioReport r;

  ReportPage(ScenarioReport report) {
    this.r = report;
  }

  /** The page; {@code csvNames} the CSV files written beside it. */
  String html(List<String> csvNames) {
    StringBuilder h = new StringBuilder(Html.head(r.title()));
    h.append("<h1>").append(Html.esc(r.title())).append("</h1>");
    h.append("<p class=\"note\">").append(Html.esc(r.baseline().setup().ruleset().name())).append(" · ")
        .append(r.baseline().assessment().period()).append(" · ")
        .append(String.format("%,d", r.baseline().assessment().subjects().length)).append(" units assessed")
        .append(r.scenario().map(s -> " · scenario: " + Html.esc(settings(s.settings()))).orElse("")).append("</p>");

    List<List<String>> gt = r.gradeTable();
    List<String> cats = new ArrayList<>();
    boolean withScenario = r.scenario().isPresent();
    long[][] gv = new long[withScenario ? 2 : 1][gt.size() - 1];
    for (int i = 1; i < gt.size(); i++) {
      cats.add(gt.get(i).get(1));
      gv[0][i - 1] = Long.parseLong(gt.get(i).get(2));
      if (withScenario) {
        gv[1][i - 1] = Long.parseLong(gt.get(i).get(3));
      }
    }
    List<String> series = withScenario ? List.of("baseline 基线", "scenario 情景") : List.of("baseline 基线");
    h.append("<h2>Grades 等次分布</h2>").append(ECharts.bars("grades", "Units per grade 各等次数量", cats, series, gv));
    h.append(ScenarioReport.table(gt));
    r.scenario().ifPresent(s -> h.append("<p>").append(s.differences().flips().size()).append(" units change grade; ")
        .append(s.differences().flips().stream().filter(f -> f.gains()).count()).append(" gain, ")
        .append(s.differences().flips().stream().filter(f -> !f.gains()).count()).append(" lose. Sum of totals ")
        .append(Fixed.format(s.differences().totalBefore())).append(" → ")
        .append(Fixed.format(s.differences().totalAfter())).append(".</p>"));

    if (r.regions() != null) {
      h.append("<h2>By region 分地区</h2><p class=\"note\">Grades and every program's figures by ")
          .append(r.regions().kind().code()).append("; regions.csv has every region.</p>")
          .append(ScenarioReport.table(ScenarioReport.head(r.regions().table(r.baseline(), r.scenario().orElse(null)),
              ScenarioReport.MAX_REGION_ROWS), Html.MoneyCells.columns(r.regions().moneyColumns(r.baseline(),
              r.scenario().orElse(null)))));
      h.append(HierarchyTreemap.of(r.regions().names(), r.baseline()).html("hierarchy"));
    }

    List<List<String>> ht = r.histogramTable();
    List<String> bins = new ArrayList<>();
    long[][] hv = new long[series.size()][ht.size() - 1];
    for (int i = 1; i < ht.size(); i++) {
      bins.add(ht.get(i).get(0));
      hv[0][i - 1] = Long.parseLong(ht.get(i).get(2));
      if (withScenario) {
        hv[1][i - 1] = Long.parseLong(ht.get(i).get(3));
      }
    }
    h.append("<h2>Totals 总分分布</h2>").append(ECharts.bars("histogram", "Histogram of totals 总分直方图", bins, series, hv));

    if (r.sweep().isPresent()) {
      sweepHtml(h, r.sweep().get());
    }
    r.studies().forEach(s -> h.append(new ProgramCharts(s).html()));
    h.append("<h2>Data 数据</h2><p class=\"note\">Every chart's numbers are in the CSV files next to this page: ")
        .append(String.join(", ", csvNames)).append(".</p>");
    h.append(ECharts.script()).append("</body></html>");
    return h.toString();
  }

  /** The points along the first axis with the other axes at their combination {@code panel}. */
  private List<Sweep.Point> line(Sweep sweep, int panel) {
    int stride = SweepRun.stride(sweep);
    List<Sweep.Point> out = new ArrayList<>();
    for (int i = panel; i < sweep.size(); i += stride) {
      out.add(r.points().get(i));
    }
    return out;
  }

  /** Units per grade along the sweep's first axis {@code axis}: a money axis (its kind says so) shows ¥. */
  private ObjectNode gradeLines(String title, Parameter axis, List<Sweep.Point> line, List<String> xs) {
    int grades = r.grades().size();
    long[][] lv = new long[grades][line.size()];
    for (int i = 0; i < line.size(); i++) {
      for (int g = 0; g < grades; g++) {
        lv[g][i] = line.get(i).counts().counts().get(g);
      }
    }
    ObjectNode o = ECharts.lines(title, axis.path(), xs, r.gradeNames(), lv, false, ECharts.COLOURS);
    if (axis.kind() == FigureKind.MONEY) {
      ECharts.moneyX(o);
    }
    markBaseline(o, axis, xs);
    return o;
  }

  /** Marks the baseline's value of {@code p} on the x axis when it is one of {@code xs}. */
  private void markBaseline(ObjectNode option, Parameter p, List<String> xs) {
    String at = p.format(p.read(r.baseline().setup()));
    if (xs.contains(at)) {
      ECharts.markX(option, at, "baseline 基线 " + (p.kind() == FigureKind.MONEY ? Html.yuan(at) : at));
    }
  }

  private void sweepHtml(StringBuilder h, Sweep sweep) {
    List<Sweep.Point> all = line(sweep, 0);
    List<Sweep.Point> drawn = ScenarioReport.pick(all, ScenarioReport.sample(all.size(), ScenarioReport.MAX_CHART_POINTS));
    Parameter first = sweep.axes().get(0).parameter();
    String path = first.path();
    List<String> xs = new ArrayList<>();
    drawn.forEach(p -> xs.add(ScenarioReport.axisValue(p)));
    String baselineAt = first.format(first.read(r.baseline().setup()));
    h.append("<h2>Sweep 参数扫描</h2><p class=\"note\">").append(String.format("%,d", sweep.size())).append(" points; ")
        .append(Html.esc(path)).append(" from ").append(xs.get(0)).append(" to ").append(xs.get(xs.size() - 1))
        .append("; the baseline's value ").append(Html.esc(baselineAt))
        .append(xs.contains(baselineAt) ? " is marked" : " lies off the axis")
        .append(drawn.size() < all.size() ? "; the charts draw " + drawn.size() + " of the " + all.size()
            + " points along it, sampled evenly (first and last kept); sweep.csv has every point" : "")
        .append(". Drag the slider or scroll to zoom; hover for the counts.</p>");
    String others = sweep.axes().size() > 1 ? " (" + otherAxes(sweep, 0) + ")" : "";
    h.append(ECharts.chart("sweep", 360, gradeLines("Units per grade against " + path + others, first, drawn, xs)));
    if (sweep.axes().size() > 1) {
      multiplesHtml(h, sweep, path);
    }
    flipsHtml(h, all, drawn, xs, path);
  }

  /** One small chart per combination of the other axes: every axis of the sweep is seen. */
  private void multiplesHtml(StringBuilder h, Sweep sweep, String path) {
    int panels = sweep.size() / sweep.axes().get(0).values().size();
    int[] shown = ScenarioReport.sample(panels, MAX_PANELS);
    h.append("<h3>Every axis 各参数组合</h3><p class=\"note\">").append(panels)
        .append(" combinations of the other parameters").append(shown.length < panels ? ", " + shown.length
            + " of them shown, sampled evenly (sweep.csv has all)" : "").append("; each chart runs along ")
        .append(Html.esc(path)).append(".</p><div class=\"multiples\">");
    for (int k = 0; k < shown.length; k++) {
      List<Sweep.Point> all = line(sweep, shown[k]);
      List<Sweep.Point> drawn = ScenarioReport.pick(all, ScenarioReport.sample(all.size(), ScenarioReport.MAX_CHART_POINTS));
      List<String> xs = new ArrayList<>();
      drawn.forEach(p -> xs.add(ScenarioReport.axisValue(p)));
      ObjectNode o = gradeLines(otherAxes(sweep, shown[k]), sweep.axes().get(0).parameter(), drawn, xs);
      ((ObjectNode) o.get("title")).putObject("textStyle").put("fontSize", 12);
      h.append(ECharts.chart("sweep-" + (k + 1), 300, o));
    }
    h.append("</div>");
  }

  /** The values of every axis but the first at the points of combination {@code panel}. */
  private String otherAxes(Sweep sweep, int panel) {
    List<Setting> s = r.points().get(panel).settings();
    List<String> out = new ArrayList<>();
    for (int a = 1; a < s.size(); a++) {
      out.add(s.get(a).parameter().path() + " = " + s.get(a).parameter().format(s.get(a).value()));
    }
    return String.join(", ", out);
  }

  private void flipsHtml(StringBuilder h, List<Sweep.Point> all, List<Sweep.Point> drawn, List<String> xs, String path) {
    FlipTables flips = new FlipTables(r);
    List<Integer> flipping = flips.acrossRegions(flips.flippingUnits());
    int[] at = ScenarioReport.sample(all.size(), ScenarioReport.MAX_CHART_POINTS); // the drawn points' places on the line
    SweepRun run = r.run().orElseThrow();
    int[] subjects = r.baseline().assessment().subjects();
    int rows = Math.min(ScenarioReport.MAX_FLIP_ROWS, flipping.size());
    List<String> names = new ArrayList<>();
    int[][] cells = new int[rows][drawn.size()];
    for (int i = 0; i < rows; i++) {
      int k = flipping.get(i);
      names.add(r.names().shortLabel(subjects[k]));
      for (int j = 0; j < drawn.size(); j++) {
        cells[i][j] = run.lineGrade(at[j], k);
      }
    }
    h.append("<h2>Who flips 等次变化的单位</h2><p class=\"note\">").append(String.format("%,d", flipping.size()))
        .append(" units change grade somewhere along ").append(Html.esc(path))
        .append(flipping.size() > rows ? "; " + rows + " are shown" + (r.regions() == null ? ""
            : ", taken in turn from each " + r.regions().kind().code()) + "" : "")
        .append("; flips.csv counts them by region and grade change, ")
        .append(r.allFlips() ? "unit-flips.csv has every one" : "--all-flips writes every one to unit-flips.csv")
        .append("</p>");
    if (r.regions() != null) {
      h.append("<h3>Who flips by region 分地区等次变化</h3><p class=\"note\">Units whose grade differs from the "
          + "baseline at some point of the sweep (any axis), by " + r.regions().kind().code() + "; region-flips.csv has "
          + "every region.</p>").append(ScenarioReport.table(ScenarioReport.head(flips.byRegion(),
              ScenarioReport.MAX_REGION_ROWS)));
    }
    if (rows > 0) {
      h.append(ECharts.heat("flips", "Grade of each flipping unit across the sweep 各单位等次随参数变化", names, xs, cells,
          r.gradeNames()));
    }
  }

  private static String settings(List<Setting> s) {
    List<String> out = new ArrayList<>();
    s.forEach(x -> out.add(x.toString()));
    return String.join(", ", out);
  }
}

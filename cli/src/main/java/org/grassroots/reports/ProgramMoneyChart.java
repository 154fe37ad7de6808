package org.grassroots.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Sweep;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.scenarios.programs.FigureKind;
import org.grassroots.scenarios.programs.ProgramOutcome;

/**
 * A program's money along a sweep of one of its money parameters (资金与参数), for any program: when
 * the sweep's first axis is a money parameter of the program (e.g. {@code stars.rewardPerStar}),
 * each money figure of the program that moves along the axis is a line, each that stays (e.g. a
 * budget) a level, and the first point where a line rises above a level is marked. Amounts are
 * exact in the CSV; the chart draws whole yuan.
 */
final class ProgramMoneyChart {
  private final ProgramStudy study;
  private final String pid;
  private final Parameter axis;
  private final List<Figure> figures; // the program's figures except the axis's own, in the baseline's order
  private final List<Sweep.Point> line;

  private ProgramMoneyChart(ProgramStudy study, String pid, Parameter axis, List<Figure> figures, List<Sweep.Point> line) {
    this.study = study;
    this.pid = pid;
    this.axis = axis;
    this.figures = figures;
    this.line = line;
  }

  /** The chart of {@code b} in {@code study}, when the sweep's first axis is a money parameter of it. */
  static Optional<ProgramMoneyChart> of(ProgramStudy study, ProgramOutcome b, String pid) {
    if (study.sweep().isEmpty()) {
      return Optional.empty();
    }
    Sweep s = study.sweep().get();
    Parameter axis = s.axes().get(0).parameter();
    if (axis.kind() != FigureKind.MONEY || !axis.path().startsWith(b.program() + ".")) {
      return Optional.empty();
    }
    List<Figure> figures = b.figures().stream().filter(f -> !f.name().equals(axis.path())).toList();
    if (figures.stream().noneMatch(f -> f.kind() == FigureKind.MONEY)) {
      return Optional.empty();
    }
    int stride = s.size() / s.axes().get(0).values().size();
    List<Sweep.Point> line = new ArrayList<>();
    for (int i = 0; i < s.size(); i += stride) {
      line.add(study.points().get(i)); // along the first axis, every other axis at its first value
    }
    return Optional.of(new ProgramMoneyChart(study, pid, axis, figures, line));
  }

  /** The axis, then every figure of the program at each point along it, as each kind says. */
  List<List<String>> table() {
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of(axis.path()));
    figures.forEach(f -> head.add(f.name()));
    rows.add(head);
    for (Sweep.Point p : line) {
      List<String> row = new ArrayList<>(List.of(axis.format(p.settings().get(0).value())));
      figures.forEach(f -> row.add(p.figures().containsKey(f.name()) ? f.kind().format(p.figure(f.name())) : ""));
      rows.add(row);
    }
    return rows;
  }

  private boolean moves(Figure f) {
    return line.stream().map(p -> p.figures().get(f.name())).distinct().count() > 1;
  }

  void html(StringBuilder h) {
    List<Figure> moving = figures.stream().filter(f -> f.kind() == FigureKind.MONEY && moves(f)).toList();
    List<Figure> levels = figures.stream().filter(f -> f.kind() == FigureKind.MONEY && !moves(f)).toList();
    if (moving.isEmpty()) {
      return;
    }
    // the chart draws at most MAX_CHART_POINTS of the points; the crossing is found on all of them
    List<Sweep.Point> drawn = ScenarioReport.pick(line, ScenarioReport.sample(line.size(), ScenarioReport.MAX_CHART_POINTS));
    List<String> xs = new ArrayList<>();
    drawn.forEach(p -> xs.add(axis.format(p.settings().get(0).value())));
    long[][] v = new long[moving.size()][drawn.size()];
    List<String> series = new ArrayList<>();
    for (int k = 0; k < moving.size(); k++) {
      series.add(moving.get(k).label().bilingual());
      for (int i = 0; i < drawn.size(); i++) {
        v[k][i] = drawn.get(i).figure(moving.get(k).name()) / 100;
      }
    }
    String title = axis.path() + ": money along the axis 资金随参数变化";
    h.append("<h3>").append(Html.esc(title)).append("</h3>");
    ObjectNode chart = ECharts.lines(title, axis.path() + " (¥)", xs, series, v, true, null);
    ECharts.moneyX(chart);
    String base = axis.format(axis.read(study.baseline().setup()));
    if (xs.contains(base)) {
      ECharts.markX(chart, base, "baseline 基线 " + Html.yuan(base));
    }
    String crossing = "";
    for (Figure level : levels) {
      long y = line.get(0).figure(level.name());
      ECharts.markY(chart, y / 100, level.label().bilingual() + " " + Html.yuan(level.formatted()));
      for (Figure m : moving) {
        for (int i = 0; crossing.isEmpty() && i + 1 < line.size(); i++) {
          if (line.get(i).figure(m.name()) <= y && line.get(i + 1).figure(m.name()) > y) {
            String at = axis.format(line.get(i + 1).settings().get(0).value());
            crossing = m.name() + " > " + level.name() + " from ¥" + at;
            // the mark sits on the drawn point nearest the first point above the level
            int near = (int) Math.round((double) (i + 1) * (drawn.size() - 1) / Math.max(1, line.size() - 1));
            ECharts.markPoint(chart, xs.get(near), y / 100, crossing);
          }
        }
      }
    }
    h.append(ECharts.chart(pid + "-money", 380, chart));
    String sampled = drawn.size() < line.size() ? " The chart draws " + drawn.size() + " of the " + line.size()
        + " points, sampled evenly (first and last kept); the CSV has every point." : "";
    h.append("<p class=\"note\">").append(crossing.isEmpty() ? levels.isEmpty() ? ""
        : "No line crosses a level over the whole sweep." : Html.esc(crossing) + ".")
        .append(sampled).append(" Values in ").append(pid).append("-money.csv.</p>");
  }
}

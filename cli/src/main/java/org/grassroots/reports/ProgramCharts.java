package org.grassroots.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.programs.DesignationOutcome;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.scenarios.programs.FigureKind;
import org.grassroots.scenarios.programs.ProgramDifferences;
import org.grassroots.scenarios.programs.ProgramOutcome;

/**
 * The charts and tables of one {@link ProgramStudy}, for every program of its baseline, whatever
 * the program: its figures (baseline against scenario, each as its kind says), and for a program of
 * designations the units holding each designation and the units by level (how many they hold), who
 * gains or loses what, the money figures along a sweep of one of its money parameters ({@link
 * ProgramMoneyChart}) and the Monte Carlo distribution of its first count. Each table is also a CSV
 * named {@code ID-PROGRAM-….csv}; chart ids are {@code ID-PROGRAM-…}.
 */
final class ProgramCharts {
  /** Most rows of a who-gains-or-loses table on the page (the CSV has them all). */
  static final int MAX_ROWS = 15;

  private final ProgramStudy study;
  private final String id;

  ProgramCharts(ProgramStudy study) {
    this.study = study;
    this.id = study.id();
  }

  private String pid(ProgramOutcome o) {
    return id + "-" + o.program();
  }

  private Optional<ProgramOutcome> after(ProgramOutcome before) {
    return study.scenario().flatMap(r -> r.outcome(before.program()));
  }

  private Optional<ProgramDifferences> differences(ProgramOutcome before) {
    return study.scenario().flatMap(r -> r.differences().program(before.program()));
  }

  private static String cell(Optional<? extends Object> o) {
    return o.map(String::valueOf).orElse("");
  }

  // ------------------------------------------------------------------ tables

  /** Every figure of the program: name, label, baseline, scenario, as each kind says. */
  List<List<String>> figureTable(ProgramOutcome b) {
    Map<String, Figure> a = new HashMap<>();
    after(b).ifPresent(o -> o.figures().forEach(f -> a.put(f.name(), f)));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("figure", "name", "baseline", "scenario"));
    for (Figure f : b.figures()) {
      rows.add(List.of(f.name(), f.label().bilingual(), f.formatted(),
          cell(Optional.ofNullable(a.get(f.name())).map(Figure::formatted))));
    }
    return rows;
  }

  /** The money cells of {@link #figureTable}: the baseline and scenario of each figure whose kind is money. */
  private static Html.MoneyCells figureMoney(ProgramOutcome b) {
    return (row, column) -> column >= 2 && b.figures().get(row - 1).kind() == FigureKind.MONEY;
  }

  /** Units holding each designation, baseline and scenario. */
  List<List<String>> countTable(DesignationOutcome b) {
    Optional<DesignationOutcome> a = after(b).map(DesignationOutcome.class::cast);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("designation", "name", "baseline", "scenario"));
    for (int d = 0; d < b.designations().size(); d++) {
      int k = d;
      Grade g = b.designations().get(d);
      rows.add(List.of(g.id().value(), g.name(), String.valueOf(b.counts().get(d)), cell(a.map(x -> x.counts().get(k)))));
    }
    return rows;
  }

  /** Units holding 0, 1, … of the designations, baseline and scenario. */
  List<List<String>> levelTable(DesignationOutcome b) {
    Optional<DesignationOutcome> a = after(b).map(DesignationOutcome.class::cast);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("level", "baseline", "scenario"));
    for (int l = 0; l < b.levels().size(); l++) {
      int k = l;
      rows.add(List.of(String.valueOf(l), String.valueOf(b.levels().get(l)), cell(a.map(x -> x.levels().get(k)))));
    }
    return rows;
  }

  /** Who gains or loses which designation. */
  List<List<String>> flipTable(ProgramDifferences d) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("unit", "designation", "name", "change", "levelBefore", "levelAfter"));
    d.flips().forEach(f -> rows.add(List.of(f.unit().value(), f.designation().value(), f.name(),
        f.gains() ? "gains" : "loses", String.valueOf(f.levelBefore()), String.valueOf(f.levelAfter()))));
    return rows;
  }

  /** The figure the Monte Carlo chart of {@code b} shows: its first count. */
  private Optional<String> monteCarloFigure(ProgramOutcome b) {
    if (study.monteCarlo().isEmpty()) {
      return Optional.empty();
    }
    return b.figures().stream().filter(f -> f.kind() == FigureKind.COUNT).map(Figure::name).findFirst();
  }

  List<List<String>> monteCarloTable(String figure) {
    TreeMap<Long, Integer> draws = new TreeMap<>();
    for (long v : study.monteCarlo().orElseThrow().figure(figure)) {
      draws.merge(v, 1, Integer::sum);
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(figure, "draws"));
    // every value from the least to the largest, so that the chart's x axis has no gaps
    for (long v = draws.firstKey(); v <= draws.lastKey(); v++) {
      rows.add(List.of(String.valueOf(v), String.valueOf(draws.getOrDefault(v, 0))));
    }
    return rows;
  }

  private Optional<ProgramMoneyChart> money(ProgramOutcome b) {
    return ProgramMoneyChart.of(study, b, pid(b));
  }

  // ------------------------------------------------------------------ output

  Map<String, String> csv() {
    Map<String, String> out = new LinkedHashMap<>();
    study.sweep().ifPresent(s -> out.put(id + "-sweep.csv",
        Csv.of(ScenarioReport.sweepTable(s, study.points(), study.baseline()))));
    for (ProgramOutcome b : study.baseline().outcomes()) {
      String p = pid(b);
      out.put(p + "-figures.csv", Csv.of(figureTable(b)));
      if (b instanceof DesignationOutcome d) {
        out.put(p + "-counts.csv", Csv.of(countTable(d)));
        out.put(p + "-levels.csv", Csv.of(levelTable(d)));
      }
      differences(b).ifPresent(d -> out.put(p + "-flips.csv", Csv.of(flipTable(d))));
      money(b).ifPresent(m -> out.put(p + "-money.csv", Csv.of(m.table())));
      monteCarloFigure(b).ifPresent(f -> out.put(p + "-montecarlo.csv", Csv.of(monteCarloTable(f))));
    }
    return out;
  }

  private List<String> series() {
    return study.scenario().isPresent() ? List.of("baseline 基线", "scenario 情景") : List.of("baseline 基线");
  }

  /** Bars of a table's baseline and scenario columns ({@code first} is the baseline's column). */
  private String bars(String chart, String title, List<List<String>> table, int labelColumn, int first) {
    List<String> cats = new ArrayList<>();
    int n = table.size() - 1;
    long[][] v = new long[series().size()][n];
    for (int r = 1; r <= n; r++) {
      cats.add(table.get(r).get(labelColumn));
      for (int k = 0; k < series().size(); k++) {
        v[k][r - 1] = Long.parseLong(table.get(r).get(first + k));
      }
    }
    return ECharts.bars(chart, title, cats, series(), v);
  }

  String html() {
    StringBuilder h = new StringBuilder();
    h.append("<h2>").append(Html.esc(study.heading())).append("</h2>");
    h.append("<p class=\"note\">").append(Html.esc(study.baseline().setup().programList().toString())).append(" · ")
        .append(study.baseline().assessment().period()).append(" · ").append(study.baseline().assessment().subjects().length)
        .append(" units").append(study.scenario().map(s -> " · scenario: " + Html.esc(settings(s))).orElse(""))
        .append("</p>");
    for (ProgramOutcome b : study.baseline().outcomes()) {
      programHtml(h, b);
    }
    return h.toString();
  }

  private static String settings(ScenarioResult s) {
    List<String> out = new ArrayList<>();
    s.settings().forEach(x -> out.add(x.toString()));
    return String.join(", ", out);
  }

  private void programHtml(StringBuilder h, ProgramOutcome b) {
    String p = pid(b);
    h.append("<h3>").append(Html.esc(b.program())).append("</h3>");
    if (b instanceof DesignationOutcome d) {
      List<List<String>> levels = levelTable(d);
      h.append(bars(p + "-levels", b.program() + ": units by level 各层级单位数", levels, 0, 1));
      h.append(bars(p + "-counts", b.program() + ": units per designation 各项获评数", countTable(d), 1, 2));
      h.append(ScenarioReport.table(countTable(d)));
    }
    h.append(ScenarioReport.table(figureTable(b), figureMoney(b)));
    differences(b).ifPresent(d -> {
      h.append("<p>").append(d.gained()).append(" gained 新获评, ").append(d.lost()).append(" lost 失去.</p>");
      List<List<String>> flips = flipTable(d);
      if (flips.size() > 1) {
        h.append("<p class=\"note\">Who gains or loses what 得与失").append(flips.size() - 1 > MAX_ROWS
            ? " (the first " + MAX_ROWS + "; " + p + "-flips.csv has all " + (flips.size() - 1) + ")" : "")
            .append("</p>").append(ScenarioReport.table(flips.subList(0, Math.min(flips.size(), MAX_ROWS + 1))));
      }
    });
    money(b).ifPresent(m -> m.html(h));
    monteCarloFigure(b).ifPresent(f -> monteCarloHtml(h, p, f));
  }

  private void monteCarloHtml(StringBuilder h, String p, String figure) {
    List<List<String>> t = monteCarloTable(figure);
    List<String> cats = new ArrayList<>();
    long[][] v = new long[1][t.size() - 1];
    for (int r = 1; r < t.size(); r++) {
      cats.add(t.get(r).get(0));
      v[0][r - 1] = Long.parseLong(t.get(r).get(1));
    }
    int draws = study.monteCarlo().orElseThrow().figures().size();
    h.append("<h3>Monte Carlo 蒙特卡洛模拟</h3>");
    com.fasterxml.jackson.databind.node.ObjectNode chart = ECharts.base("Distribution of " + figure + " over " + draws
        + " draws 模拟分布");
    ECharts.categoryAxis(chart, figure, cats);
    ECharts.valueAxis(chart, false);
    chart.putArray("series").addObject().put("type", "bar").put("name", "draws 次数").set("data", ECharts.numbers(v[0]));
    String base = String.valueOf(study.baseline().figures().get(figure));
    if (cats.contains(base)) {
      ECharts.markX(chart, base, "baseline 基线 " + base);
    }
    h.append(ECharts.chart(p + "-montecarlo", 340, chart));
    h.append("<p class=\"note\">Baseline ").append(figure).append(" = ").append(base)
        .append("; counts by value in ").append(p).append("-montecarlo.csv.</p>");
  }
}

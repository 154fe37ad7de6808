package org.grassroots.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.grassroots.communitytypes.TypeDifferences;
import org.grassroots.communitytypes.TypesOutcome;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Sweep;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarDifferences;
import org.grassroots.stars.StarOutcome;
import org.grassroots.stars.StarProgram;

/**
 * The charts and tables of one {@link ProgramStudy}: the distribution of stars (communities by star
 * level and counts per named star, baseline against scenario), the reward due against the reward
 * per star with the budget and the crossing marked, the Monte Carlo distribution of the star count,
 * and the community types' counts. Each table is also a CSV.
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

  private Optional<StarOutcome> starsBefore() {
    return study.baseline().outcome(StarOutcome.class);
  }

  private Optional<StarOutcome> starsAfter() {
    return study.scenario().flatMap(r -> r.outcome(StarOutcome.class));
  }

  private Optional<TypesOutcome> typesBefore() {
    return study.baseline().outcome(TypesOutcome.class);
  }

  private Optional<TypesOutcome> typesAfter() {
    return study.scenario().flatMap(r -> r.outcome(TypesOutcome.class));
  }

  private static String yuan(long fen) {
    return Money.ofFen(fen).toYuan().toPlainString();
  }

  private static String yuan(Money m) {
    return m.toYuan().toPlainString();
  }

  private static <T> String after(Optional<T> o, Function<T, Object> f) {
    return o.map(f).map(String::valueOf).orElse("");
  }

  // ------------------------------------------------------------------ tables

  List<List<String>> starTable() {
    List<List<String>> rows = new ArrayList<>();
    StarOutcome b = starsBefore().orElseThrow();
    rows.add(List.of("star", "name", "baseline", "scenario"));
    for (int s = 0; s < b.stars().size(); s++) {
      int k = s;
      rows.add(List.of(b.stars().get(s).id().value(), b.stars().get(s).name(), String.valueOf(b.counts().get(s)),
          after(starsAfter(), a -> a.counts().get(k))));
    }
    rows.add(List.of("", "total stars 星数合计", String.valueOf(b.totalStars()), after(starsAfter(), StarOutcome::totalStars)));
    return rows;
  }

  List<List<String>> levelTable() {
    List<List<String>> rows = new ArrayList<>();
    StarOutcome b = starsBefore().orElseThrow();
    rows.add(List.of("level", "baseline", "scenario"));
    for (int l = 0; l < b.levels().size(); l++) {
      int k = l;
      rows.add(List.of(String.valueOf(l), String.valueOf(b.levels().get(l)), after(starsAfter(), a -> a.levels().get(k))));
    }
    return rows;
  }

  List<List<String>> rewardTable() {
    List<List<String>> rows = new ArrayList<>();
    StarOutcome b = starsBefore().orElseThrow();
    Optional<StarOutcome> a = starsAfter();
    rows.add(List.of("figure", "baseline", "scenario"));
    rows.add(List.of("rewardPerStar", yuan(b.ratings().scheme().rewardPerStar()),
        after(a, x -> yuan(x.ratings().scheme().rewardPerStar()))));
    rows.add(List.of("stars", String.valueOf(b.totalStars()), after(a, StarOutcome::totalStars)));
    rows.add(List.of("due", yuan(b.due()), after(a, x -> yuan(x.due()))));
    rows.add(List.of("budget", b.budget().map(ProgramCharts::yuan).orElse(""),
        a.flatMap(StarOutcome::budget).map(ProgramCharts::yuan).orElse("")));
    rows.add(List.of("paid", yuan(b.paid()), after(a, x -> yuan(x.paid()))));
    rows.add(List.of("shortfall", yuan(b.shortfall()), after(a, x -> yuan(x.shortfall()))));
    return rows;
  }

  List<List<String>> starFlipTable() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("unit", "star", "name", "change", "levelBefore", "levelAfter"));
    study.scenario().flatMap(r -> r.differences().program(StarDifferences.class)).ifPresent(d -> d.flips().forEach(f ->
        rows.add(List.of(f.unit().value(), f.star().id().value(), f.star().name(), f.gains() ? "gains" : "loses",
            String.valueOf(f.levelBefore()), String.valueOf(f.levelAfter())))));
    return rows;
  }

  private boolean rewardSweep() {
    return study.sweep().isPresent() && starsBefore().isPresent()
        && study.sweep().get().axes().get(0).parameter().path().equals(StarProgram.NAME + ".rewardPerStar");
  }

  /** The points along the first axis with every other axis at its first value. */
  private List<Sweep.Point> line() {
    Sweep s = study.sweep().orElseThrow();
    int stride = s.size() / s.axes().get(0).values().size();
    List<Sweep.Point> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i += stride) {
      out.add(study.points().get(i));
    }
    return out;
  }

  List<List<String>> budgetTable() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("rewardPerStar", "stars", "due", "paid", "budget", "shortfall"));
    for (Sweep.Point p : line()) {
      Map<String, Long> f = p.figures();
      rows.add(List.of(yuan(p.settings().get(0).value()), String.valueOf(p.figure("stars.total")),
          yuan(p.figure("stars.due")), yuan(p.figure("stars.paid")),
          f.containsKey("stars.budget") ? yuan(f.get("stars.budget")) : "",
          f.containsKey("stars.shortfall") ? yuan(f.get("stars.shortfall")) : ""));
    }
    return rows;
  }

  /** The figure the Monte Carlo chart shows: the star count, else the demonstration communities. */
  private Optional<String> monteCarloFigure() {
    if (study.monteCarlo().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> f = study.baseline().figures();
    return f.containsKey("stars.total") ? Optional.of("stars.total")
        : f.containsKey("types.demonstrations") ? Optional.of("types.demonstrations") : Optional.empty();
  }

  List<List<String>> monteCarloTable() {
    String figure = monteCarloFigure().orElseThrow();
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

  List<List<String>> typeTable() {
    TypesOutcome b = typesBefore().orElseThrow();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("type", "name", "baseline", "scenario"));
    for (int t = 0; t < b.designations().size(); t++) {
      int k = t;
      Grade g = b.designations().get(t);
      rows.add(List.of(g.id().value(), g.name(), String.valueOf(b.counts().get(t)), after(typesAfter(), a -> a.counts().get(k))));
    }
    return rows;
  }

  List<List<String>> typeFlipTable() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("unit", "type", "name", "change"));
    study.scenario().flatMap(r -> r.differences().program(TypeDifferences.class)).ifPresent(d -> d.flips().forEach(f ->
        rows.add(List.of(f.unit().value(), f.type().id().value(), f.type().name(), f.gains() ? "gains" : "loses"))));
    return rows;
  }

  // ------------------------------------------------------------------ output

  Map<String, String> csv() {
    Map<String, String> out = new LinkedHashMap<>();
    if (starsBefore().isPresent()) {
      out.put(id + "-stars.csv", Csv.of(starTable()));
      out.put(id + "-levels.csv", Csv.of(levelTable()));
      out.put(id + "-rewards.csv", Csv.of(rewardTable()));
      if (study.scenario().isPresent()) {
        out.put(id + "-star-flips.csv", Csv.of(starFlipTable()));
      }
    }
    study.sweep().ifPresent(s -> out.put(id + "-sweep.csv", Csv.of(ScenarioReport.sweepTable(s, study.points()))));
    if (rewardSweep()) {
      out.put(id + "-budget.csv", Csv.of(budgetTable()));
    }
    if (monteCarloFigure().isPresent()) {
      out.put(id + "-montecarlo.csv", Csv.of(monteCarloTable()));
    }
    if (typesBefore().isPresent()) {
      out.put(id + "-types.csv", Csv.of(typeTable()));
      if (study.scenario().isPresent()) {
        out.put(id + "-type-flips.csv", Csv.of(typeFlipTable()));
      }
    }
    return out;
  }

  private List<String> series() {
    return study.scenario().isPresent() ? List.of("baseline 基线", "scenario 情景") : List.of("baseline 基线");
  }

  /** Bars of a table's baseline and scenario columns ({@code first} is the baseline's column). */
  private String bars(String chart, String title, List<List<String>> table, int labelColumn, int first, int skipLast) {
    List<String> cats = new ArrayList<>();
    int n = table.size() - 1 - skipLast;
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
    starsBefore().ifPresent(b -> starsHtml(h, b));
    if (rewardSweep()) {
      budgetHtml(h);
    }
    monteCarloFigure().ifPresent(f -> monteCarloHtml(h, f));
    typesBefore().ifPresent(b -> typesHtml(h));
    return h.toString();
  }

  private static String settings(ScenarioResult s) {
    List<String> out = new ArrayList<>();
    s.settings().forEach(x -> out.add(x.toString()));
    return String.join(", ", out);
  }

  private void starsHtml(StringBuilder h, StarOutcome b) {
    List<List<String>> levels = levelTable();
    for (int r = 1; r < levels.size(); r++) {
      List<String> row = new ArrayList<>(levels.get(r));
      row.set(0, row.get(0) + "★");
      levels.set(r, row);
    }
    h.append("<h3>Distribution of stars 星级分布</h3>");
    h.append(bars(id + "-levels", "Communities by star level 各星级社区数", levels, 0, 1, 0));
    h.append(bars(id + "-stars", "Communities per star 各星获评数", starTable(), 1, 2, 1));
    h.append(ScenarioReport.table(starTable()));
    h.append("<h3>Reward 奖励资金</h3>").append(ScenarioReport.table(rewardTable()));
    study.scenario().flatMap(r -> r.differences().program(StarDifferences.class)).ifPresent(d -> {
      h.append("<p>").append(d.gained()).append(" stars gained, ").append(d.lost()).append(" lost; reward due ")
          .append(d.dueBefore().format()).append(" → ").append(d.dueAfter().format()).append(", paid ")
          .append(d.paidBefore().format()).append(" → ").append(d.paidAfter().format())
          .append(d.budgetAfter().map(x -> " (budget " + x.format() + ", shortfall " + d.shortfallAfter().format() + ")")
              .orElse(""))
          .append(".</p>");
      List<List<String>> flips = starFlipTable();
      if (flips.size() > 1) {
        h.append("<p class=\"note\">Who gains or loses a star 得星与失星").append(flips.size() - 1 > MAX_ROWS
            ? " (the first " + MAX_ROWS + "; " + id + "-star-flips.csv has all " + (flips.size() - 1) + ")" : "")
            .append("</p>").append(ScenarioReport.table(flips.subList(0, Math.min(flips.size(), MAX_ROWS + 1))));
      }
    });
  }

  private void budgetHtml(StringBuilder h) {
    List<Sweep.Point> line = line();
    // the chart draws at most MAX_CHART_POINTS of the points; the crossing is found on all of them
    List<Sweep.Point> drawn = ScenarioReport.pick(line, ScenarioReport.sample(line.size(), ScenarioReport.MAX_CHART_POINTS));
    List<String> xs = new ArrayList<>();
    long[][] v = new long[2][drawn.size()];
    for (int i = 0; i < drawn.size(); i++) {
      xs.add(yuan(drawn.get(i).settings().get(0).value()));
      v[0][i] = drawn.get(i).figure("stars.due") / 100;
      v[1][i] = drawn.get(i).figure("stars.paid") / 100;
    }
    String sampled = drawn.size() < line.size() ? " The chart draws " + drawn.size() + " of the " + line.size()
        + " points, sampled evenly (first and last kept); the CSVs have every point." : "";
    String title = "Budget against reward per star 预算与每星奖励";
    String xLabel = "reward per star 每星奖励 (¥)";
    List<String> series = List.of("reward due 应发", "paid 实发");
    Map<String, Long> f0 = line.get(0).figures();
    h.append("<h3>").append(Html.esc(title)).append("</h3>");
    com.fasterxml.jackson.databind.node.ObjectNode chart = ECharts.lines(title, xLabel, xs, series, v, true, null);
    ECharts.moneyX(chart);
    long baseReward = starsBefore().orElseThrow().ratings().scheme().rewardPerStar().fen();
    if (xs.contains(yuan(baseReward))) {
      ECharts.markX(chart, yuan(baseReward), "baseline 基线 " + Money.ofFen(baseReward).format());
    }
    if (!f0.containsKey("stars.budget")) {
      h.append(ECharts.chart(id + "-budget", 360, chart));
      if (!sampled.isEmpty()) {
        h.append("<p class=\"note\">").append(sampled.strip()).append("</p>");
      }
      return;
    }
    long budget = f0.get("stars.budget");
    // where the due line crosses the budget: between the last point within it and the next
    int crossing = -1;
    String label = "";
    for (int i = 0; i + 1 < line.size(); i++) {
      long d0 = line.get(i).figure("stars.due");
      long d1 = line.get(i + 1).figure("stars.due");
      if (d0 <= budget && d1 > budget) {
        crossing = i + 1; // the first point over the budget
        long stars = line.get(i + 1).figure("stars.total");
        Money most = Money.ofFen(budget / stars); // rounded down to the fen: the most a star may pay within the budget
        label = "due = budget at " + most.format() + " a star";
        break;
      }
    }
    ECharts.markY(chart, budget / 100, "budget 预算 " + Money.ofFen(budget).format());
    if (crossing >= 0) {
      // the mark sits on the drawn point nearest the first point over the budget
      int at = (int) Math.round((double) crossing * (drawn.size() - 1) / Math.max(1, line.size() - 1));
      ECharts.markPoint(chart, xs.get(at), budget / 100, label);
    }
    h.append(ECharts.chart(id + "-budget", 380, chart));
    h.append("<p class=\"note\">").append(crossing >= 0 ? Html.esc(label) + " (rounded down to the fen); above it the "
        + "budget is short and the policy decides what is paid." : "The reward due stays on one side of the budget "
        + "over the whole sweep.").append(sampled).append(" Values in ").append(id).append("-budget.csv.</p>");
  }

  private void monteCarloHtml(StringBuilder h, String figure) {
    List<List<String>> t = monteCarloTable();
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
    h.append(ECharts.chart(id + "-montecarlo", 340, chart));
    h.append("<p class=\"note\">Baseline ").append(figure).append(" = ").append(study.baseline().figures().get(figure))
        .append("; counts by value in ").append(id).append("-montecarlo.csv.</p>");
  }

  private void typesHtml(StringBuilder h) {
    h.append("<h3>Community types 六型社区</h3>");
    h.append(bars(id + "-types", "Communities per type 各类型社区数", typeTable(), 1, 2, 0));
    h.append(ScenarioReport.table(typeTable()));
    study.scenario().flatMap(r -> r.differences().program(TypeDifferences.class)).ifPresent(d ->
        h.append("<p>").append(d.flips().stream().filter(TypeDifferences.TypeFlip::gains).count())
            .append(" types gained, ").append(d.flips().stream().filter(f -> !f.gains()).count())
            .append(" lost (").append(id).append("-type-flips.csv).</p>"));
  }
}

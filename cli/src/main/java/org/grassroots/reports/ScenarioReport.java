package org.grassroots.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.grassroots.assessment.Assessment;
import org.grassroots.input.Check;
import org.grassroots.regions.RegionSummary;
import org.grassroots.regions.UnitNames;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.GradeCounts;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Sweep;
import org.grassroots.scenarios.programs.FigureKind;

/**
 * A self-contained HTML report of scenario calculations (情景测算报告): one file with inline CSS, the
 * Apache ECharts library and every chart's data, which works offline (nothing is fetched). Charts: grades in the baseline and the scenario, a histogram of totals,
 * grade counts against the first swept parameter, and which units flip across the sweep; and for
 * each {@link ProgramStudy} added ({@link #withPrograms}), the distribution of stars (星级分布), the
 * budget against the reward per star (预算与每星奖励), the Monte Carlo distribution of the star count
 * and the community types' counts (六型社区). Every chart's numbers are also written as CSV.
 */
public final class ScenarioReport {
  /** Most units shown in the flip chart (the CSV has them all). */
  public static final int MAX_FLIP_ROWS = 60;
  /** Most regions in a table on the page (the CSV has them all). */
  public static final int MAX_REGION_ROWS = 40;
  /**
   * The most sweep points a chart draws along its axis (columns of the line charts and the flip
   * heat map): more are sampled evenly, the first and the last kept. The CSVs keep every point; a
   * million columns would only make a page no browser draws (and once ran out of memory).
   */
  public static final int MAX_CHART_POINTS = 500;

  private final String title;
  private final Baseline baseline;
  private final Optional<ScenarioResult> scenario;
  private final Optional<SweepRun> run;
  private final Optional<Sweep> sweep;
  private final List<Sweep.Point> points;
  private final List<ProgramStudy> studies;
  private final RegionSummary regions;
  private final boolean allFlips;

  private ScenarioReport(String title, Baseline baseline, Optional<ScenarioResult> scenario, Optional<SweepRun> run,
      List<ProgramStudy> studies, RegionSummary regions, boolean allFlips) {
    this.allFlips = allFlips;
    this.title = title;
    this.baseline = baseline;
    this.scenario = scenario;
    this.run = run;
    this.sweep = run.map(SweepRun::sweep);
    this.points = run.map(SweepRun::points).orElse(List.of());
    this.studies = studies;
    this.regions = regions;
  }

  /**
   * This report with {@code regions}' names beside the units' ids and its tables by region (the
   * default: no names, the first level above the assessed units with more than one unit).
   */
  public ScenarioReport withRegions(RegionSummary regions) {
    Check.notNull("report.regions", regions);
    Check.that(regions.names().tree() == baseline.assessment().tree(), "report.otherTree", "report.regions",
        regions.names());
    return new ScenarioReport(title, baseline, scenario, run, studies, regions, allFlips);
  }

  /** The baseline reported. */
  public Baseline baseline() {
    return baseline;
  }

  UnitNames names() {
    return regions == null ? UnitNames.none(baseline.assessment().tree()) : regions.names();
  }

  /**
   * This report with a section for {@code study}'s programs (stars, 六型社区): charts of the
   * distribution of stars, the budget against the reward per star, the Monte Carlo distribution and
   * the types' counts, each with CSVs named {@code ID-….csv}.
   */
  public ScenarioReport withPrograms(ProgramStudy study) {
    Check.notNull("report.study", study);
    Check.that(studies.stream().noneMatch(s -> s.id().equals(study.id())), "report.duplicateStudy", "study.id",
        study.id());
    List<ProgramStudy> more = new ArrayList<>(studies);
    more.add(study);
    return new ScenarioReport(title, baseline, scenario, run, List.copyOf(more), regions, allFlips);
  }

  /** The program studies, in the order added. */
  public List<ProgramStudy> studies() {
    return studies;
  }

  /** A report of {@code baseline}, optionally with a scenario and a sweep run ({@link SweepRun#run}) on it. */
  public static ScenarioReport of(String title, Baseline baseline, ScenarioResult scenario, SweepRun sweep) {
    Check.notBlank("report.title", title);
    Check.notNull("report.baseline", baseline);
    int[] subjects = baseline.assessment().subjects();
    UnitNames none = UnitNames.none(baseline.assessment().tree());
    return new ScenarioReport(title, baseline, Optional.ofNullable(scenario), Optional.ofNullable(sweep), List.of(),
        subjects.length == 0 ? null : RegionSummary.auto(none, subjects), false);
  }

  /**
   * This report with every flipping unit of its sweep in {@code unit-flips.csv} (each unit's grade
   * along the first axis as runs) and of its scenario in {@code scenario-unit-flips.csv}, written row
   * by row; by default the flips are only counted, by region and grade change ({@code flips.csv},
   * {@code scenario-flips.csv}) and by region ({@code region-flips.csv}, {@code regions.csv}).
   */
  public ScenarioReport withAllFlips() {
    return new ScenarioReport(title, baseline, scenario, run, studies, regions, true);
  }

  List<Grade> grades() {
    return baseline.setup().ruleset().grades();
  }

  List<String> gradeNames() {
    List<String> n = new ArrayList<>();
    grades().forEach(g -> n.add(g.name()));
    return n;
  }

  // ------------------------------------------------------------------ tables (shared by HTML and CSV)

  List<List<String>> gradeTable() {
    GradeCounts before = GradeCounts.of(baseline.assessment());
    Optional<GradeCounts> after = scenario.map(s -> s.differences().after());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("grade", "name", "baseline", "scenario"));
    for (int g = 0; g < grades().size(); g++) {
      int k = g;
      rows.add(List.of(grades().get(g).id().value(), grades().get(g).name(), String.valueOf(before.counts().get(g)),
          after.map(a -> String.valueOf(a.counts().get(k))).orElse("")));
    }
    rows.add(List.of("", "(none)", String.valueOf(before.ungraded()),
        after.map(a -> String.valueOf(a.ungraded())).orElse("")));
    return rows;
  }

  private static final int BINS = 10;

  /** Histogram of totals in 10 bins of equal width from 0 to the largest total. */
  List<List<String>> histogramTable() {
    Assessment a = baseline.assessment();
    Optional<Assessment> b = scenario.map(ScenarioResult::assessment);
    long max = 1;
    for (int p : a.subjects()) {
      max = Math.max(max, a.total(p));
      if (b.isPresent()) {
        max = Math.max(max, b.get().total(p));
      }
    }
    // bins of whole points so that the labels read as published scores
    long width = (max / BINS / Fixed.ONE + 1) * Fixed.ONE;
    long[][] counts = new long[2][BINS];
    for (int p : a.subjects()) {
      counts[0][(int) Math.min(BINS - 1, Math.max(0, a.total(p)) / width)]++; // the last bin takes the top
      if (b.isPresent()) {
        counts[1][(int) Math.min(BINS - 1, Math.max(0, b.get().total(p)) / width)]++;
      }
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("from", "to", "baseline", "scenario"));
    for (int i = 0; i < BINS; i++) {
      rows.add(List.of(Fixed.format(i * width), Fixed.format((i + 1) * width),
          String.valueOf(counts[0][i]), b.isPresent() ? String.valueOf(counts[1][i]) : ""));
    }
    return rows;
  }

  /** Every unit's total and grade, baseline and scenario, each row given to {@code rows} as it is produced. */
  private void unitTable(Consumer<List<String>> rows) {
    Assessment a = baseline.assessment();
    boolean named = names().any();
    rows.accept(named ? List.of("unit", "name", "baselineTotal", "baselineGrade", "scenarioTotal", "scenarioGrade")
        : List.of("unit", "baselineTotal", "baselineGrade", "scenarioTotal", "scenarioGrade"));
    for (int p : a.subjects()) {
      var id = a.tree().id(p);
      rows.accept(withName(named, names().nameOrEmpty(p), id.value(), Fixed.format(a.total(p)), a.grade(id).map(Grade::id).map(Object::toString).orElse(""),
          scenario.map(s -> Fixed.format(s.assessment().total(p))).orElse(""),
          scenario.map(s -> s.assessment().grade(id).map(Grade::id).map(Object::toString).orElse("")).orElse("")));
    }
  }

  /** {@code id, name, rest…} when {@code named}, else {@code id, rest…}. */
  static List<String> withName(boolean named, String name, String id, String... rest) {
    List<String> r = new ArrayList<>(rest.length + 2);
    r.add(id);
    if (named) {
      r.add(name);
    }
    r.addAll(List.of(rest));
    return r;
  }

  private List<List<String>> sweepTable() {
    return sweep.isEmpty() ? List.of() : sweepTable(sweep.get(), points, baseline);
  }

  /**
   * One row per sweep point (its values, the counts per grade, the sum of totals, flips and the
   * programs' figures), with a header; every value as its kind says (money in yuan with fen, as the
   * figures of {@code baseline}, whose setup the sweep varies, are), plain without thousands separators.
   */
  public static List<List<String>> sweepTable(Sweep sweep, List<Sweep.Point> points, Baseline baseline) {
    Check.notNull("sweep", sweep);
    Check.notNull("points", points);
    Check.notNull("baseline", baseline);
    Map<String, FigureKind> kinds = new HashMap<>();
    baseline.figureList().forEach(f -> kinds.put(f.name(), f.kind()));
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("point"));
    sweep.axes().forEach(x -> head.add(x.parameter().path()));
    if (!points.isEmpty()) {
      points.get(0).counts().grades().forEach(g -> head.add("count:" + g.id().value()));
    }
    head.add("count:none");
    head.add("totalSum");
    head.add("flips");
    // the programs' figures, when the setup has programs
    List<String> figures = points.isEmpty() ? List.of() : List.copyOf(points.get(0).figures().keySet());
    head.addAll(figures);
    rows.add(head);
    for (Sweep.Point p : points) {
      List<String> r = new ArrayList<>(List.of(String.valueOf(p.index())));
      p.settings().forEach(x -> r.add(x.parameter().format(x.value())));
      p.counts().counts().forEach(c -> r.add(String.valueOf(c)));
      r.add(String.valueOf(p.counts().ungraded()));
      r.add(Fixed.format(p.totalSum()));
      r.add(String.valueOf(p.flips()));
      figures.forEach(f -> r.add(kinds.getOrDefault(f, FigureKind.COUNT).format(p.figure(f))));
      rows.add(r);
    }
    return rows;
  }

  /**
   * The indices of at most {@code max} of {@code n} points, evenly spaced, the first and the last
   * kept (all of them when {@code n <= max}).
   */
  static int[] sample(int n, int max) {
    if (n <= max) {
      return java.util.stream.IntStream.range(0, n).toArray();
    }
    int[] out = new int[max];
    for (int j = 0; j < max; j++) {
      out[j] = (int) ((long) j * (n - 1) / (max - 1)); // exact integer spacing: 0 … n-1
    }
    return out;
  }

  /** The points of {@code line} at {@code indices}. */
  static List<Sweep.Point> pick(List<Sweep.Point> line, int[] indices) {
    List<Sweep.Point> out = new ArrayList<>(indices.length);
    for (int i : indices) {
      out.add(line.get(i));
    }
    return out;
  }

  /** The point's value of the first axis in the parameter's own unit (e.g. yuan for money, not fixed point). */
  static String axisValue(Sweep.Point p) {
    Setting s = p.settings().get(0);
    return s.parameter().format(s.value());
  }

  /** The header, the first {@code max} rows and the last (total) row of {@code table}. */
  static List<List<String>> head(List<List<String>> table, int max) {
    if (table.size() <= max + 2) {
      return table;
    }
    List<List<String>> out = new ArrayList<>(table.subList(0, max + 1));
    out.add(table.get(table.size() - 1));
    return out;
  }

  // ------------------------------------------------------------------ output

  /** The CSV files of the report, by file name. */
  public Map<String, String> csv() {
    Map<String, String> out = new LinkedHashMap<>();
    tables().forEach((name, table) -> {
      List<List<String>> rows = new ArrayList<>();
      table.each(rows::add);
      out.put(name, Csv.of(rows));
    });
    studies.forEach(s -> out.putAll(new ProgramCharts(s).csv()));
    return out;
  }

  /** A table given row by row, the header first, each row to {@code out} as it is produced. */
  @FunctionalInterface
  interface Rows {
    void each(Consumer<List<String>> out);

    /** The rows of a table built whole when asked for. */
    static Rows built(Supplier<List<List<String>>> table) {
      return out -> table.get().forEach(out);
    }
  }

  /**
   * The report's own tables by file name, each built only when asked for: the writer builds, writes
   * and drops one at a time, so that a country's units.csv and flips are never in memory together;
   * every flipping unit ({@link #withAllFlips}) is written row by row as produced, never held.
   */
  Map<String, Rows> tables() {
    Map<String, Rows> out = new LinkedHashMap<>();
    out.put("grades.csv", Rows.built(this::gradeTable));
    out.put("histogram.csv", Rows.built(this::histogramTable));
    out.put("units.csv", this::unitTable); // one row per unit: written as produced, never held
    if (regions != null) {
      out.put("regions.csv", Rows.built(() -> regions.table(baseline, scenario.orElse(null))));
    }
    if (scenario.isPresent()) {
      out.put("scenario-flips.csv", Rows.built(() -> new FlipTables(this).scenarioByGradeChange()));
      if (allFlips) {
        out.put("scenario-unit-flips.csv", new FlipTables(this)::scenarioUnits);
      }
    }
    if (sweep.isPresent()) {
      out.put("sweep.csv", Rows.built(this::sweepTable));
      out.put("flips.csv", Rows.built(() -> new FlipTables(this).byGradeChange()));
      if (regions != null) {
        out.put("region-flips.csv", Rows.built(() -> new FlipTables(this).byRegion()));
      }
      if (allFlips) {
        out.put("unit-flips.csv", new FlipTables(this)::units);
      }
    }
    return out;
  }

  /** The names of the CSV files, in the order written; {@code programs} the programs' files. */
  List<String> csvNames(Map<String, String> programs) {
    List<String> out = new ArrayList<>(tables().keySet());
    out.addAll(programs.keySet());
    return out;
  }

  /** The HTML page: one self-contained file with ECharts and every chart's data inlined, no network. */
  public String html() {
    return html(programCsv());
  }

  String html(Map<String, String> programs) {
    return new ReportPage(this).html(csvNames(programs));
  }

  /** The programs' CSV files, by file name. */
  Map<String, String> programCsv() {
    Map<String, String> out = new LinkedHashMap<>();
    studies.forEach(s -> out.putAll(new ProgramCharts(s).csv()));
    return out;
  }

  String title() {
    return title;
  }

  Optional<ScenarioResult> scenario() {
    return scenario;
  }

  Optional<Sweep> sweep() {
    return sweep;
  }

  List<Sweep.Point> points() {
    return points;
  }

  boolean allFlips() {
    return allFlips;
  }

  Optional<SweepRun> run() {
    return run;
  }

  RegionSummary regions() {
    return regions;
  }

  /** A table on the page with no money in it. */
  static String table(List<List<String>> rows) {
    return table(rows, Html.MoneyCells.NONE);
  }

  /** A table on the page: the cells {@code money} says are money as ¥20,000.00, the others as they are. */
  static String table(List<List<String>> rows, Html.MoneyCells money) {
    StringBuilder t = new StringBuilder("<div class=\"wide\"><table>");
    for (int r = 0; r < rows.size(); r++) {
      t.append("<tr>");
      for (int c = 0; c < rows.get(r).size(); c++) {
        String cell = rows.get(r).get(c);
        boolean yuan = r > 0 && money.money(r, c);
        t.append(r == 0 ? "<th>" : "<td>").append(Html.esc(yuan ? Html.yuan(cell) : cell)).append(r == 0 ? "</th>" : "</td>");
      }
      t.append("</tr>");
    }
    return t.append("</table></div>").toString();
  }

  /** Writes {@code report.html} and the CSV files into {@code dir} (created if missing); returns the files. */
  public List<Path> writeTo(Path dir) {
    return writeTo(dir, false);
  }

  /**
   * As {@link #writeTo(Path)}, each CSV beginning with a UTF-8 byte-order mark when {@code bom}
   * (so that Excel on Chinese Windows reads it as UTF-8).
   */
  public List<Path> writeTo(Path dir, boolean bom) {
    return ReportFiles.write(this, dir, bom);
  }
}

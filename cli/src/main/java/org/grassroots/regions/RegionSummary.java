package org.grassroots.regions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.grassroots.assessment.Assessment;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Grade;
import org.grassroots.rules.RuleId;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.scenarios.programs.FigureKind;
import org.grassroots.scenarios.programs.ProgramDifferences;
import org.grassroots.scenarios.programs.ProgramOutcome;

/**
 * Figures summed by region (分地区汇总): for each unit of a region kind (a province, city, county or
 * street) that has assessed units under it, how many units it has, how many of them hold each grade,
 * and every program's figures that add up over units ({@link ProgramOutcome#unitFigures()}: e.g.
 * the stars earned in total and per star, the reward paid in yuan, the units of each community
 * type); with a scenario the same figures after it, how many units gain or lose a grade and how
 * many designations each program's units gain or lose. A last row sums the whole tree. Units under no region of the kind are
 * summed in a row of their own.
 */
public final class RegionSummary {
  /** The region column's value of the units under no region of the kind. */
  public static final String OUTSIDE = "(outside 不属任何地区)";
  /** The region column's value of the whole tree's row. */
  public static final String ALL = "(all 合计)";

  private final UnitNames names;
  private final OrgKind kind;
  private final int[] regionOf;

  private RegionSummary(UnitNames names, OrgKind kind, int[] regionOf) {
    this.names = names;
    this.kind = kind;
    this.regionOf = regionOf;
  }

  /**
   * The regions of kind {@code kind} of {@code names}' tree.
   *
   * @throws InvalidInputException when no unit of {@code subjects} lies under a unit of that kind
   *     (naming the kinds that do lie above them)
   */
  public static RegionSummary of(UnitNames names, OrgKind kind, int[] subjects) {
    Check.notNull("names", names);
    Check.notNull("kind", kind);
    TreeSnapshot t = names.tree();
    int[] regionOf = new int[t.size()];
    // pre-order: a unit's parent comes before it, so one pass finds each unit's region
    for (int i = 0; i < t.size(); i++) {
      regionOf[i] = t.kind(i).equals(kind) ? i : t.parent(i) < 0 ? -1 : regionOf[t.parent(i)];
    }
    boolean any = false;
    Set<String> above = new LinkedHashSet<>();
    for (int p : subjects) {
      any |= regionOf[p] >= 0;
      for (int q = t.parent(p); q >= 0 && above.size() < 12; q = t.parent(q)) {
        above.add(t.kind(q).code());
      }
    }
    if (!any) {
      throw new InvalidInputException("regions.noRegion", "--by", kind.code(), String.join(", ", above));
    }
    return new RegionSummary(names, kind, regionOf);
  }

  /**
   * The regions of the first level above the assessed units that has more than one unit (the
   * provinces of a country, the streets of one district); the assessed units' own kind when no
   * level above them is split.
   */
  public static RegionSummary auto(UnitNames names, int[] subjects) {
    TreeSnapshot t = names.tree();
    List<OrgKind> path = new ArrayList<>();
    if (subjects.length > 0) {
      for (int q = t.parent(subjects[0]); q >= 0; q = t.parent(q)) {
        path.add(0, t.kind(q));
      }
    }
    for (OrgKind k : path) {
      if (t.positionsOf(k).length > 1) {
        return of(names, k, subjects);
      }
    }
    return of(names, subjects.length > 0 ? t.kind(subjects[0]) : path.isEmpty() ? OrgKind.COMMUNITY : path.get(0),
        subjects);
  }

  /** The kind of the regions. */
  public OrgKind kind() {
    return kind;
  }

  /** The names of the tree. */
  public UnitNames names() {
    return names;
  }

  /** The position of the region of the unit at {@code position}, or -1 when it lies under none. */
  public int regionOf(int position) {
    return regionOf[position];
  }

  /** The regions with at least one of {@code subjects} under them, in tree order; -1 last when some lie under none. */
  public int[] regions(int[] subjects) {
    boolean[] has = new boolean[names.tree().size()];
    boolean outside = false;
    for (int p : subjects) {
      if (regionOf[p] < 0) {
        outside = true;
      } else {
        has[regionOf[p]] = true;
      }
    }
    int n = outside ? 1 : 0;
    for (boolean h : has) {
      n += h ? 1 : 0;
    }
    int[] out = new int[n];
    int j = 0;
    for (int i = 0; i < has.length; i++) {
      if (has[i]) {
        out[j++] = i;
      }
    }
    if (outside) {
      out[j] = -1;
    }
    return out;
  }

  /** The region's id cell: its id, or {@link #OUTSIDE}. */
  public String regionId(int region) {
    return region < 0 ? OUTSIDE : names.tree().id(region).value();
  }

  /** The region's name cell: its name, or "". */
  public String regionName(int region) {
    return region < 0 ? "" : names.nameOrEmpty(region);
  }

  /**
   * The table of {@code baseline} (and {@code scenario}, or null) by region: a header, one row per
   * region, and the total row.
   */
  public List<List<String>> table(Baseline baseline, ScenarioResult scenario) {
    Check.notNull("baseline", baseline);
    Assessment a = baseline.assessment();
    int[] subjects = a.subjects();
    Columns before = new Columns(a, baseline.outcomes());
    Optional<Columns> after = Optional.ofNullable(scenario).map(r -> new Columns(r.assessment(), r.outcomes()));
    List<ProgramDifferences> programs = scenario == null ? List.of() : scenario.differences().programs();
    int[] regions = regions(subjects);
    int[] row = new int[names.tree().size() + 1]; // region position → row; the last slot for "outside"
    for (int r = 0; r < regions.length; r++) {
      row[regions[r] < 0 ? row.length - 1 : regions[r]] = r;
    }
    int width = before.names.size();
    int changes = after.isPresent() ? 2 + 2 * programs.size() : 0;
    int figureColumns = width * (after.isPresent() ? 2 : 1);
    long[][] sums = new long[regions.length + 1][1 + figureColumns + changes];
    long[] unitBefore = new long[width];
    long[] unitAfter = new long[width];
    // each program's gains and losses per unit position, from its flips
    long[][] flips = new long[2 * programs.size()][names.tree().size()];
    for (int k = 0; k < programs.size(); k++) {
      for (ProgramDifferences.Flip f : programs.get(k).flips()) {
        flips[2 * k + (f.gains() ? 0 : 1)][names.tree().require(f.unit())]++;
      }
    }
    for (int p : subjects) {
      int r = row[regionOf[p] < 0 ? row.length - 1 : regionOf[p]];
      before.unit(p, unitBefore);
      for (long[] s : new long[][] {sums[r], sums[regions.length]}) {
        s[0]++;
        add(s, 1, unitBefore);
      }
      if (after.isPresent()) {
        after.get().unit(p, unitAfter);
        long[] change = before.changes(unitBefore, unitAfter, flips, p);
        for (long[] s : new long[][] {sums[r], sums[regions.length]}) {
          add(s, 1 + width, unitAfter);
          add(s, 1 + 2 * width, change);
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of(kind.code(), "name", "units"));
    head.addAll(before.names);
    if (after.isPresent()) {
      before.names.forEach(n -> head.add("scenario:" + n));
      head.addAll(List.of("grade.gains", "grade.losses"));
      programs.forEach(d -> head.addAll(List.of(d.program() + ".gained", d.program() + ".lost")));
    }
    rows.add(head);
    for (int r = 0; r <= regions.length; r++) {
      List<String> cells = new ArrayList<>();
      cells.add(r == regions.length ? ALL : regionId(regions[r]));
      cells.add(r == regions.length ? "" : regionName(regions[r]));
      cells.add(String.valueOf(sums[r][0]));
      for (int c = 1; c < sums[r].length; c++) {
        Figure f = before.figure(c, figureColumns);
        cells.add(f == null ? String.valueOf(sums[r][c]) : f.kind().format(sums[r][c]));
      }
      rows.add(cells);
    }
    return rows;
  }

  /**
   * The columns of {@link #table table(baseline, scenario)} that hold money in yuan (0 the region's
   * id): those of the programs' figures whose kind is {@link FigureKind#MONEY}, baseline and scenario.
   */
  public Set<Integer> moneyColumns(Baseline baseline, ScenarioResult scenario) {
    Check.notNull("baseline", baseline);
    Columns before = new Columns(baseline.assessment(), baseline.outcomes());
    int figureColumns = before.names.size() * (scenario == null ? 1 : 2);
    Set<Integer> out = new TreeSet<>();
    for (int c = 1; c <= figureColumns; c++) {
      Figure f = before.figure(c, figureColumns);
      if (f != null && f.kind() == FigureKind.MONEY) {
        out.add(2 + c); // after the region's id, its name and its count of units
      }
    }
    return out;
  }

  /**
   * Who flips across a sweep, by region (等次变化的单位，分地区): per region its assessed units, how
   * many of them hold another grade than in the baseline at some point, how many reach a better
   * grade at some point and how many a worse one (a unit may do both), with the total row.
   *
   * @param better whether the assessed unit {@code k} (subject order) reaches a better grade at some point
   * @param worse whether it falls to a worse one at some point
   */
  public List<List<String>> sweepFlips(Baseline baseline, java.util.function.IntPredicate better,
      java.util.function.IntPredicate worse) {
    int[] subjects = baseline.assessment().subjects();
    int[] regions = regions(subjects);
    int[] row = new int[names.tree().size() + 1];
    for (int r = 0; r < regions.length; r++) {
      row[regions[r] < 0 ? row.length - 1 : regions[r]] = r;
    }
    long[][] sums = new long[regions.length + 1][4];
    for (int k = 0; k < subjects.length; k++) {
      int r = row[regionOf[subjects[k]] < 0 ? row.length - 1 : regionOf[subjects[k]]];
      boolean up = better.test(k);
      boolean down = worse.test(k);
      for (long[] s : new long[][] {sums[r], sums[regions.length]}) {
        s[0]++;
        s[1] += up || down ? 1 : 0;
        s[2] += up ? 1 : 0;
        s[3] += down ? 1 : 0;
      }
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(kind.code(), "name", "units", "flipping", "better", "worse"));
    for (int r = 0; r <= regions.length; r++) {
      rows.add(List.of(r == regions.length ? ALL : regionId(regions[r]), r == regions.length ? "" : regionName(regions[r]),
          String.valueOf(sums[r][0]), String.valueOf(sums[r][1]), String.valueOf(sums[r][2]),
          String.valueOf(sums[r][3])));
    }
    return rows;
  }

  private static void add(long[] sum, int from, long[] values) {
    for (int i = 0; i < values.length; i++) {
      sum[from + i] += values[i];
    }
  }

  /** The per-unit figures of one assessment and its programs, and their column names. */
  private static final class Columns {
    final Assessment assessment;
    final List<ProgramOutcome> outcomes;
    final List<String> names = new ArrayList<>();
    /** The program figure of each column, null for a grade column (a count). */
    final List<Figure> figures = new ArrayList<>();
    final int grades;
    final int[] from;

    Columns(Assessment assessment, List<ProgramOutcome> outcomes) {
      this.assessment = assessment;
      this.outcomes = outcomes;
      List<Grade> gs = assessment.rules().ruleset().grades();
      gs.forEach(g -> names.add("grade[" + g.id().value() + "]"));
      names.add("grade[none]");
      grades = gs.size();
      gs.forEach(g -> figures.add(null));
      figures.add(null);
      from = new int[outcomes.size()];
      for (int k = 0; k < outcomes.size(); k++) {
        from[k] = names.size();
        for (Figure f : outcomes.get(k).unitFigures()) {
          names.add(f.name());
          figures.add(f);
        }
      }
    }

    /**
     * The program figure of the sum column {@code c} (1 the first figure column, baseline then
     * scenario), null for a grade column or one after the {@code figureColumns}.
     */
    Figure figure(int c, int figureColumns) {
      return c <= figureColumns ? figures.get((c - 1) % names.size()) : null;
    }

    /** The figures of the unit at {@code p} into {@code out} (1 for its grade, then each program's share). */
    void unit(int p, long[] out) {
      java.util.Arrays.fill(out, 0);
      int g = assessment.gradeIndex(p);
      out[g < 0 ? grades : g] = 1;
      for (int k = 0; k < outcomes.size(); k++) {
        outcomes.get(k).unitValues(p, out, from[k]);
      }
    }

    /**
     * How the unit at {@code p} changed from {@code b} to {@code a}: grade gains, grade losses, then
     * each program's designations gained and lost ({@code flips} by program and position).
     */
    long[] changes(long[] b, long[] a, long[][] flips, int p) {
      long[] c = new long[2 + flips.length];
      int gb = indexOfOne(b, 0, grades + 1);
      int ga = indexOfOne(a, 0, grades + 1);
      // grades are listed best first (as Differences ranks them); "none" is last
      if (ga < gb) {
        c[0] = 1;
      } else if (ga > gb) {
        c[1] = 1;
      }
      for (int k = 0; k < flips.length; k++) {
        c[2 + k] = flips[k][p];
      }
      return c;
    }

    private static int indexOfOne(long[] v, int from, int to) {
      for (int i = from; i < to; i++) {
        if (v[i] == 1) {
          return i;
        }
      }
      return to;
    }
  }
}

package org.grassroots.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.regions.UnitNames;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Baseline;

/**
 * Measurements one row per unit (宽表：每个单位一行、每项指标一列), as researchers and district offices
 * keep them in Excel: a column {@code unit}, optionally {@code name} (ignored on reading: the tree
 * names the units) and {@code period}, and one column per input of the ruleset, headed by the
 * input's id ({@code i0}) or its readable label ({@code 组织建设1}; a label two inputs share can only be
 * given by id). An empty cell is a missing value. Values are exact decimals with at most {@value
 * Fixed#SCALE} places, as in the long file; the same refusals apply, naming file, line, column and
 * value. An input measured per month or quarter (分期数据) is given in rows of their own, one per
 * unit and month or quarter, the {@code period} column naming it ({@code 2024-03}, {@code 2024-Q1}),
 * its other cells empty ({@link RowPeriods}). Read from CSV ({@link #readCsv}) or from the first sheet of an .xlsx ({@link Xlsx}).
 */
final class WideMeasurements {
  private final Ruleset ruleset;
  private final List<IndicatorId> inputs;
  private final List<String> labels;
  /** unit, name, period, the inputs' ids, the inputs' labels (null where shared) */
  private final List<String> columns = new ArrayList<>();

  private WideMeasurements(Ruleset ruleset) {
    this.ruleset = ruleset;
    this.inputs = MeasurementsCsv.inputsOf(ruleset);
    Map<IndicatorId, String> names = new HashMap<>();
    ruleset.indicators().forEach(top -> top.forEach(n -> names.put(n.id(), n.name())));
    ruleset.inputs().forEach(in -> names.put(in.id(), in.name()));
    Map<String, Integer> uses = new HashMap<>();
    inputs.forEach(id -> uses.merge(names.getOrDefault(id, id.value()), 1, Integer::sum));
    this.labels = new ArrayList<>();
    for (IndicatorId id : inputs) {
      String label = names.getOrDefault(id, id.value());
      // a label that is also some input's id, or shared by two inputs, cannot name a column
      boolean usable = uses.get(label) == 1 && inputs.stream().noneMatch(x -> x.value().equals(label));
      labels.add(usable ? label : null);
    }
    columns.addAll(List.of("unit", "name", "period"));
    inputs.forEach(id -> columns.add(id.value()));
    for (int s = 0; s < inputs.size(); s++) {
      columns.add(labels.get(s) == null ? "(" + inputs.get(s).value() + ")" : labels.get(s));
    }
  }

  /** The shape for {@code ruleset}'s inputs. */
  static WideMeasurements of(Ruleset ruleset) {
    return new WideMeasurements(ruleset);
  }

  /** The columns a header may name, in the order of the values handed to {@link Reading#row}: unit first, the rest optional. */
  List<String> columns() {
    return columns;
  }

  /** The inputs, in column order. */
  List<IndicatorId> inputs() {
    return inputs;
  }

  /** The readable label of each input (null where it cannot name a column). */
  List<String> labels() {
    return labels;
  }

  /** Reads a wide CSV file. */
  InputColumns readCsv(Path file, Charset charset, TreeSnapshot tree, Period period, RunControl control)
      throws IOException {
    Reading r = new Reading(file.toString(), tree, period);
    long rows = CsvRows.read(file, charset, columns, columns.size() - 1, control, "measurements (MB)", r::row);
    return r.finish(rows);
  }

  /** Reads the first sheet of an .xlsx workbook. */
  InputColumns readXlsx(Path file, TreeSnapshot tree, Period period, RunControl control) throws IOException {
    Reading r = new Reading(file.toString(), tree, period);
    long rows = Xlsx.read(file, columns, 1, control, r::row);
    return r.finish(rows);
  }

  /** The rows of a wide file of {@code columns}' values: a header and one row per unit of the subject kind. */
  List<List<String>> rows(InputColumns values, UnitNames names) {
    TreeSnapshot tree = values.tree();
    List<List<String>> out = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("unit", "name", "period"));
    inputs.forEach(id -> head.add(id.value()));
    out.add(head);
    long[][] col = new long[inputs.size()][];
    for (int s = 0; s < inputs.size(); s++) {
      col[s] = values.column(inputs.get(s)).orElse(null);
    }
    RowPeriods periods = new RowPeriods(ruleset, values.period());
    // the sub-periods some input is measured per (none, or a month's or quarter's of the period)
    java.util.TreeSet<Period> parts = new java.util.TreeSet<>();
    inputs.forEach(id -> parts.addAll(periods.isPeriodic(id) ? periods.partsOf(id) : List.of()));
    for (int pos : tree.positionsOf(ruleset.subjectKind())) {
      out.add(row(values, names, periods, col, pos, values.period()));
      for (Period part : parts) {
        out.add(row(values, names, periods, col, pos, part));
      }
    }
    return out;
  }

  /**
   * The row of the unit at {@code pos} for {@code part}: the period's values of the inputs measured
   * once, or a month's or quarter's of the inputs measured per month or quarter (others empty).
   */
  private List<String> row(InputColumns values, UnitNames names, RowPeriods periods, long[][] col, int pos,
      Period part) {
    boolean whole = part.equals(values.period());
    List<String> r = new ArrayList<>(3 + inputs.size());
    r.add(values.tree().id(pos).value());
    r.add(names.nameOrEmpty(pos));
    r.add(part.toString());
    for (int s = 0; s < inputs.size(); s++) {
      IndicatorId id = inputs.get(s);
      boolean filled = whole ? !periods.isPeriodic(id) : periods.partsOf(id).contains(part);
      if (!filled) {
        r.add("");
      } else {
        long[] c = whole ? col[s] : values.column(id, part).orElse(null);
        r.add(Fixed.format(c == null ? 0 : c[pos]));
      }
    }
    return r;
  }

  /**
   * unit, name, total, grade and each input for every assessed unit, one row per unit: the workbook
   * written back with the results. An input measured once has its column ({@code records}); one
   * measured per month or quarter a column per month or quarter of the period, in order
   * ({@code committee-meetings_2024-01} … {@code committee-meetings_2024-12}).
   */
  static List<List<String>> results(Baseline b, UnitNames names) {
    Assessment a = b.assessment();
    WideMeasurements shape = WideMeasurements.of(b.setup().ruleset());
    Period period = b.inputs().period();
    RowPeriods periods = new RowPeriods(b.setup().ruleset(), period);
    List<String> head = new ArrayList<>(List.of("unit", "name", "total", "grade"));
    List<Period> columnPeriod = new ArrayList<>(); // per input column: the row it comes from, and the input
    List<Integer> columnInput = new ArrayList<>();
    for (int s = 0; s < shape.inputs.size(); s++) {
      IndicatorId id = shape.inputs.get(s);
      for (Period part : periods.isPeriodic(id) ? periods.partsOf(id) : List.of(period)) {
        head.add(part.equals(period) ? id.value() : id.value() + "_" + part);
        columnPeriod.add(part);
        columnInput.add(s);
      }
    }
    // the rows of the wide file: each unit's whole period's row, then one per month or quarter
    Map<String, List<String>> byUnitAndPeriod = new HashMap<>();
    List<List<String>> values = shape.rows(b.inputs(), names);
    values.subList(1, values.size()).forEach(v -> byUnitAndPeriod.put(v.get(0) + " " + v.get(2), v));
    List<List<String>> rows = new ArrayList<>();
    rows.add(head);
    for (int p : a.subjects()) {
      int g = a.gradeIndex(p);
      String id = a.tree().id(p).value();
      List<String> r = new ArrayList<>(List.of(id, names.nameOrEmpty(p), Fixed.format(a.total(p)),
          g < 0 ? "" : b.setup().ruleset().grades().get(g).id().value()));
      for (int k = 0; k < columnPeriod.size(); k++) {
        r.add(byUnitAndPeriod.get(id + " " + columnPeriod.get(k)).get(3 + columnInput.get(k)));
      }
      rows.add(r);
    }
    return rows;
  }

  /** One file being read: its rows are checked and set into the columns. */
  private final class Reading {
    private final String file;
    private final TreeSnapshot tree;
    private final Period period;
    private final OrgKind subject = ruleset.subjectKind();
    private final Map<String, Integer> positionOf;
    // per period of the rows (the period assessed, its months or quarters): the line of each unit's row
    private final Map<Period, Map<Integer, Long>> lineOf = new HashMap<>();
    private final RowPeriods periods;
    private final InputColumns.Builder builder;
    private boolean checkedHeader;
    private long used;

    Reading(String file, TreeSnapshot tree, Period period) {
      this.file = file;
      this.tree = tree;
      this.period = period;
      this.positionOf = new HashMap<>(tree.size() * 2);
      for (int i = 0; i < tree.size(); i++) {
        positionOf.put(tree.id(i).value(), i);
      }
      this.builder = InputColumns.builder(tree, period);
      this.periods = new RowPeriods(ruleset, period);
    }

    void row(long line, String[] v) {
      int n = inputs.size();
      if (!checkedHeader) {
        boolean any = false;
        for (int s = 0; s < n; s++) {
          if (v[3 + s] != null && v[3 + n + s] != null) {
            throw new CsvInputException("cli.inputTwice", file, 1, "header", inputs.get(s).value(), labels.get(s));
          }
          any |= v[3 + s] != null || v[3 + n + s] != null;
        }
        if (!any) {
          throw new CsvInputException("cli.noInputColumn", file, 1, "header", "unit", String.join(", ", columns.subList(3,
              Math.min(columns.size(), 3 + Math.min(n, 12)))));
        }
        checkedHeader = true;
      }
      java.util.Optional<Period> rowPeriod = periods.of(file, line, v[2]);
      if (rowPeriod.isEmpty()) {
        return; // a row of another period
      }
      Integer pos = positionOf.get(v[0]);
      if (pos == null) {
        throw new CsvInputException("cli.unknownUnit", file, line, "unit", v[0]);
      }
      if (!tree.kind(pos).equals(subject)) {
        throw new CsvInputException("cli.notSubject", file, line, "unit", v[0], tree.kind(pos).code(), subject.code());
      }
      Long before = lineOf.computeIfAbsent(rowPeriod.get(), k -> new HashMap<>()).putIfAbsent(pos, line);
      if (before != null) {
        throw new CsvInputException("cli.duplicateUnit", file, line, "unit", v[0], Long.toString(before));
      }
      for (int s = 0; s < n; s++) {
        boolean byId = v[3 + s] != null;
        String text = byId ? v[3 + s] : v[3 + n + s];
        if (text == null || text.isEmpty()) {
          continue;
        }
        String column = byId ? inputs.get(s).value() : labels.get(s);
        periods.set(builder, inputs.get(s), rowPeriod.get(), pos, MeasurementsCsv.value(file, line, column, text), file,
            line, column, text);
      }
      used++;
    }

    InputColumns finish(long rows) {
      if (rows == 0) {
        throw new CsvInputException("cli.headerOnly", file, 1, "file", "");
      }
      if (used == 0) {
        throw new CsvInputException("cli.noRowsForPeriod", file, 0, "period", period.toString(), "");
      }
      return builder.build();
    }
  }
}

package org.grassroots.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.reports.Csv;
import org.grassroots.rules.Decimals;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;

/**
 * Measurements as CSV (考核数据文件): a header {@code unit,indicator,value[,period]} (columns in any
 * order) and one row per value. {@code value} is an exact decimal with at most {@value Fixed#SCALE}
 * decimal places (trailing zeros do not count); a value with more is <b>refused, not rounded</b>,
 * because rounding an input could move a unit across a boundary. With a {@code period} column only
 * the rows of the period assessed, and of its months or quarters, are used (the others are checked
 * only for their period); without one every row belongs to it. An input measured per month or
 * quarter (分期数据) has one row per month or quarter, its period {@code 2024-03} or {@code 2024-Q1}
 * ({@link RowPeriods}). A unit of the subject kind without a row for an input keeps {@link
 * InputColumns}' reading of a missing value.
 */
final class MeasurementsCsv {
  static final List<String> COLUMNS = List.of("unit", "indicator", "value", "period");

  private MeasurementsCsv() {}

  /**
   * Reads the values of {@code period} for the inputs of {@code ruleset} over {@code tree} from {@code
   * file}, written in {@code charset}.
   *
   * @throws CsvInputException naming file, line, column and value: an unknown unit, a unit not of
   *     the ruleset's subject kind, an indicator that is not an input of the ruleset, a repeated
   *     (unit, indicator, period), a malformed number or one with more than 4 decimal places, a
   *     malformed period, or no row of {@code period} at all
   */
  static InputColumns read(Path file, Charset charset, Ruleset ruleset, TreeSnapshot tree, Period period,
      RunControl control) throws IOException {
    String name = file.toString();
    List<IndicatorId> inputs = inputsOf(ruleset);
    Map<String, Integer> slotOf = new HashMap<>();
    for (int s = 0; s < inputs.size(); s++) {
      slotOf.put(inputs.get(s).value(), s);
    }
    Map<String, Integer> positionOf = new HashMap<>(tree.size() * 2);
    for (int i = 0; i < tree.size(); i++) {
      positionOf.put(tree.id(i).value(), i);
    }
    OrgKind subject = ruleset.subjectKind();
    InputColumns.Builder b = InputColumns.builder(tree, period);
    RowPeriods periods = new RowPeriods(ruleset, period);
    // per period of the rows used (the period assessed, its months or quarters), per input: the units seen
    Map<Period, long[][]> seen = new HashMap<>();
    TreeSet<String> otherPeriods = new TreeSet<>();
    // rows usually come grouped by unit and period: remember the last ones instead of looking up
    String[] lastUnit = {null};
    int[] lastPosition = {-1};
    long[] used = {0};
    long rows = CsvRows.read(file, charset, COLUMNS, 1, control, "measurements (MB)", (line, v) -> {
      java.util.Optional<Period> rowPeriod = periods.of(name, line, v[3]);
      if (rowPeriod.isEmpty()) {
        if (otherPeriods.size() < 10) {
          otherPeriods.add(v[3]);
        }
        return;
      }
      if (!v[0].equals(lastUnit[0])) {
        Integer pos = positionOf.get(v[0]);
        if (pos == null) {
          throw new CsvInputException("cli.unknownUnit", name, line, "unit", v[0]);
        }
        if (!tree.kind(pos).equals(subject)) {
          throw new CsvInputException("cli.notSubject", name, line, "unit", v[0], tree.kind(pos).code(), subject.code());
        }
        lastUnit[0] = v[0];
        lastPosition[0] = pos;
      }
      Integer slot = slotOf.get(v[1]);
      if (slot == null) {
        throw new CsvInputException("cli.unknownIndicator", name, line, "indicator", v[1], list(inputs));
      }
      long value = value(name, line, v[2]);
      int pos = lastPosition[0];
      Period p = rowPeriod.get();
      long[][] bySlot = seen.computeIfAbsent(p, k -> new long[inputs.size()][]);
      long[] bits = bySlot[slot] == null ? (bySlot[slot] = new long[(tree.size() + 63) >> 6]) : bySlot[slot];
      if ((bits[pos >> 6] & (1L << pos)) != 0) {
        throw new CsvInputException("cli.duplicate", name, line, "indicator", v[1], v[0], p.toString());
      }
      bits[pos >> 6] |= 1L << pos;
      periods.set(b, inputs.get(slot), p, pos, value, name, line, "value", v[2]);
      used[0]++;
    });
    if (rows > 0 && used[0] == 0) {
      throw new CsvInputException("cli.noRowsForPeriod", name, 0, "period", period.toString(),
          String.join(", ", otherPeriods));
    }
    return b.build();
  }

  /**
   * What a ruleset reads from measurements: its sub-items (leaves of the indicator tree, in tree
   * order), then its declared inputs. Categories are computed from their sub-items, so a value for
   * one is refused as an unknown indicator.
   */
  static List<IndicatorId> inputsOf(Ruleset ruleset) {
    Set<IndicatorId> ids = new LinkedHashSet<>();
    ruleset.indicators().forEach(top -> top.forEach(n -> {
      if (n.isItem()) {
        ids.add(n.id());
      }
    }));
    ruleset.inputs().forEach(in -> ids.add(in.id()));
    return List.copyOf(ids);
  }

  /**
   * An exact decimal as fixed point, read through {@link Decimals} (ASCII digits; exponent, scale
   * and digits checked before any arithmetic); more than 4 (significant) decimal places are refused.
   */
  static long value(String file, long line, String text) {
    return value(file, line, "value", text);
  }

  /** As {@link #value(String, long, String)}, naming {@code column} in the refusal. */
  static long value(String file, long line, String column, String text) {
    BigDecimal d;
    try {
      d = Decimals.parse(column, text);
    } catch (InvalidInputException e) {
      if (e.key().equals("rules.notANumber")) {
        throw new CsvInputException("cli.notANumber", file, line, column, text);
      }
      throw new CsvInputException("cli.numberOutOfRange", file, line, column, text, Decimals.MAX_INTEGER_DIGITS,
          Decimals.MAX_DIGITS, Decimals.MAX_SCALE, Decimals.MAX_CHARS);
    }
    try {
      // = Fixed.of("value", d), without the BigInteger that unscaledValue() makes of every value
      return d.movePointRight(Fixed.SCALE).longValueExact();
    } catch (ArithmeticException e) {
      if (d.scale() > Fixed.SCALE && d.stripTrailingZeros().scale() > Fixed.SCALE) {
        throw new CsvInputException("cli.tooManyDecimals", file, line, column, text, Fixed.SCALE);
      }
      throw new CsvInputException("cli.outOfRange", file, line, column, text);
    }
  }

  private static String list(List<IndicatorId> inputs) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < inputs.size() && i < 12; i++) {
      s.append(i == 0 ? "" : ", ").append(inputs.get(i).value());
    }
    return inputs.size() > 12 ? s + ", …" : s.toString();
  }

  /**
   * Writes the values of {@code columns} for every unit of {@code ruleset}'s subject kind and every
   * input, in tree order, with the period (an input measured per month or quarter: one row per
   * month or quarter, with its period): a file {@link #read} takes back unchanged, and a template
   * for one's own data.
   */
  static void write(Ruleset ruleset, InputColumns columns, Writer out) throws IOException {
    List<IndicatorId> inputs = inputsOf(ruleset);
    TreeSnapshot tree = columns.tree();
    RowPeriods periods = new RowPeriods(ruleset, columns.period());
    List<List<Period>> parts = new java.util.ArrayList<>();
    List<long[][]> col = new java.util.ArrayList<>();
    for (IndicatorId id : inputs) {
      List<Period> ps = periods.isPeriodic(id) ? periods.partsOf(id) : List.of(columns.period());
      long[][] c = new long[ps.size()][];
      for (int k = 0; k < c.length; k++) {
        c[k] = columns.column(id, ps.get(k)).orElse(null);
      }
      parts.add(ps);
      col.add(c);
    }
    out.write("unit,indicator,value,period\r\n");
    for (int pos : tree.positionsOf(ruleset.subjectKind())) {
      String unit = Csv.field(tree.id(pos).value());
      for (int s = 0; s < inputs.size(); s++) {
        for (int k = 0; k < parts.get(s).size(); k++) {
          long[] c = col.get(s)[k];
          out.write(unit);
          out.write(',');
          out.write(Csv.field(inputs.get(s).value()));
          out.write(',');
          out.write(Fixed.format(c == null ? 0 : c[pos]));
          out.write(',');
          out.write(Csv.field(parts.get(s).get(k).toString()));
          out.write("\r\n");
        }
      }
    }
  }
}

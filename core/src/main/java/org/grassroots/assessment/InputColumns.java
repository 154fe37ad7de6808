package org.grassroots.assessment;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;

/**
 * The measurements of one period laid out as columns (考核数据列): one fixed-point {@code long[]} per
 * indicator or input, indexed by the position of the unit in a {@link TreeSnapshot}, and which
 * values are present. A unit without a measurement holds 0 and is <em>missing</em> that input; what
 * a missing value means is the ruleset's declared {@link org.grassroots.rules.MissingPolicy} (by
 * default it reads as 0 — no events, no achievement, nothing done).
 *
 * <p>Presence is a bitmap per column ({@code long} words, bit {@code p} for position {@code p}),
 * kept only for columns filled value by value or handed over with one; a column handed over whole
 * without one is present for every unit and costs nothing more to read. An input without a column
 * is missing for every unit.
 *
 * <p>An input measured per month or quarter ({@link org.grassroots.rules.InputSpec#per()}, 分期数据)
 * has instead one column per sub-period of the period, each with its own presence: {@link
 * #column(IndicatorId, Period)}, filled by {@link Builder#set(IndicatorId, Period, int, long)} or
 * from measurements whose period is that month or quarter.
 *
 * <p>The arrays are handed over, not copied, for speed; the caller must not change them afterwards.
 */
public final class InputColumns {
  private final TreeSnapshot tree;
  private final Period period;
  private final ImmutableMap<IndicatorId, long[]> columns;
  // absent for a column present at every position
  private final ImmutableMap<IndicatorId, long[]> presence;
  // the columns of sub-period values (one per input and month or quarter), kept apart
  private final ImmutableMap<IndicatorId, ImmutableMap<Period, long[]>> subColumns;
  private final ImmutableMap<IndicatorId, ImmutableMap<Period, long[]>> subPresence;

  private InputColumns(TreeSnapshot tree, Period period, ImmutableMap<IndicatorId, long[]> columns,
      ImmutableMap<IndicatorId, long[]> presence, ImmutableMap<IndicatorId, ImmutableMap<Period, long[]>> subColumns,
      ImmutableMap<IndicatorId, ImmutableMap<Period, long[]>> subPresence) {
    this.tree = tree;
    this.period = period;
    this.columns = columns;
    this.presence = presence;
    this.subColumns = subColumns;
    this.subPresence = subPresence;
  }

  /** A builder for {@code period} over {@code tree}. */
  public static Builder builder(TreeSnapshot tree, Period period) {
    return new Builder(Check.notNull("tree", tree), Check.notNull("period", period));
  }

  /**
   * The columns of the measurements of {@code period}, and of the months and quarters within it as
   * sub-period values (分期数据, for inputs measured per month or quarter); others are skipped.
   *
   * @throws org.grassroots.input.InvalidInputException if a unit is not in the snapshot or a value
   *     repeats for the same unit and indicator
   */
  public static InputColumns of(TreeSnapshot tree, Period period, List<Measurement> measurements) {
    Builder b = builder(tree, period);
    Map<Object, boolean[]> seen = new HashMap<>();
    for (Measurement m : Check.notNull("measurements", measurements)) {
      boolean whole = m.period().equals(period);
      if (!whole && !isSubPeriod(period, m.period())) {
        continue;
      }
      int pos = tree.require(m.unit());
      Object key = whole ? m.indicator() : List.of(m.indicator(), m.period());
      boolean[] s = seen.computeIfAbsent(key, k -> new boolean[tree.size()]);
      String what = m.unit() + "/" + m.indicator() + (whole ? "" : "/" + m.period());
      Check.that(!s[pos], "assessment.duplicateMeasurement", "measurement", what);
      s[pos] = true;
      if (whole) {
        b.set(m.indicator(), pos, m.value());
      } else {
        b.set(m.indicator(), m.period(), pos, m.value());
      }
    }
    return b.build();
  }

  /** True when {@code part} is a month or quarter lying within (and shorter than) {@code period}. */
  static boolean isSubPeriod(Period period, Period part) {
    return !part.equals(period) && org.grassroots.rules.SubPeriod.ofKind(part.kind())
        .map(sub -> sub.slot(period, part).isPresent()).orElse(false);
  }

  /** The snapshot the columns are indexed by. */
  public TreeSnapshot tree() {
    return tree;
  }

  /** The period measured. */
  public Period period() {
    return period;
  }

  /** The column of {@code indicator}, if any value was given. */
  public Optional<long[]> column(IndicatorId indicator) {
    return Optional.ofNullable(columns.get(indicator));
  }

  /** True when the unit at {@code position} has a value of {@code indicator}. */
  public boolean isPresent(IndicatorId indicator, int position) {
    Check.notNull("indicator", indicator);
    Check.between("position", position, 0, tree.size() - 1);
    if (!columns.containsKey(indicator)) {
      return false;
    }
    long[] words = presence.get(indicator);
    return words == null || (words[position >>> 6] & (1L << position)) != 0;
  }

  /**
   * The presence words of {@code indicator}'s column: null when every position is present, an
   * all-zero array when there is no column. Not copied: the evaluator only reads it.
   */
  long[] presenceWords(IndicatorId indicator) {
    if (!columns.containsKey(indicator)) {
      return new long[words(tree.size())];
    }
    return presence.get(indicator);
  }

  static int words(int size) {
    return (size + 63) >>> 6;
  }

  /** The indicators with a column. */
  public java.util.Set<IndicatorId> indicators() {
    return columns.keySet();
  }

  /** The inputs with a column of sub-period values (分期数据). */
  public java.util.Set<IndicatorId> subPeriodIndicators() {
    return subColumns.keySet();
  }

  /** The months or quarters of the period that {@code indicator} has a column for. */
  public java.util.Set<Period> subPeriodsOf(IndicatorId indicator) {
    return subColumns.getOrDefault(indicator, ImmutableMap.of()).keySet();
  }

  /** The column of {@code indicator}'s values in the month or quarter {@code subPeriod}, if any was given. */
  public Optional<long[]> column(IndicatorId indicator, Period subPeriod) {
    if (subPeriod.equals(period)) {
      return column(indicator); // a quarter's one quarter: the whole column
    }
    return Optional.ofNullable(subColumns.getOrDefault(indicator, ImmutableMap.of()).get(subPeriod));
  }

  /**
   * The presence words of {@code indicator} over all of {@code parts}: a position is present when
   * it has a value in every part; null when every position is present in every part.
   */
  long[] presenceWords(IndicatorId indicator, List<Period> parts) {
    Map<Period, long[]> cols = subColumns.getOrDefault(indicator, ImmutableMap.of());
    Map<Period, long[]> words = subPresence.getOrDefault(indicator, ImmutableMap.of());
    long[] out = null;
    for (Period part : parts) {
      long[] w = part.equals(period) ? presenceWords(indicator)
          : cols.containsKey(part) ? words.get(part) : new long[words(tree.size())];
      if (w != null) {
        out = out == null ? w.clone() : out;
        for (int i = 0; i < out.length; i++) {
          out[i] &= w[i];
        }
      }
    }
    return out;
  }

  /** Builds {@link InputColumns}. */
  public static final class Builder {
    private final TreeSnapshot tree;
    private final Period period;
    private final Map<IndicatorId, long[]> columns = new HashMap<>();
    private final Map<IndicatorId, long[]> presence = new HashMap<>();
    private final Map<IndicatorId, Map<Period, long[]>> subColumns = new HashMap<>();
    private final Map<IndicatorId, Map<Period, long[]>> subPresence = new HashMap<>();

    private Builder(TreeSnapshot tree, Period period) {
      this.tree = tree;
      this.period = period;
    }

    /** Sets one value (fixed point) of the unit at {@code position}, which is then present. */
    public Builder set(IndicatorId indicator, int position, long value) {
      Check.notNull("indicator", indicator);
      Check.between("position", position, 0, tree.size() - 1);
      long[] column = columns.get(indicator);
      if (column == null) {
        column = new long[tree.size()];
        columns.put(indicator, column);
        presence.put(indicator, new long[words(tree.size())]);
      }
      column[position] = value;
      long[] words = presence.get(indicator);
      if (words != null) { // null: a whole column, present everywhere
        words[position >>> 6] |= 1L << position;
      }
      return this;
    }

    /**
     * Sets the value (fixed point) of the unit at {@code position} in the month or quarter {@code
     * subPeriod} of the period, for an input measured per month or quarter; it is then present there.
     * A month's one month (a quarter's one quarter) is the period itself: its whole column.
     *
     * @throws org.grassroots.input.InvalidInputException if {@code subPeriod} is not a month or
     *     quarter within the period
     */
    public Builder set(IndicatorId indicator, Period subPeriod, int position, long value) {
      Check.notNull("indicator", indicator);
      checkSubPeriod(subPeriod);
      if (subPeriod.equals(period)) {
        return set(indicator, position, value); // a quarter's one quarter is the period itself
      }
      Check.between("position", position, 0, tree.size() - 1);
      long[] column = subColumns.computeIfAbsent(indicator, k -> new HashMap<>()).get(subPeriod);
      Map<Period, long[]> words = subPresence.computeIfAbsent(indicator, k -> new HashMap<>());
      if (column == null) {
        column = new long[tree.size()];
        subColumns.get(indicator).put(subPeriod, column);
        words.put(subPeriod, new long[words(tree.size())]);
      }
      column[position] = value;
      long[] w = words.get(subPeriod);
      if (w != null) {
        w[position >>> 6] |= 1L << position;
      }
      return this;
    }

    /**
     * Hands over the whole column of {@code indicator} in the month or quarter {@code subPeriod},
     * present at every position; not copied.
     */
    public Builder column(IndicatorId indicator, Period subPeriod, long[] values) {
      checkColumn(indicator, values);
      checkSubPeriod(subPeriod);
      if (subPeriod.equals(period)) {
        return column(indicator, values);
      }
      subColumns.computeIfAbsent(indicator, k -> new HashMap<>()).put(subPeriod, values);
      subPresence.computeIfAbsent(indicator, k -> new HashMap<>()).remove(subPeriod);
      return this;
    }

    private void checkSubPeriod(Period subPeriod) {
      Check.notNull("subPeriod", subPeriod);
      boolean itself = subPeriod.equals(period) && org.grassroots.rules.SubPeriod.ofKind(period.kind()).isPresent();
      Check.that(itself || isSubPeriod(period, subPeriod), "assessment.notASubPeriod", "subPeriod", subPeriod, period);
    }

    /** Hands over a whole column (length = snapshot size), present at every position; not copied. */
    public Builder column(IndicatorId indicator, long[] values) {
      checkColumn(indicator, values);
      columns.put(indicator, values);
      presence.remove(indicator);
      return this;
    }

    /**
     * Hands over a whole column with its presence: position {@code p} is present when bit {@code p}
     * of {@code present} is set. Neither is copied. A missing position must hold 0, so that a
     * missing value read as 0 (the {@code ZERO} policy) is 0 whoever built the column.
     *
     * @throws org.grassroots.input.InvalidInputException if a bit beyond the snapshot is set, or a
     *     missing position holds a value other than 0
     */
    public Builder column(IndicatorId indicator, long[] values, java.util.BitSet present) {
      checkColumn(indicator, values);
      Check.notNull("present", present);
      Check.that(present.length() <= tree.size(), "assessment.columnLength", "present.length",
          present.length(), tree.size());
      for (int p = present.nextClearBit(0); p < values.length; p = present.nextClearBit(p + 1)) {
        if (values[p] != 0) {
          throw new org.grassroots.input.InvalidInputException("missing.valueWhereMissing",
              "values[" + p + "]", org.grassroots.rules.Fixed.format(values[p]), indicator, tree.id(p));
        }
      }
      long[] words = java.util.Arrays.copyOf(present.toLongArray(), words(tree.size()));
      columns.put(indicator, values);
      presence.put(indicator, words);
      return this;
    }

    private void checkColumn(IndicatorId indicator, long[] values) {
      Check.notNull("indicator", indicator);
      Check.notNull("values", values);
      Check.that(values.length == tree.size(), "assessment.columnLength", "values.length",
          values.length, tree.size());
    }

    public InputColumns build() {
      // the presence words are copied: set() may still change them after build
      Map<IndicatorId, long[]> p = new HashMap<>();
      presence.forEach((k, v) -> p.put(k, v.clone()));
      ImmutableMap.Builder<IndicatorId, ImmutableMap<Period, long[]>> sc = ImmutableMap.builder();
      ImmutableMap.Builder<IndicatorId, ImmutableMap<Period, long[]>> sp = ImmutableMap.builder();
      subColumns.forEach((k, v) -> sc.put(k, ImmutableMap.copyOf(v)));
      subPresence.forEach((k, v) -> {
        ImmutableMap.Builder<Period, long[]> words = ImmutableMap.builder();
        v.forEach((part, w) -> words.put(part, w.clone()));
        sp.put(k, words.build());
      });
      return new InputColumns(tree, period, ImmutableMap.copyOf(columns), ImmutableMap.copyOf(p), sc.build(),
          sp.build());
    }
  }
}

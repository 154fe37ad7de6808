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
 * indicator or input, indexed by the position of the unit in a {@link TreeSnapshot}. A unit without
 * a measurement has 0 — no events, no achievement, nothing done — which is how the rules read a
 * missing report.
 *
 * <p>The arrays are handed over, not copied, for speed; the caller must not change them afterwards.
 */
public final class InputColumns {
  private final TreeSnapshot tree;
  private final Period period;
  private final ImmutableMap<IndicatorId, long[]> columns;

  private InputColumns(TreeSnapshot tree, Period period, ImmutableMap<IndicatorId, long[]> columns) {
    this.tree = tree;
    this.period = period;
    this.columns = columns;
  }

  /** A builder for {@code period} over {@code tree}. */
  public static Builder builder(TreeSnapshot tree, Period period) {
    return new Builder(Check.notNull("tree", tree), Check.notNull("period", period));
  }

  /**
   * The columns of the measurements of {@code period} (others are skipped).
   *
   * @throws org.grassroots.input.InvalidInputException if a unit is not in the snapshot or a value
   *     repeats for the same unit and indicator
   */
  public static InputColumns of(TreeSnapshot tree, Period period, List<Measurement> measurements) {
    Builder b = builder(tree, period);
    Map<IndicatorId, boolean[]> seen = new HashMap<>();
    for (Measurement m : Check.notNull("measurements", measurements)) {
      if (!m.period().equals(period)) {
        continue;
      }
      int pos = tree.require(m.unit());
      boolean[] s = seen.computeIfAbsent(m.indicator(), k -> new boolean[tree.size()]);
      Check.that(!s[pos], "assessment.duplicateMeasurement", "measurement", m.unit() + "/" + m.indicator());
      s[pos] = true;
      b.set(m.indicator(), pos, m.value());
    }
    return b.build();
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

  /** The indicators with a column. */
  public java.util.Set<IndicatorId> indicators() {
    return columns.keySet();
  }

  /** Builds {@link InputColumns}. */
  public static final class Builder {
    private final TreeSnapshot tree;
    private final Period period;
    private final Map<IndicatorId, long[]> columns = new HashMap<>();

    private Builder(TreeSnapshot tree, Period period) {
      this.tree = tree;
      this.period = period;
    }

    /** Sets one value (fixed point) of the unit at {@code position}. */
    public Builder set(IndicatorId indicator, int position, long value) {
      Check.notNull("indicator", indicator);
      Check.between("position", position, 0, tree.size() - 1);
      columns.computeIfAbsent(indicator, k -> new long[tree.size()])[position] = value;
      return this;
    }

    /** Hands over a whole column (length = snapshot size); it is not copied. */
    public Builder column(IndicatorId indicator, long[] values) {
      Check.notNull("indicator", indicator);
      Check.notNull("values", values);
      Check.that(values.length == tree.size(), "assessment.columnLength", "values.length",
          values.length, tree.size());
      columns.put(indicator, values);
      return this;
    }

    public InputColumns build() {
      return new InputColumns(tree, period, ImmutableMap.copyOf(columns));
    }
  }
}

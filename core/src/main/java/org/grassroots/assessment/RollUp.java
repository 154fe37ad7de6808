package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.grassroots.assessment.RollUpExplanation.Method;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Rounding;

/**
 * Roll-ups over the organisation tree (逐级汇总): for every unit of the snapshot, an aggregate of the
 * values of the member units (e.g. the assessed communities) in its subtree, the unit itself
 * included if it is a member. Sums, means and weighted means are formed from differences of running
 * sums over the pre-order (a subtree is a range of positions, see {@link RollUpShape}), one figure
 * per inner unit; minimum and maximum take one pass in reverse pre-order.
 *
 * <p>Values are fixed point ({@link Fixed}); a count is returned as a fixed-point whole number.
 */
public final class RollUp {
  private RollUp() {}

  /**
   * A rolled-up column (汇总列): a figure and a member count at every position of the snapshot.
   * Immutable. It holds one figure per inner unit (one with descendants); a leaf's figure is its own
   * value when it is a member (a sum, mean or weighted mean over one member is that member's value)
   * and 0 otherwise, read from the values the column was rolled up from, which it keeps (a copy,
   * unless they are an {@link Assessment}'s own columns, which never change).
   */
  public static final class Column {
    private final RollUpShape shape;
    private final long[] leaves; // read at member leaves only
    private final long[] inner; // by slot of the shape

    private Column(RollUpShape shape, long[] leaves, long[] inner) {
      this.shape = shape;
      this.leaves = leaves;
      this.inner = inner;
    }

    /** A column from its figure at every position (0 where no member lies in the subtree). */
    private static Column ofEveryPosition(RollUpShape shape, long[] figures) {
      long[] inner = new long[shape.inner.length];
      for (int s = 0; s < inner.length; s++) {
        inner[s] = figures[shape.inner[s]];
      }
      return new Column(shape, figures, inner);
    }

    /** The aggregate at {@code position}; 0 where {@link #count} is 0. */
    public long value(int position) {
      int s = shape.slotOf(position);
      return s >= 0 ? inner[s] : shape.member[position] ? leaves[position] : 0;
    }

    /** How many members lie in the subtree of {@code position}. */
    public int count(int position) {
      return shape.count(position);
    }

    /** The aggregate at every position (a new array; 0 where {@link #count} is 0). */
    public long[] values() {
      long[] out = new long[shape.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = shape.member[i] ? leaves[i] : 0;
      }
      for (int s = 0; s < inner.length; s++) {
        out[shape.inner[s]] = inner[s];
      }
      return out;
    }

    /** How many members lie in the subtree of every position (a new array). */
    public int[] counts() {
      int[] out = new int[shape.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = shape.member[i] ? 1 : 0;
      }
      for (int s = 0; s < inner.length; s++) {
        out[shape.inner[s]] = shape.innerCount[s];
      }
      return out;
    }
  }

  /** Sum (合计). */
  public static Column sum(TreeSnapshot tree, long[] values, int[] members) {
    return sums(tree, List.of(Check.notNull("values", values)), members).get(0);
  }

  /**
   * Sums of several columns at once (合计): where the members lie is worked out once and shared by
   * the returned columns, which is what a roll-up of every indicator needs.
   */
  public static List<Column> sums(TreeSnapshot tree, List<long[]> columns, int[] members) {
    return sums(tree, columns, members, Runnable::run);
  }

  /** Like {@link #sums(TreeSnapshot, List, int[])}, one task per column on {@code executor}. */
  public static List<Column> sums(TreeSnapshot tree, List<long[]> columns, int[] members, Executor executor) {
    Check.notNull("columns", columns);
    List<long[]> copies = new ArrayList<>();
    for (long[] values : columns) {
      copies.add(copyOf(tree, values, "values"));
    }
    return sums(RollUpShape.of(tree, members), copies, executor);
  }

  /**
   * The sums of {@code columns} over {@code shape}, four columns per pass over the runs of members
   * (one task each); the returned columns keep the given arrays, which must not change afterwards.
   */
  static List<Column> sums(RollUpShape shape, List<long[]> columns, Executor executor) {
    Check.notNull("executor", executor);
    Column[] out = new Column[columns.size()];
    for (long[] values : columns) {
      checkLength(shape.tree, values, "values");
    }
    List<Runnable> tasks = new ArrayList<>();
    for (int c = 0; c < out.length; c += 4) {
      int first = c;
      if (first + 4 > out.length) {
        tasks.add(() -> {
          for (int k = first; k < out.length; k++) {
            out[k] = sum(shape, columns.get(k));
          }
        });
        continue;
      }
      tasks.add(() -> {
        long[][] inner = shape.innerSums(columns.get(first), columns.get(first + 1), columns.get(first + 2),
            columns.get(first + 3));
        for (int k = 0; k < 4; k++) {
          out[first + k] = column(shape, columns.get(first + k), inner[k]);
        }
      });
    }
    ColumnRun.runAll(tasks, executor);
    return List.of(out);
  }

  private static Column sum(RollUpShape shape, long[] values) {
    return column(shape, values, shape.innerSums(values));
  }

  /** The column of {@code values}' sums from its inner sums, or exactly by parents where those are null. */
  private static Column column(RollUpShape shape, long[] values, long[] innerSums) {
    return innerSums != null ? new Column(shape, values, innerSums)
        : Column.ofEveryPosition(shape, byParents(shape.tree.parents(), shape.member, values));
  }

  /** The subtree sums by one pass in reverse pre-order, adding each sum to the parent's; exact, throws on overflow. */
  private static long[] byParents(int[] parent, boolean[] member, long[] values) {
    int n = values.length;
    // a unit's own value joins its subtree's sum when the pass reaches it (its descendants come
    // after it), and the sum goes up to its parent
    long[] acc = new long[n];
    for (int i = n - 1; i >= 0; i--) {
      long v = member[i] ? Math.addExact(acc[i], values[i]) : acc[i];
      acc[i] = v;
      int p = parent[i];
      if (p >= 0) {
        acc[p] = Math.addExact(acc[p], v);
      }
    }
    return acc;
  }

  /** Mean (平均), the sum divided by the count, rounded by {@code rounding}. */
  public static Column mean(TreeSnapshot tree, long[] values, int[] members, Rounding rounding) {
    Check.notNull("rounding", rounding);
    return mean(RollUpShape.of(tree, members), copyOf(tree, values, "values"), rounding);
  }

  /** The mean over {@code shape}; the column keeps {@code values}, which must not change afterwards. */
  static Column mean(RollUpShape shape, long[] values, Rounding rounding) {
    return figures(Method.MEAN, rounding, parts(shape, values, null));
  }

  /**
   * Weighted mean (加权平均), e.g. by population or member count: {@code Σ value × weight / Σ weight}
   * rounded by {@code rounding}; 0 where the weights add up to 0.
   *
   * @param weights fixed-point weights by position
   */
  public static Column weightedMean(
      TreeSnapshot tree, long[] values, long[] weights, int[] members, Rounding rounding) {
    Check.notNull("rounding", rounding);
    return figures(Method.WEIGHTED_MEAN, rounding, parts(RollUpShape.of(tree, members),
        copyOf(tree, values, "values"), copyOf(tree, weights, "weights")));
  }

  /**
   * The explanation of a {@link #sum} at {@code unit} (汇总说明): the sum of each child's subtree and
   * the unit's own value, read from the same sums that form the column.
   *
   * @param column the name of the rolled-up column, as shown in the explanation
   * @throws org.grassroots.input.InvalidInputException if {@code unit} is not in the snapshot or has
   *     no member in its subtree
   */
  public static RollUpExplanation explainSum(TreeSnapshot tree, String column, long[] values, int[] members,
      OrgUnitId unit) {
    return explain(RollUpShape.of(tree, members), column, Method.SUM, null, copyOf(tree, values, "values"), null,
        unit);
  }

  /** The explanation of a {@link #mean} at {@code unit} (汇总说明), like {@link #explainSum}. */
  public static RollUpExplanation explainMean(TreeSnapshot tree, String column, long[] values, int[] members,
      Rounding rounding, OrgUnitId unit) {
    Check.notNull("rounding", rounding);
    return explain(RollUpShape.of(tree, members), column, Method.MEAN, rounding, copyOf(tree, values, "values"),
        null, unit);
  }

  /** The explanation of a {@link #weightedMean} at {@code unit} (汇总说明), like {@link #explainSum}. */
  public static RollUpExplanation explainWeightedMean(TreeSnapshot tree, String column, long[] values,
      long[] weights, int[] members, Rounding rounding, OrgUnitId unit) {
    Check.notNull("rounding", rounding);
    return explain(RollUpShape.of(tree, members), column, Method.WEIGHTED_MEAN, rounding,
        copyOf(tree, values, "values"), copyOf(tree, weights, "weights"), unit);
  }

  /**
   * The sums a roll-up's figure is formed from: of the values (of value × weight when weighted), of
   * the weights when weighted (else null), and each member leaf's own figure (its value; 0 when
   * weighted by 0).
   */
  private record Parts(RollUpShape shape, Column sums, Column weights, long[] leafFigures) {}

  private static Parts parts(RollUpShape shape, long[] values, long[] weights) {
    if (weights == null) {
      return new Parts(shape, sum(shape, values), null, values);
    }
    long[] products = new long[shape.size()];
    long[] leafFigures = new long[shape.size()];
    for (int p = 0; p < products.length; p++) {
      if (shape.member[p]) {
        products[p] = Math.multiplyExact(values[p], weights[p]);
        leafFigures[p] = weights[p] == 0 ? 0 : values[p]; // value × weight / weight, exact
      }
    }
    return new Parts(shape, sum(shape, products), sum(shape, weights), leafFigures);
  }

  private static Column figures(Method method, Rounding rounding, Parts parts) {
    RollUpShape shape = parts.shape();
    long[] inner = new long[shape.inner.length];
    for (int s = 0; s < inner.length; s++) { // by slot: the same figure as figure(…, shape.inner[s])
      inner[s] = method.figure(parts.sums().inner[s], parts.weights() == null ? 0 : parts.weights().inner[s],
          shape.innerCount[s], rounding);
    }
    return new Column(shape, parts.leafFigures(), inner);
  }

  private static long figure(Method method, Rounding rounding, Parts parts, int at) {
    return method.figure(parts.sums().value(at), parts.weights() == null ? 0 : parts.weights().value(at),
        parts.sums().count(at), rounding);
  }

  /**
   * The explanation of a roll-up at {@code unit} over {@code shape}, read from the same sums that
   * form the column; {@code values} and {@code weights} (null unless weighted) must not change.
   */
  static RollUpExplanation explain(RollUpShape shape, String column, Method method, Rounding rounding,
      long[] values, long[] weights, OrgUnitId unit) {
    Check.notBlank("column", column);
    TreeSnapshot tree = shape.tree;
    int at = tree.require(Check.notNull("unit", unit));
    Parts parts = parts(shape, values, weights);
    Check.that(parts.sums().count(at) > 0, "assessment.rollUp.noMembers", "unit", unit, column);
    List<RollUpExplanation.Part> out = new ArrayList<>();
    if (shape.member[at]) {
      out.add(weights == null ? RollUpExplanation.Part.own(unit, values[at], 0)
          : RollUpExplanation.Part.own(unit, Math.multiplyExact(values[at], weights[at]), weights[at]));
    }
    for (int c : tree.children(at)) {
      if (parts.sums().count(c) > 0) {
        out.add(RollUpExplanation.Part.child(tree.id(c), parts.sums().value(c),
            parts.weights() == null ? 0 : parts.weights().value(c), parts.sums().count(c)));
      }
    }
    return RollUpExplanation.of(unit, column, method, rounding, out, figure(method, rounding, parts, at));
  }

  /** Minimum (最低); 0 where there is no member. */
  public static Column min(TreeSnapshot tree, long[] values, int[] members) {
    return extreme(tree, values, members, true);
  }

  /** Maximum (最高); 0 where there is no member. */
  public static Column max(TreeSnapshot tree, long[] values, int[] members) {
    return extreme(tree, values, members, false);
  }

  /** How many members meet {@code value <comparison> threshold} (达标数), as fixed-point counts. */
  public static Column countMeeting(
      TreeSnapshot tree, long[] values, int[] members, Comparison comparison, long threshold) {
    Check.notNull("comparison", comparison);
    checkLength(tree, values, "values");
    long[] ones = new long[tree.size()];
    for (int p : members) {
      ones[p] = comparison.test(values[p], threshold) ? Fixed.ONE : 0;
    }
    return sum(tree, ones, members);
  }

  private static Column extreme(TreeSnapshot tree, long[] values, int[] members, boolean min) {
    checkLength(tree, values, "values");
    RollUpShape shape = RollUpShape.of(tree, members);
    long[] acc = new long[tree.size()];
    java.util.Arrays.fill(acc, min ? Long.MAX_VALUE : Long.MIN_VALUE);
    int[] cnt = new int[tree.size()];
    for (int p : members) {
      acc[p] = values[p];
      cnt[p] = 1;
    }
    int[] parent = tree.parents();
    for (int i = acc.length - 1; i > 0; i--) {
      int p = parent[i];
      if (p >= 0 && cnt[i] > 0) {
        acc[p] = min ? Math.min(acc[p], acc[i]) : Math.max(acc[p], acc[i]);
        cnt[p] += cnt[i];
      }
    }
    for (int i = 0; i < acc.length; i++) {
      if (cnt[i] == 0) {
        acc[i] = 0;
      }
    }
    return Column.ofEveryPosition(shape, acc);
  }

  private static long[] copyOf(TreeSnapshot tree, long[] column, String field) {
    checkLength(tree, column, field);
    return column.clone();
  }

  private static void checkLength(TreeSnapshot tree, long[] column, String field) {
    Check.notNull(field, column);
    Check.that(column.length == tree.size(), "assessment.columnLength", field + ".length",
        column.length, tree.size());
  }
}

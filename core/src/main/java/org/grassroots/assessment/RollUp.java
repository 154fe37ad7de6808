package org.grassroots.assessment;

import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Rounding;

/**
 * Roll-ups over the organisation tree (逐级汇总): for every unit of the snapshot, an aggregate of the
 * values of the member units (e.g. the assessed communities) in its subtree, the unit itself
 * included if it is a member. Sums are differences of prefix sums over the pre-order (a subtree is a
 * range of positions); the other roll-ups take one pass in reverse pre-order.
 *
 * <p>Values are fixed point ({@link Fixed}); a count is returned as a fixed-point whole number.
 */
public final class RollUp {
  private RollUp() {}

  /**
   * A rolled-up column.
   *
   * @param values the aggregate at each position; 0 where {@code counts} is 0
   * @param counts how many member units lie in each position's subtree (may be shared between
   *     columns of the same members; do not modify)
   */
  public record Column(long[] values, int[] counts) {
    /** The aggregate at {@code position}. */
    public long value(int position) {
      return values[position];
    }

    /** How many members lie in the subtree of {@code position}. */
    public int count(int position) {
      return counts[position];
    }
  }

  /** Sum (合计). */
  public static Column sum(TreeSnapshot tree, long[] values, int[] members) {
    return sums(tree, java.util.List.of(Check.notNull("values", values)), members).get(0);
  }

  /**
   * Sums of several columns at once (合计): the member counts are computed once and shared by the
   * returned columns, which is what a roll-up of every indicator needs.
   */
  public static java.util.List<Column> sums(TreeSnapshot tree, java.util.List<long[]> columns, int[] members) {
    return sums(tree, columns, members, Runnable::run);
  }

  /** Like {@link #sums(TreeSnapshot, java.util.List, int[])}, one task per column on {@code executor}. */
  public static java.util.List<Column> sums(TreeSnapshot tree, java.util.List<long[]> columns, int[] members,
      java.util.concurrent.Executor executor) {
    Check.notNull("executor", executor);
    Check.notNull("columns", columns);
    Check.notNull("members", members);
    int n = tree.size();
    int[] parent = tree.parents();
    int[] cnt = new int[n];
    boolean[] member = new boolean[n];
    for (int p : members) {
      cnt[p] = 1;
      member[p] = true;
    }
    for (int i = n - 1; i > 0; i--) {
      if (parent[i] >= 0) {
        cnt[parent[i]] += cnt[i];
      }
    }
    int members1 = Math.max(1, members.length);
    Column[] out = new Column[columns.size()];
    java.util.List<Runnable> tasks = new java.util.ArrayList<>();
    for (int c = 0; c < out.length; c++) {
      long[] values = columns.get(c);
      checkLength(tree, values, "values");
      int slot = c;
      tasks.add(() -> {
        long[] acc = bySubtreeRanges(tree, values, member, members1);
        out[slot] = new Column(acc == null ? byParents(parent, member, values) : acc, cnt);
      });
    }
    ColumnRun.runAll(tasks, executor);
    return java.util.List.of(out);
  }

  /**
   * The subtree sums of {@code values} over the members as differences of prefix sums: a subtree is
   * the range {@code [i, subtreeEnd(i))}, so its sum is {@code P[end] - P[i]} with {@code P[i]} the
   * sum of the members' values before {@code i}. Two sequential passes, no dependency through
   * memory. Exact only while no sum can overflow: returns null (the caller sums by parents, which
   * throws on overflow) unless every member's magnitude times the member count stays below 2^62.
   */
  private static long[] bySubtreeRanges(TreeSnapshot tree, long[] values, boolean[] member, int memberCount) {
    int n = values.length;
    long[] acc = new long[n];
    long prefix = 0;
    long magnitudes = 0; // OR of |v| (|v| - 1 when negative): bounds every |v| by its highest bit
    for (int i = 0; i < n; i++) {
      long v = member[i] ? values[i] : 0;
      acc[i] = prefix; // P[i], replaced by the subtree's sum in the second pass
      prefix += v;
      magnitudes |= v ^ (v >> 63);
    }
    int valueBits = 64 - Long.numberOfLeadingZeros(magnitudes); // every |v| <= 2^valueBits
    int countBits = 32 - Integer.numberOfLeadingZeros(memberCount); // memberCount < 2^countBits
    if (valueBits + countBits > 62) {
      return null;
    }
    for (int i = 0; i < n; i++) { // ascending: P[end] with end > i is not yet replaced
      int end = tree.subtreeEnd(i);
      acc[i] = (end == n ? prefix : acc[end]) - acc[i];
    }
    return acc;
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
    return figures(RollUpExplanation.Method.MEAN, rounding, parts(tree, values, null, members));
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
    checkLength(tree, weights, "weights");
    return figures(RollUpExplanation.Method.WEIGHTED_MEAN, rounding, parts(tree, values, weights, members));
  }

  /**
   * The explanation of a {@link #sum} at {@code unit} (汇总说明): the sum of each child's subtree and
   * the unit's own value, read from the same pass that computes the column.
   *
   * @param column the name of the rolled-up column, as shown in the explanation
   * @throws org.grassroots.input.InvalidInputException if {@code unit} is not in the snapshot or has
   *     no member in its subtree
   */
  public static RollUpExplanation explainSum(TreeSnapshot tree, String column, long[] values, int[] members,
      OrgUnitId unit) {
    return explain(tree, column, RollUpExplanation.Method.SUM, null, parts(tree, values, null, members), members,
        values, null, unit);
  }

  /** The explanation of a {@link #mean} at {@code unit} (汇总说明), like {@link #explainSum}. */
  public static RollUpExplanation explainMean(TreeSnapshot tree, String column, long[] values, int[] members,
      Rounding rounding, OrgUnitId unit) {
    Check.notNull("rounding", rounding);
    return explain(tree, column, RollUpExplanation.Method.MEAN, rounding, parts(tree, values, null, members),
        members, values, null, unit);
  }

  /** The explanation of a {@link #weightedMean} at {@code unit} (汇总说明), like {@link #explainSum}. */
  public static RollUpExplanation explainWeightedMean(TreeSnapshot tree, String column, long[] values,
      long[] weights, int[] members, Rounding rounding, OrgUnitId unit) {
    Check.notNull("rounding", rounding);
    checkLength(tree, weights, "weights");
    return explain(tree, column, RollUpExplanation.Method.WEIGHTED_MEAN, rounding,
        parts(tree, values, weights, members), members, values, weights, unit);
  }

  /**
   * The sums a roll-up's figure is formed from, by position: of the values (of value × weight when
   * weighted), of the weights when weighted (else null), and the member counts.
   */
  private record Parts(Column sums, long[] weights) {}

  private static Parts parts(TreeSnapshot tree, long[] values, long[] weights, int[] members) {
    checkLength(tree, values, "values");
    Check.notNull("members", members);
    if (weights == null) {
      return new Parts(sums(tree, java.util.List.of(values), members).get(0), null);
    }
    long[] products = new long[tree.size()];
    for (int p : members) {
      products[p] = Math.multiplyExact(values[p], weights[p]);
    }
    java.util.List<Column> both = sums(tree, java.util.List.of(products, weights), members);
    return new Parts(both.get(0), both.get(1).values());
  }

  private static Column figures(RollUpExplanation.Method method, Rounding rounding, Parts parts) {
    long[] out = new long[parts.sums().values().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = figure(method, rounding, parts, i);
    }
    return new Column(out, parts.sums().counts());
  }

  private static long figure(RollUpExplanation.Method method, Rounding rounding, Parts parts, int i) {
    return method.figure(parts.sums().value(i), parts.weights() == null ? 0 : parts.weights()[i],
        parts.sums().count(i), rounding);
  }

  private static RollUpExplanation explain(TreeSnapshot tree, String column, RollUpExplanation.Method method,
      Rounding rounding, Parts parts, int[] members, long[] values, long[] weights, OrgUnitId unit) {
    Check.notBlank("column", column);
    int at = tree.require(Check.notNull("unit", unit));
    Check.that(parts.sums().count(at) > 0, "assessment.rollUp.noMembers", "unit", unit, column);
    java.util.List<RollUpExplanation.Part> out = new java.util.ArrayList<>();
    if (java.util.Arrays.binarySearch(sortedCopy(members), at) >= 0) {
      out.add(weights == null ? RollUpExplanation.Part.own(unit, values[at], 0)
          : RollUpExplanation.Part.own(unit, Math.multiplyExact(values[at], weights[at]), weights[at]));
    }
    for (int c : tree.children(at)) {
      if (parts.sums().count(c) > 0) {
        out.add(RollUpExplanation.Part.child(tree.id(c), parts.sums().value(c),
            parts.weights() == null ? 0 : parts.weights()[c], parts.sums().count(c)));
      }
    }
    return RollUpExplanation.of(unit, column, method, rounding, out, figure(method, rounding, parts, at));
  }

  private static int[] sortedCopy(int[] members) {
    int[] s = members.clone();
    java.util.Arrays.sort(s);
    return s;
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
    long[] acc = new long[tree.size()];
    java.util.Arrays.fill(acc, min ? Long.MAX_VALUE : Long.MIN_VALUE);
    int[] cnt = new int[tree.size()];
    checkLength(tree, values, "values");
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
    return new Column(acc, cnt);
  }

  private static void checkLength(TreeSnapshot tree, long[] column, String field) {
    Check.notNull(field, column);
    Check.that(column.length == tree.size(), "assessment.columnLength", field + ".length",
        column.length, tree.size());
  }
}

package org.grassroots.assessment;

import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Rounding;

/**
 * Roll-ups over the organisation tree (逐级汇总): for every unit of the snapshot, an aggregate of the
 * values of the member units (e.g. the assessed communities) in its subtree, the unit itself
 * included if it is a member. One pass in reverse pre-order per roll-up.
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
    long[] acc = new long[tree.size()];
    int[] cnt = init(tree, values, members, acc);
    int[] parent = tree.parents();
    for (int i = acc.length - 1; i > 0; i--) {
      int p = parent[i];
      if (p >= 0) {
        acc[p] = Math.addExact(acc[p], acc[i]);
        cnt[p] += cnt[i];
      }
    }
    return new Column(acc, cnt);
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
    Column[] out = new Column[columns.size()];
    java.util.List<Runnable> tasks = new java.util.ArrayList<>();
    for (int c = 0; c < out.length; c++) {
      long[] values = columns.get(c);
      checkLength(tree, values, "values");
      int slot = c;
      tasks.add(() -> {
        // one pass in reverse pre-order: a unit's own value joins its subtree's sum when the pass
        // reaches it (its descendants come after it), and the sum goes up to its parent
        long[] acc = new long[n];
        for (int i = n - 1; i >= 0; i--) {
          long v = member[i] ? Math.addExact(acc[i], values[i]) : acc[i];
          acc[i] = v;
          int p = parent[i];
          if (p >= 0) {
            acc[p] = Math.addExact(acc[p], v);
          }
        }
        out[slot] = new Column(acc, cnt);
      });
    }
    ColumnRun.runAll(tasks, executor);
    return java.util.List.of(out);
  }

  /** Mean (平均), the sum divided by the count, rounded by {@code rounding}. */
  public static Column mean(TreeSnapshot tree, long[] values, int[] members, Rounding rounding) {
    Check.notNull("rounding", rounding);
    Column s = sum(tree, values, members);
    long[] out = new long[tree.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.counts[i] == 0 ? 0 : rounding.divide(s.values[i], s.counts[i]);
    }
    return new Column(out, s.counts);
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
    long[] products = new long[tree.size()];
    for (int p : members) {
      products[p] = Math.multiplyExact(values[p], weights[p]);
    }
    Column num = sum(tree, products, members);
    Column den = sum(tree, weights, members);
    long[] out = new long[tree.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = den.values[i] == 0 ? 0 : rounding.divide(num.values[i], den.values[i]);
    }
    return new Column(out, num.counts);
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

  private static int[] init(TreeSnapshot tree, long[] values, int[] members, long[] acc) {
    checkLength(tree, values, "values");
    Check.notNull("members", members);
    int[] cnt = new int[tree.size()];
    for (int p : members) {
      acc[p] = values[p];
      cnt[p] = 1;
    }
    return cnt;
  }

  private static void checkLength(TreeSnapshot tree, long[] column, String field) {
    Check.notNull(field, column);
    Check.that(column.length == tree.size(), "assessment.columnLength", field + ".length",
        column.length, tree.size());
  }
}

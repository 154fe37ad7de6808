package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.input.Messages;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Quota;
import org.grassroots.rules.TieBreak;

/**
 * The quota pass (名额限制): grade by grade, best first, the units a quota counts (those holding its
 * grade, or its grade or a better one for a cumulative quota) are ranked within their group and
 * those past the limit are cut; a cut unit gets the next grade it qualifies for by {@link
 * Decisions#grade}, the same decision an explanation runs. The limit is a share of the group's
 * units, or of those holding the quota's base grade or better; an advisory quota ranks and reports
 * but never cuts. Exempted units (免于考核) are neither counted nor ranked.
 */
final class QuotaPass {
  private QuotaPass() {}

  /**
   * What the quotas did: per quota, each considered unit's place and the group's limit and size, and
   * the figures of every group.
   */
  record Outcome(long[] cut, int[][] place, int[][] limit, int[][] groupSize, List<List<GroupFigure>> groups) {}

  /**
   * One group's figures for one quota (名额执行情况).
   *
   * @param group the position of the group's unit, or -1 for the units in no group (or one group of all)
   * @param size the units the limit is a share of
   * @param limit the most units allowed
   * @param holders the units the quota counted before any cut
   * @param kept the units within the limit (all of them for an advisory quota)
   */
  record GroupFigure(int group, int size, int limit, int holders, int kept) {}

  static Outcome apply(CompiledPlan plan, Decisions decide, RunState st, Frame f, long[] vetoMask, int[] grade,
      int[] exempt) {
    int n = st.tree.size();
    long[] cut = new long[n];
    int[][] place = new int[plan.quotas.length][];
    int[][] limit = new int[plan.quotas.length][];
    int[][] size = new int[plan.quotas.length][];
    List<List<GroupFigure>> groups = new ArrayList<>();
    for (int q = 0; q < plan.quotas.length; q++) {
      groups.add(List.of());
    }
    for (int g = 0; g < plan.grades.length; g++) {
      for (int q = 0; q < plan.quotas.length; q++) {
        if (plan.quotaGrade[q] == g) {
          groups.set(q, one(plan, q, decide, st, f, vetoMask, grade, exempt, cut, place, limit, size));
        }
      }
    }
    return new Outcome(cut, place, limit, size, List.copyOf(groups));
  }

  private static List<GroupFigure> one(CompiledPlan plan, int q, Decisions decide, RunState st, Frame f,
      long[] vetoMask, int[] grade, int[] exempt, long[] cut, int[][] place, int[][] limit, int[][] size) {
    int n = st.tree.size();
    int g = plan.quotaGrade[q];
    Quota quota = plan.quotas[q];
    boolean orBetter = quota.counting() == Quota.Counting.THIS_GRADE_OR_BETTER;
    int base = plan.quotaBase[q];
    place[q] = new int[n];
    limit[q] = new int[n];
    size[q] = new int[n];
    int[] group = quota.groupKind().map(st::groupOf).orElseGet(() -> new int[n]);
    int[] units = new int[n + 1]; // by group + 1 (group -1: no group)
    int[] groupSizes = new int[n + 1];
    int members = 0;
    for (int pos : st.subjects) {
      if (exempt != null && exempt[pos] >= 0) {
        continue;
      }
      units[group[pos] + 1]++;
      if (base < 0 || (grade[pos] >= 0 && grade[pos] <= base)) {
        groupSizes[group[pos] + 1]++;
      }
      if (counts(grade[pos], g, orBetter)) {
        members++;
      }
    }
    int[] order = new int[members];
    int k = 0;
    for (int pos : st.subjects) {
      if (counts(grade[pos], g, orBetter) && (exempt == null || exempt[pos] < 0)) {
        order[k++] = pos;
      }
    }
    order = byGroup(order, group, n);
    long[] second = plan.quotaSecondSlot[q] >= 0 ? st.in[plan.quotaSecondSlot[q]] : null;
    boolean ordinal = quota.tieBreak().mode() == TieBreak.RankMode.ORDINAL;
    boolean advisory = quota.enforcement() == Quota.Enforcement.ADVISORY;
    long[] total = f.total;
    int[] held = orBetter ? grade.clone() : null; // the grades the ranking sees, before this quota cuts
    IntSort.IntComparator tie = (a, b) -> { // of equal totals (and equal grades)
      if (ordinal && second != null) {
        int c = Long.compare(second[b], second[a]);
        if (c != 0) {
          return c;
        }
      }
      return st.tree.id(a).compareTo(st.tree.id(b));
    };
    long[] heldKey = null; // the grades the ranking sees as a sort key: a better grade (lower index) first
    if (orBetter) {
      heldKey = new long[n];
      for (int pos : order) {
        heldKey[pos] = held[pos];
      }
    }
    IntSort.IntComparator totalThenTie = (a, b) -> {
      int c = Long.compare(total[b], total[a]);
      return c != 0 ? c : tie.compare(a, b);
    };
    int[] holders = new int[n + 1];
    int[] kept = new int[n + 1];
    int[] cutNow = new int[order.length];
    int cutCount = 0;
    for (int from = 0; from < order.length; ) {
      int to = from;
      while (to < order.length && group[order[to]] == group[order[from]]) {
        to++;
      }
      if (orBetter) {
        IntSort.sort(order, from, to, heldKey, false, totalThenTie);
      } else {
        IntSort.sort(order, from, to, total, true, tie); // the total inline, the comparator for ties
      }
      int groupSize = groupSizes[group[order[from]] + 1];
      int lim = limitOf(quota, groupSize);
      int keep = advisory ? to - from : Math.min(lim, to - from);
      if (!ordinal && keep < to - from && keep > 0) {
        // units tied across the cut are all cut, so the quota is never exceeded
        while (keep > 0 && total[order[from + keep - 1]] == total[order[from + keep]]
            && (!orBetter || held[order[from + keep - 1]] == held[order[from + keep]])) {
          keep--;
        }
      }
      holders[group[order[from]] + 1] = to - from;
      kept[group[order[from]] + 1] = keep;
      for (int i = from; i < to; i++) {
        int pos = order[i];
        place[q][pos] = i - from + 1;
        limit[q][pos] = lim;
        size[q][pos] = groupSize;
        if (i - from >= keep) {
          cut[pos] |= 1L << q;
          cutNow[cutCount++] = pos;
        }
      }
      from = to;
    }
    // the cut units take the next grade they qualify for (the ranking above read the grades before)
    decide.grades(g + 1, Units.of(cutNow, cutCount), st, f, vetoMask, cut, null, grade, Trace.OFF);
    List<GroupFigure> figures = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      if (units[i] > 0) {
        figures.add(new GroupFigure(i - 1, groupSizes[i], limitOf(quota, groupSizes[i]), holders[i], kept[i]));
      }
    }
    return List.copyOf(figures);
  }

  /** True when a unit holding {@code held} counts in a quota of grade {@code g}. */
  private static boolean counts(int held, int g, boolean orBetter) {
    return orBetter ? held >= 0 && held <= g : held == g;
  }

  /**
   * {@code positions} reordered so that units of the same group are contiguous (a counting sort by
   * group; units in no group, -1, first), keeping their order within a group.
   */
  static int[] byGroup(int[] positions, int[] group, int treeSize) {
    int[] count = new int[treeSize + 2];
    for (int pos : positions) {
      count[group[pos] + 2]++;
    }
    for (int i = 1; i < count.length; i++) {
      count[i] += count[i - 1];
    }
    int[] out = new int[positions.length];
    for (int pos : positions) {
      out[count[group[pos] + 1]++] = pos;
    }
    return out;
  }

  /** {@code rounding(share × groupSize)} exactly (numerator × size / denominator), capped by the count. */
  static int limitOf(Quota quota, int groupSize) {
    long lim = Long.MAX_VALUE;
    if (quota.maxShare().isPresent()) {
      Fraction share = quota.maxShare().get();
      lim = quota.rounding().divide(Math.multiplyExact(share.numerator(), (long) groupSize), share.denominator());
    }
    if (quota.maxCount().isPresent()) {
      lim = Math.min(lim, quota.maxCount().get());
    }
    return (int) Math.max(0, Math.min(lim, groupSize));
  }

  /**
   * How the limit of {@code quota} over {@code groupSize} units is reached, for an explanation, in the
   * reader's language: "1/3 × 11, rounded down (floor)" | "1/3 × 11，向下取整", "min(0.2 × 16, …, 3)",
   * or the count alone "3".
   */
  static Messages.Text limitRule(Quota quota, int groupSize) {
    Optional<Messages.Text> share = quota.maxShare()
        .map(s -> new Messages.Text("assessment.limit.share", s.toString(), Integer.toString(groupSize), quota.rounding()));
    if (quota.maxCount().isEmpty()) {
      // neither declared (the validator refuses it): no limit but the group itself
      return share.orElseGet(() -> new Messages.Text("assessment.limit.count", Integer.toString(groupSize)));
    }
    String count = quota.maxCount().get().toString();
    return share.map(s -> new Messages.Text("assessment.limit.min", s, count))
        .orElseGet(() -> new Messages.Text("assessment.limit.count", count));
  }
}

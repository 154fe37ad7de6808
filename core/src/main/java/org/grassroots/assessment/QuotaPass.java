package org.grassroots.assessment;

import org.grassroots.rules.Fixed;
import org.grassroots.rules.Quota;
import org.grassroots.rules.TieBreak;

/**
 * The quota pass (名额限制): grade by grade, best first, the units holding a grade with a quota are
 * ranked within their group and those past the limit are cut; a cut unit gets the next grade it
 * qualifies for by {@link Decisions#grade}, the same decision an explanation runs.
 */
final class QuotaPass {
  private QuotaPass() {}

  /** What the quotas did: per quota, each considered unit's place and the group's limit and size. */
  record Outcome(long[] cut, int[][] place, int[][] limit, int[][] groupSize) {}

  static Outcome apply(CompiledPlan plan, Decisions decide, RunState st, Frame f, long[] vetoMask, int[] grade) {
    int n = st.tree.size();
    long[] cut = new long[n];
    int[][] place = new int[plan.quotas.length][];
    int[][] limit = new int[plan.quotas.length][];
    int[][] size = new int[plan.quotas.length][];
    for (int g = 0; g < plan.grades.length; g++) {
      for (int q = 0; q < plan.quotas.length; q++) {
        if (plan.quotaGrade[q] != g) {
          continue;
        }
        Quota quota = plan.quotas[q];
        place[q] = new int[n];
        limit[q] = new int[n];
        size[q] = new int[n];
        int[] group = quota.groupKind().map(st::groupOf).orElseGet(() -> new int[n]);
        int[] groupSizes = new int[n + 1]; // by group + 1 (group -1: no group)
        int members = 0;
        for (int pos : st.subjects) {
          groupSizes[group[pos] + 1]++;
          if (grade[pos] == g) {
            members++;
          }
        }
        int[] order = new int[members];
        int k = 0;
        for (int pos : st.subjects) {
          if (grade[pos] == g) {
            order[k++] = pos;
          }
        }
        order = byGroup(order, group, n);
        long[] second = plan.quotaSecondSlot[q] >= 0 ? st.in[plan.quotaSecondSlot[q]] : null;
        boolean ordinal = quota.tieBreak().mode() == TieBreak.RankMode.ORDINAL;
        long[] total = f.total;
        IntSort.IntComparator tie = (a, b) -> { // of equal totals
          if (ordinal && second != null) {
            int c = Long.compare(second[b], second[a]);
            if (c != 0) {
              return c;
            }
          }
          return st.tree.id(a).compareTo(st.tree.id(b));
        };
        for (int from = 0; from < order.length; ) {
          int to = from;
          while (to < order.length && group[order[to]] == group[order[from]]) {
            to++;
          }
          IntSort.sort(order, from, to, total, true, tie);
          int groupSize = groupSizes[group[order[from]] + 1];
          int lim = limitOf(quota, groupSize);
          int keep = Math.min(lim, to - from);
          if (!ordinal && keep < to - from && keep > 0) {
            // units tied across the cut are all cut, so the quota is never exceeded
            while (keep > 0 && total[order[from + keep - 1]] == total[order[from + keep]]) {
              keep--;
            }
          }
          for (int i = from; i < to; i++) {
            int pos = order[i];
            place[q][pos] = i - from + 1;
            limit[q][pos] = lim;
            size[q][pos] = groupSize;
            if (i - from >= keep) {
              cut[pos] |= 1L << q;
              grade[pos] = decide.grade(g + 1, pos, pos, st, f, vetoMask[pos], cut[pos], null, Trace.OFF);
            }
          }
          from = to;
        }
      }
    }
    return new Outcome(cut, place, limit, size);
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

  static int limitOf(Quota quota, int groupSize) {
    long lim = Long.MAX_VALUE;
    if (quota.maxShare().isPresent()) {
      lim = quota.rounding().divide(Math.multiplyExact(quota.maxShare().get(), (long) groupSize), Fixed.ONE);
    }
    if (quota.maxCount().isPresent()) {
      lim = Math.min(lim, quota.maxCount().get());
    }
    return (int) Math.max(0, Math.min(lim, groupSize));
  }
}

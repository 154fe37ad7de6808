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

  /**
   * Quota {@code q}, group by group in the run's grouping of the subjects ({@link RunState#groupOrder},
   * shared with the peer groups): the group's units and holders counted, the holders ranked and those
   * past the limit cut. Scratch is sized by the largest group, not by the tree.
   */
  private static List<GroupFigure> one(CompiledPlan plan, int q, Decisions decide, RunState st, Frame f,
      long[] vetoMask, int[] grade, int[] exempt, long[] cut, int[][] place, int[][] limit, int[][] size) {
    int n = st.tree.size();
    int g = plan.quotaGrade[q];
    Quota quota = plan.quotas[q];
    boolean orBetter = quota.counting() == Quota.Counting.THIS_GRADE_OR_BETTER;
    int base = plan.quotaBase[q];
    int[] placeOf = new int[n];
    int[] limitOf = new int[n];
    int[] sizeOf = new int[n];
    place[q] = placeOf;
    limit[q] = limitOf;
    size[q] = sizeOf;
    int[] group = quota.groupKind().map(st::groupOf).orElse(null); // null: one group of all, at position 0
    GroupOrder groups = quota.groupKind().map(st::groupOrder).orElseGet(() -> GroupOrder.all(st.subjects));
    int[] order = groups.order();
    int[] starts = groups.starts();
    long[] second = plan.quotaSecondSlot[q] >= 0 ? st.in[plan.quotaSecondSlot[q]] : null;
    boolean ordinal = quota.tieBreak().mode() == TieBreak.RankMode.ORDINAL;
    boolean advisory = quota.enforcement() == Quota.Enforcement.ADVISORY;
    long[] total = f.total;
    IntSort.IntComparator tie = (a, b) -> { // of equal totals (and equal grades)
      if (ordinal && second != null) {
        int c = Long.compare(second[b], second[a]);
        if (c != 0) {
          return c;
        }
      }
      return st.tree.id(a).compareTo(st.tree.id(b));
    };
    // the grades the ranking sees (before this quota cuts: grade[] changes only after the ranking) as a
    // sort key, a better grade (lower index) first
    long[] heldKey = orBetter ? new long[n] : null;
    IntSort.IntComparator totalThenTie = (a, b) -> {
      int c = Long.compare(total[b], total[a]);
      return c != 0 ? c : tie.compare(a, b);
    };
    int[] ranked = new int[groups.largest()]; // one group's holders, best first
    int[] cutNow = new int[order.length];
    int cutCount = 0;
    List<GroupFigure> figures = new ArrayList<>();
    for (int k = 0; k + 1 < starts.length; k++) {
      int units = 0;
      int groupSize = 0;
      int holders = 0;
      for (int i = starts[k]; i < starts[k + 1]; i++) {
        int pos = order[i];
        if (exempt != null && exempt[pos] >= 0) {
          continue;
        }
        units++;
        int held = grade[pos];
        groupSize += base < 0 || (held >= 0 && held <= base) ? 1 : 0;
        if (counts(held, g, orBetter)) {
          ranked[holders++] = pos;
          if (orBetter) {
            heldKey[pos] = held;
          }
        }
      }
      if (units == 0) {
        continue; // a group of exempted units only has no figures
      }
      if (orBetter) {
        IntSort.sort(ranked, 0, holders, heldKey, false, totalThenTie);
      } else {
        IntSort.sort(ranked, 0, holders, total, true, tie); // the total inline, the comparator for ties
      }
      int lim = limitOf(quota, groupSize);
      int keep = advisory ? holders : Math.min(lim, holders);
      if (!ordinal && keep < holders && keep > 0) {
        // units tied across the cut are all cut, so the quota is never exceeded
        while (keep > 0 && total[ranked[keep - 1]] == total[ranked[keep]]
            && (!orBetter || grade[ranked[keep - 1]] == grade[ranked[keep]])) {
          keep--;
        }
      }
      for (int i = 0; i < holders; i++) {
        int pos = ranked[i];
        placeOf[pos] = i + 1;
        limitOf[pos] = lim;
        sizeOf[pos] = groupSize;
        if (i >= keep) {
          cut[pos] |= 1L << q;
          cutNow[cutCount++] = pos;
        }
      }
      figures.add(new GroupFigure(group == null ? -1 : group[order[starts[k]]], groupSize, lim, holders, keep));
    }
    // the cut units take the next grade they qualify for (the ranking above read the grades before)
    decide.grades(g + 1, Units.of(cutNow, cutCount), st, f, vetoMask, cut, null, grade, Trace.OFF);
    return List.copyOf(figures);
  }

  /** True when a unit holding {@code held} counts in a quota of grade {@code g}. */
  private static boolean counts(int held, int g, boolean orBetter) {
    return orBetter ? held >= 0 && held <= g : held == g;
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

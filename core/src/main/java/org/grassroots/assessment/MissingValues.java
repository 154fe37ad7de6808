package org.grassroots.assessment;

import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.MissingPolicy;

/**
 * The missing values of one run (缺失值) and what the declared policies make of them: per measured
 * slot the presence words (null when every subject is present) and the count of missing values;
 * per subject the points of its excluded sub-items and whether it is disqualified. Arrays are null
 * when nothing applies.
 */
record MissingValues(long[][] present, int[] count, long[] excluded, boolean[] disqualified) {

  boolean isMissing(int slot, int pos) {
    long[] w = present[slot];
    return w != null && (w[pos >>> 6] & (1L << pos)) == 0;
  }

  /** The points of excluded sub-items of the unit at {@code pos} (0 when none). */
  long excludedAt(int pos) {
    return excluded == null ? 0 : excluded[pos];
  }

  /** True when the unit at {@code pos} gets no grade for a missing value. */
  boolean disqualifiedAt(int pos) {
    return disqualified != null && disqualified[pos];
  }

  /**
   * What is missing among the subjects; refuses the run if a REFUSE input is missing anywhere. With
   * nothing missing this reads one null per column and allocates nothing per unit.
   */
  static MissingValues of(CompiledPlan plan, InputColumns columns, int[] subjects, boolean carried) {
    int slots = plan.slotIds.size();
    long[][] present = new long[slots][];
    int[] count = new int[slots];
    boolean any = false;
    for (int s = 0; s < slots; s++) {
      if (!plan.measured[s] || (carried && plan.carrySlot[s])) {
        continue; // a carried total is present for every unit
      }
      long[] w = plan.slotPer[s] == null ? columns.presenceWords(plan.slotIds.get(s))
          : columns.presenceWords(plan.slotIds.get(s), plan.slotPer[s].of(columns.period()));
      if (w == null) {
        continue;
      }
      int c = 0;
      for (int pos : subjects) {
        if ((w[pos >>> 6] & (1L << pos)) == 0) {
          c++;
        }
      }
      if (c > 0) {
        present[s] = w;
        count[s] = c;
        any = true;
      }
    }
    if (!any) {
      return new MissingValues(present, count, null, null);
    }
    refuseIfMissing(plan, columns.tree(), subjects, present, count);
    int n = columns.tree().size();
    long[] excluded = null;
    boolean[] disqualified = null;
    for (int node : plan.items) {
      int s = plan.inputSlot[node];
      if (present[s] != null && plan.slotPolicy[s] == MissingPolicy.EXCLUDE) {
        excluded = excluded == null ? new long[n] : excluded;
        for (int pos : subjects) {
          if ((present[s][pos >>> 6] & (1L << pos)) == 0) {
            excluded[pos] = Math.addExact(excluded[pos], plan.node[node].points());
          }
        }
      }
    }
    for (int s = 0; s < slots; s++) {
      if (present[s] != null && plan.slotPolicy[s] == MissingPolicy.DISQUALIFY) {
        disqualified = disqualified == null ? new boolean[n] : disqualified;
        for (int pos : subjects) {
          disqualified[pos] |= (present[s][pos >>> 6] & (1L << pos)) == 0;
        }
      }
    }
    if (excluded != null) {
      for (int pos : subjects) {
        if (excluded[pos] != 0 && excluded[pos] >= plan.fullScore) {
          disqualified = disqualified == null ? new boolean[n] : disqualified;
          disqualified[pos] = true; // nothing left to assess
        }
      }
    }
    return new MissingValues(present, count, excluded, disqualified);
  }

  private static void refuseIfMissing(CompiledPlan plan, TreeSnapshot tree, int[] subjects, long[][] present,
      int[] count) {
    long refused = 0;
    for (int s = 0; s < present.length; s++) {
      if (present[s] != null && plan.slotPolicy[s] == MissingPolicy.REFUSE) {
        refused += count[s];
      }
    }
    if (refused == 0) {
      return;
    }
    for (int pos : subjects) { // the first unit in the snapshot's order, its first input in the ruleset's
      for (int s = 0; s < present.length; s++) {
        if (present[s] != null && plan.slotPolicy[s] == MissingPolicy.REFUSE
            && (present[s][pos >>> 6] & (1L << pos)) == 0) {
          throw new MissingValueRefusedException(tree.id(pos), plan.slotIds.get(s), refused);
        }
      }
    }
  }
}

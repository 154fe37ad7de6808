package org.grassroots.assessment;

import java.util.Arrays;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;

/**
 * Where a roll-up has something to add up (汇总结构), for one snapshot and one set of member units:
 * the inner units (those with descendants), whose figures are formed from their subtrees, and the
 * runs of consecutive member positions that a column's sums read. Every other position is a leaf,
 * whose rolled-up figure is its own value when it is a member and nothing otherwise — so a roll-up
 * column keeps one figure per inner unit and reads the leaves from the values it was given.
 *
 * <p>A subtree is the range {@code [i, subtreeEnd(i))} of the pre-order, so an inner unit's sum is a
 * difference of two running sums of the members' values: at its own position and at its subtree's
 * end. The runs are the member positions cut wherever a subtree begins or ends, so each of those
 * running sums is the one before some run (or after the last): one pass over the runs, ascending,
 * takes them all. Built once per snapshot and members (an {@link Assessment} keeps its own) and
 * shared by every column rolled up over them; immutable.
 */
final class RollUpShape {
  final TreeSnapshot tree;
  /** By position: whether the unit is a member. */
  final boolean[] member;
  final int memberCount;
  /** The inner positions, ascending (pre-order); an inner unit's slot is its index here. */
  final int[] inner;
  /** By slot: how many members the inner unit's subtree holds. */
  final int[] innerCount;
  /** By slot: how many runs lie before the inner unit's position, and before its subtree's end. */
  final int[] fromRun;
  final int[] toRun;
  /** The runs of member positions {@code [runStart[r], runEnd[r])}, ascending; none crosses a subtree's bounds. */
  final int[] runStart;
  final int[] runEnd;

  private RollUpShape(TreeSnapshot tree, boolean[] member, int memberCount, int[] inner, int[] fromRun,
      int[] toRun, int[] runStart, int[] runEnd) {
    this.tree = tree;
    this.member = member;
    this.memberCount = memberCount;
    this.inner = inner;
    this.fromRun = fromRun;
    this.toRun = toRun;
    this.runStart = runStart;
    this.runEnd = runEnd;
    this.innerCount = new int[inner.length];
    int[] before = new int[runStart.length + 1]; // members before each run
    for (int r = 0; r < runStart.length; r++) {
      before[r + 1] = before[r] + runEnd[r] - runStart[r];
    }
    for (int s = 0; s < inner.length; s++) {
      innerCount[s] = before[toRun[s]] - before[fromRun[s]];
    }
  }

  /** The shape of the roll-ups of {@code members} (positions of {@code tree}) over {@code tree}. */
  static RollUpShape of(TreeSnapshot tree, int[] members) {
    Check.notNull("tree", tree);
    Check.notNull("members", members);
    int n = tree.size();
    boolean[] member = new boolean[n];
    for (int p : members) {
      member[p] = true;
    }
    // one pass, ascending: a subtree's end is marked when its root is passed, before it is reached
    boolean[] bound = new boolean[n + 1]; // where a subtree begins or ends: a run is cut there
    int[] runsBefore = new int[n + 1]; // read only where bound
    int[] inner = new int[n];
    int[] runStart = new int[members.length]; // no more runs than members
    int[] runEnd = new int[members.length];
    int innerCount = 0;
    int memberCount = 0;
    int runs = 0;
    boolean open = false;
    for (int i = 0; i < n; i++) {
      int end = tree.subtreeEnd(i);
      if (end > i + 1) {
        inner[innerCount++] = i;
        bound[i] = true;
        bound[end] = true;
      }
      boolean in = member[i];
      if (open && (bound[i] || !in)) {
        runEnd[runs - 1] = i;
        open = false;
      }
      runsBefore[i] = runs;
      if (in) {
        memberCount++;
        if (!open) {
          runStart[runs++] = i;
          open = true;
        }
      }
    }
    if (open) {
      runEnd[runs - 1] = n;
    }
    runsBefore[n] = runs;
    int[] fromRun = new int[innerCount];
    int[] toRun = new int[innerCount];
    for (int s = 0; s < innerCount; s++) {
      fromRun[s] = runsBefore[inner[s]];
      toRun[s] = runsBefore[tree.subtreeEnd(inner[s])];
    }
    return new RollUpShape(tree, member, memberCount, Arrays.copyOf(inner, innerCount), fromRun, toRun,
        Arrays.copyOf(runStart, runs), Arrays.copyOf(runEnd, runs));
  }

  int size() {
    return member.length;
  }

  /** The slot of {@code position} when it is an inner unit, else a negative number. */
  int slotOf(int position) {
    return tree.subtreeEnd(position) > position + 1 ? Arrays.binarySearch(inner, position) : -1;
  }

  /** How many members lie in the subtree of {@code position}. */
  int count(int position) {
    int s = slotOf(position);
    return s >= 0 ? innerCount[s] : member[position] ? 1 : 0;
  }

  /**
   * The sum over each inner unit's subtree of the members' {@code values}, by slot: the running sum
   * before its subtree's end less the one before its position, both taken in one pass over the
   * runs; null when some sum might leave {@code long} (a member's magnitude times the member count
   * reaching 2^62), for the caller to sum exactly another way.
   */
  long[] innerSums(long[] values) {
    int runs = runStart.length;
    long[] before = new long[runs + 1]; // the running sum before each run, and after the last
    long sum = 0; // plain additions: kept only when the guard below shows no running sum can overflow
    long magnitudes = 0; // OR of |v| (|v| - 1 when negative): bounds every |v| by its highest bit
    for (int r = 0; r < runs; r++) {
      before[r] = sum;
      for (int i = runStart[r], end = runEnd[r]; i < end; i++) {
        long v = values[i];
        sum += v;
        magnitudes |= v ^ (v >> 63);
      }
    }
    before[runs] = sum;
    if (mightOverflow(magnitudes)) {
      return null;
    }
    long[] out = new long[inner.length];
    for (int s = 0; s < out.length; s++) {
      out[s] = before[toRun[s]] - before[fromRun[s]];
    }
    return out;
  }

  /**
   * {@link #innerSums(long[])} of four columns in one pass over the runs (the runs' bookkeeping and
   * the reads of the running sums shared); an entry is null where that column might overflow.
   */
  long[][] innerSums(long[] a, long[] b, long[] c, long[] d) {
    int runs = runStart.length;
    long[] before = new long[4 * (runs + 1)]; // by run, the four running sums side by side
    long sa = 0;
    long sb = 0;
    long sc = 0;
    long sd = 0;
    long magnitudes = 0; // of the four columns together, as above
    for (int r = 0; r < runs; r++) {
      int at = 4 * r;
      before[at] = sa;
      before[at + 1] = sb;
      before[at + 2] = sc;
      before[at + 3] = sd;
      for (int i = runStart[r], end = runEnd[r]; i < end; i++) {
        long va = a[i];
        long vb = b[i];
        long vc = c[i];
        long vd = d[i];
        sa += va;
        sb += vb;
        sc += vc;
        sd += vd;
        magnitudes |= (va ^ (va >> 63)) | (vb ^ (vb >> 63)) | (vc ^ (vc >> 63)) | (vd ^ (vd >> 63));
      }
    }
    if (mightOverflow(magnitudes)) { // one at a time: only a column that might overflow gets null
      return new long[][] {innerSums(a), innerSums(b), innerSums(c), innerSums(d)};
    }
    int last = 4 * runs;
    before[last] = sa;
    before[last + 1] = sb;
    before[last + 2] = sc;
    before[last + 3] = sd;
    long[][] out = new long[4][inner.length];
    for (int s = 0; s < inner.length; s++) {
      int to = 4 * toRun[s];
      int from = 4 * fromRun[s];
      out[0][s] = before[to] - before[from];
      out[1][s] = before[to + 1] - before[from + 1];
      out[2][s] = before[to + 2] - before[from + 2];
      out[3][s] = before[to + 3] - before[from + 3];
    }
    return out;
  }

  /** Whether a sum of members whose magnitudes OR to {@code magnitudes} might reach 2^62. */
  private boolean mightOverflow(long magnitudes) {
    int valueBits = 64 - Long.numberOfLeadingZeros(magnitudes); // every |v| <= 2^valueBits
    int countBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, memberCount)); // count < 2^countBits
    return valueBits + countBits > 62;
  }
}

package org.grassroots.assessment;

/**
 * The assessed units ordered by peer group (按组排列): the subjects by the position of their group
 * (those without one first), in pre-order within a group, and where each group's run starts. It
 * depends on the tree, the subjects and the group kind only, not on the inputs, so a run works it
 * out once per group kind ({@link RunState#groupOrder}) and every peer-group column reads it.
 *
 * @param order the subject positions, grouped
 * @param starts where each group's run starts in {@code order}, then {@code order.length}
 * @param largest the size of the largest group
 */
record GroupOrder(int[] order, int[] starts, int largest) {
  /** The grouping of {@code subjects} by {@code group[position]} (-1 for none). */
  static GroupOrder of(int[] subjects, int[] group, int treeSize) {
    int[] order = byGroup(subjects, group, treeSize);
    int[] starts = new int[order.length + 1];
    int groups = 0;
    int largest = 0;
    for (int from = 0; from < order.length; ) {
      int to = from + 1;
      while (to < order.length && group[order[to]] == group[order[from]]) {
        to++;
      }
      starts[groups++] = from;
      largest = Math.max(largest, to - from);
      from = to;
    }
    starts[groups] = order.length;
    return new GroupOrder(order, java.util.Arrays.copyOf(starts, groups + 1), largest);
  }

  /** One group of all {@code subjects}, in their order (a quota without a group kind). */
  static GroupOrder all(int[] subjects) {
    return new GroupOrder(subjects, subjects.length == 0 ? new int[] {0} : new int[] {0, subjects.length},
        subjects.length);
  }

  /**
   * {@code positions} reordered so that units of the same group are contiguous (a counting sort by
   * group; units in no group, -1, first), keeping their order within a group.
   */
  private static int[] byGroup(int[] positions, int[] group, int treeSize) {
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

  /** How many groups. */
  int groups() {
    return starts.length - 1;
  }
}

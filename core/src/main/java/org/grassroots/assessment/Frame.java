package org.grassroots.assessment;

/**
 * Points of every indicator node and totals (得分表), indexed by {@code at}: a snapshot position in
 * a column run, 0 when one unit is explained. Node 0 is the total before bonuses.
 */
final class Frame {
  final long[][] scores;
  final long[] total;
  private final int size;

  /** A frame with every node's column allocated (zeros). */
  Frame(int nodes, int size) {
    this(new long[nodes][size], size);
  }

  private Frame(long[][] scores, int size) {
    this.scores = scores;
    this.total = new long[size];
    this.size = size;
  }

  /**
   * A frame whose node columns are allocated by {@link #column} when their pass begins, so that a
   * column's freshly zeroed memory is still in cache when the pass writes it (a column run writes
   * ~40 columns of 5 MB; allocated together, they were zeroed, evicted and read back).
   */
  static Frame allocatedByColumn(int nodes, int size) {
    return new Frame(new long[nodes][], size);
  }

  /** The column of {@code node}, allocated (zeros) on first use; each node's pass calls it once. */
  long[] column(int node) {
    long[] c = scores[node];
    if (c == null) {
      c = new long[size];
      scores[node] = c;
    }
    return c;
  }
}

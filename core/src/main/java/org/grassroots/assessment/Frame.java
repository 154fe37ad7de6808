package org.grassroots.assessment;

/**
 * Points of every indicator node and totals (得分表), indexed by {@code at}: a snapshot position in
 * a column run, 0 when one unit is explained. Node 0 is the total before bonuses.
 */
final class Frame {
  final long[][] scores;
  final long[] total;

  Frame(int nodes, int size) {
    scores = new long[nodes][size];
    total = new long[size];
  }
}

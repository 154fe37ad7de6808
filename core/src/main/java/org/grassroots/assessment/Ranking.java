package org.grassroots.assessment;

import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.TieBreak;

/**
 * Rankings (排名) with declared tie-breaks: competition (1, 2, 2, 4), dense (1, 2, 2, 3), or ordinal
 * (1, 2, 3, 4) with ties broken by a second key (higher first) and then the unit id (ascending).
 */
public final class Ranking {
  private Ranking() {}

  /**
   * The places (1-based) of {@code positions} by {@code keys[position]}.
   *
   * @param snapshot the tree, for unit ids (the last tie-break)
   * @param positions the units ranked, positions in the snapshot
   * @param keys the key of each position (indexed by position)
   * @param higherFirst true when a higher key ranks first
   * @param tieBreak how equal keys are placed
   * @param secondKey for ordinal ranking, the second key by position (higher first); may be null
   * @return the place of {@code positions[k]} at index {@code k}
   */
  public static int[] rank(
      TreeSnapshot snapshot, int[] positions, long[] keys, boolean higherFirst, TieBreak tieBreak,
      long[] secondKey) {
    Check.notNull("snapshot", snapshot);
    Check.notNull("positions", positions);
    Check.notNull("keys", keys);
    Check.notNull("tieBreak", tieBreak);
    int[] order = positions.clone();
    sort(snapshot, order, 0, order.length, keys, higherFirst, tieBreak, secondKey);
    int[] places = placesInOrder(order, 0, order.length, keys, tieBreak.mode());
    int[] placeOfPosition = new int[snapshot.size()];
    for (int k = 0; k < order.length; k++) {
      placeOfPosition[order[k]] = places[k];
    }
    int[] placeByPos = new int[positions.length];
    for (int k = 0; k < positions.length; k++) {
      placeByPos[k] = placeOfPosition[positions[k]];
    }
    return placeByPos;
  }

  /** Sorts {@code order[from, to)} best first by the declared rules. */
  static void sort(
      TreeSnapshot snapshot, int[] order, int from, int to, long[] keys, boolean higherFirst,
      TieBreak tieBreak, long[] secondKey) {
    boolean ordinal = tieBreak.mode() == TieBreak.RankMode.ORDINAL;
    IntSort.sort(order, from, to, keys, higherFirst, (a, b) -> {
      if (ordinal && secondKey != null) {
        int c = Long.compare(secondKey[b], secondKey[a]);
        if (c != 0) {
          return c;
        }
      }
      return snapshot.id(a).compareTo(snapshot.id(b));
    });
  }

  /** The places of the sorted {@code order[from, to)}, as an array of length {@code to - from}. */
  static int[] placesInOrder(int[] order, int from, int to, long[] keys, TieBreak.RankMode mode) {
    int[] places = new int[to - from];
    int dense = 0;
    for (int k = 0; k < places.length; k++) {
      boolean tied = k > 0 && keys[order[from + k]] == keys[order[from + k - 1]];
      switch (mode) {
        case ORDINAL -> places[k] = k + 1;
        case COMPETITION -> places[k] = tied ? places[k - 1] : k + 1;
        case DENSE -> {
          if (!tied) {
            dense++;
          }
          places[k] = dense;
        }
      }
    }
    return places;
  }

  /** Groups up to this size are placed by counting the units ahead of each; larger ones are sorted. */
  static final int COUNTED_GROUP_MAX = 32;

  /**
   * Places every unit of one group {@code members[from, to)} as {@link #sort} then {@link
   * #placesInOrder} would, writing {@code placeOut[position]}; {@code members} is left as it is. A
   * group of up to {@link #COUNTED_GROUP_MAX} units is placed without sorting: a unit's place is one
   * more than the units ahead of it (strictly better keys; for dense places, the distinct better
   * keys; for ordinal places also the equal keys ahead by the tie-break), counted without branches
   * on the keys.
   *
   * @param scratch at least {@code 2 ×} {@link #COUNTED_GROUP_MAX} longs, overwritten
   */
  static void placeGroup(
      TreeSnapshot snapshot, int[] members, int from, int to, long[] keys, boolean higherFirst,
      TieBreak tieBreak, long[] secondKey, int[] placeOut, long[] scratch) {
    int n = to - from;
    TieBreak.RankMode mode = tieBreak.mode();
    if (n > COUNTED_GROUP_MAX) {
      int[] order = java.util.Arrays.copyOfRange(members, from, to);
      sort(snapshot, order, 0, n, keys, higherFirst, tieBreak, secondKey);
      int[] places = placesInOrder(order, 0, n, keys, mode);
      for (int k = 0; k < n; k++) {
        placeOut[order[k]] = places[k];
      }
      return;
    }
    long[] better = scratch; // a key that orders best-highest: ~x reverses the order of every long exactly
    long magnitudes = 0; // OR of |v| (|v| - 1 when negative): bounds every |v| by its highest bit
    for (int k = 0; k < n; k++) {
      long v = keys[members[from + k]];
      v = higherFirst ? v : ~v;
      better[k] = v;
      magnitudes |= v ^ (v >> 63);
    }
    if (mode == TieBreak.RankMode.COMPETITION && magnitudes < 1L << 62) {
      // every key within (-2^62, 2^62): a difference of two cannot overflow, its sign bit is the test
      for (int i = 0; i < n; i++) {
        long v = better[i];
        long ahead = 0;
        for (int j = 0; j < n; j++) {
          ahead += (v - better[j]) >>> 63;
        }
        placeOut[members[from + i]] = (int) ahead + 1;
      }
      return;
    }
    if (mode == TieBreak.RankMode.DENSE) { // 1 for the first unit of each key, at scratch[MAX + k]
      for (int k = 0; k < n; k++) {
        long first = 1;
        for (int j = 0; j < k; j++) {
          first &= better[j] == better[k] ? 0 : 1;
        }
        scratch[COUNTED_GROUP_MAX + k] = first;
      }
    }
    for (int i = 0; i < n; i++) {
      long v = better[i];
      int ahead = 0;
      switch (mode) {
        case COMPETITION -> {
          for (int j = 0; j < n; j++) {
            ahead += less(v, better[j]);
          }
        }
        case DENSE -> {
          for (int j = 0; j < n; j++) {
            ahead += less(v, better[j]) & (int) scratch[COUNTED_GROUP_MAX + j];
          }
        }
        case ORDINAL -> {
          int tied = 0;
          for (int j = 0; j < n; j++) {
            ahead += less(v, better[j]);
            tied += better[j] == v ? 1 : 0;
          }
          if (tied > 1) {
            int a = members[from + i];
            boolean bySecond = secondKey != null;
            for (int j = 0; j < n; j++) {
              int b = members[from + j];
              if (j != i && better[j] == v && tieAhead(snapshot, b, a, bySecond ? secondKey : null)) {
                ahead++;
              }
            }
          }
        }
      }
      placeOut[members[from + i]] = ahead + 1;
    }
  }

  /** 1 when {@code x < y} (signed), else 0, without a branch (Hacker's Delight 2-12). */
  private static int less(long x, long y) {
    long d = x - y;
    return (int) ((d ^ ((x ^ y) & (d ^ x))) >>> 63);
  }

  /** Whether {@code b} comes before {@code a} among equal keys: higher second key, then lower unit id. */
  private static boolean tieAhead(TreeSnapshot snapshot, int b, int a, long[] secondKey) {
    if (secondKey != null && secondKey[b] != secondKey[a]) {
      return secondKey[b] > secondKey[a];
    }
    return snapshot.id(b).compareTo(snapshot.id(a)) < 0;
  }
}

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
}

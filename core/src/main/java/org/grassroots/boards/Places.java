package org.grassroots.boards;

import org.grassroots.input.Check;
import org.grassroots.rules.TieBreak.RankMode;

/**
 * Places (名次) for keys already sorted best first, by a declared {@link RankMode}. Kept here
 * because the assessment ranking (branch {@code rules}) ranks tree positions of units, not cadres.
 */
final class Places {
  private Places() {}

  /** The 1-based places of {@code keys} (sorted best first, equal keys adjacent). */
  static int[] of(long[] keys, RankMode mode) {
    Check.notNull("keys", keys);
    Check.notNull("mode", mode);
    int[] places = new int[keys.length];
    int dense = 0;
    for (int k = 0; k < keys.length; k++) {
      boolean tied = k > 0 && keys[k] == keys[k - 1];
      places[k] = switch (mode) {
        case ORDINAL -> k + 1;
        case COMPETITION -> tied ? places[k - 1] : k + 1;
        case DENSE -> tied ? dense : ++dense;
      };
    }
    return places;
  }
}

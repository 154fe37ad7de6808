package org.grassroots.assessment;

/**
 * The units one decision runs over (判定范围): the positions {@code pos[from, to)} in the input
 * columns. A unit's index in the {@link Frame} and in the per-unit result arrays is {@code pos -
 * shift}: 0 for a whole column run (the index is the position), the unit's own position when one
 * unit is explained (its frame has one row, index 0). Results of a condition are written by the
 * unit's index in the range, {@code i - from}.
 */
record Units(int[] pos, int from, int to, int shift) {

  /** The one unit at {@code pos}, explained in a frame of one row. */
  static Units one(int pos) {
    return new Units(new int[] {pos}, 0, 1, pos);
  }

  /** The positions {@code pos[0, count)} of a column run. */
  static Units of(int[] pos, int count) {
    return new Units(pos, 0, count, 0);
  }

  int size() {
    return to - from;
  }

  /** The same shift over the units of this range whose {@code held[i - from]} is true. */
  Units where(boolean[] held) {
    int[] kept = new int[size()];
    int k = 0;
    for (int i = from; i < to; i++) { // without a branch: written always, counted if held
      kept[k] = pos[i];
      k += held[i - from] ? 1 : 0;
    }
    return new Units(kept, 0, k, shift);
  }
}

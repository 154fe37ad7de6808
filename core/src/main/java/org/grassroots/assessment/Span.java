package org.grassroots.assessment;

/**
 * The assessed positions as one stretch of the snapshot (评估区间): {@code [first, end)} holds every
 * subject, and the other positions in it, the gaps, are few — in a country-sized tree the
 * communities lie between their streets, about one gap in fifteen. A pass that adds up whole columns
 * runs over the stretch without reading positions through the subjects (a loop the JIT can
 * vectorise) and puts the gaps back to what they held.
 *
 * @param first the first subject's position
 * @param end one past the last subject's position
 * @param gaps the positions in {@code [first, end)} that are not subjects, ascending
 */
record Span(int first, int end, int[] gaps) {
  /** A stretch is used when its gaps are at most this share of the subjects (1 / 4). */
  private static final int GAPS_PER_SUBJECT_SHIFT = 2;

  /**
   * The stretch of {@code subjects}, or null when they are not strictly ascending, are empty, or
   * leave more gaps than a quarter of their number.
   */
  static Span of(int[] subjects) {
    if (subjects.length == 0) {
      return null;
    }
    int first = subjects[0];
    int end = subjects[subjects.length - 1] + 1;
    long gapCount = (long) end - first - subjects.length;
    if (gapCount < 0 || gapCount > subjects.length >> GAPS_PER_SUBJECT_SHIFT) {
      return null;
    }
    int[] gaps = new int[(int) gapCount];
    int g = 0;
    for (int i = 1; i < subjects.length; i++) {
      int from = subjects[i - 1] + 1;
      int to = subjects[i];
      if (to < from || g + (to - from) > gaps.length) {
        return null; // not strictly ascending
      }
      for (int pos = from; pos < to; pos++) {
        gaps[g++] = pos;
      }
    }
    return g == gaps.length ? new Span(first, end, gaps) : null;
  }
}

package org.grassroots.assessment;

import org.grassroots.rules.Boundary;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.ScoringMethod;

/**
 * Threshold bands (分档计分) compiled to primitive arrays: band {@code k} holds the whole fixed-point
 * numbers {@code low[k] ≤ x ≤ high[k]}, where a declared exclusive end {@code > v} becomes {@code
 * ≥ v + 1} and {@code < v} becomes {@code ≤ v − 1} (fixed-point values are whole numbers of
 * 1/10,000, so this is exact), and an absent end is {@code Long.MIN_VALUE}/{@code MAX_VALUE}. The
 * first band in declared order that holds the input gives its points, as the rule says.
 *
 * <p>For the column the bands are also compiled to their step form (阶梯形式): the points as a
 * function of the input change only where a band begins ({@code low[k]}) or just after it ends
 * ({@code high[k] + 1}), so below the first such step {@code at[0]} every input scores {@code
 * below}, and from {@code at[j]} up to the next step every input scores {@code from[j]} (steps where
 * nothing changes are dropped). The column loop then makes one comparison per step; three ordered
 * bands are two steps.
 */
final class BandsColumn extends ScoringColumn {
  private final ScoringMethod.Band[] bands;
  private final long[] low;
  private final long[] high;
  private final long[] points;
  private final long otherwise;
  private final long below;
  private final long[] at;
  private final long[] from;

  BandsColumn(ScoringMethod.Bands m) {
    bands = m.bands().toArray(new ScoringMethod.Band[0]);
    int k = bands.length;
    low = new long[k];
    high = new long[k];
    points = new long[k];
    otherwise = m.otherwise();
    for (int b = 0; b < k; b++) {
      low[b] = bands[b].lower().map(BandsColumn::lowestAdmitted).orElse(Long.MIN_VALUE);
      high[b] = bands[b].upper().map(BandsColumn::highestAdmitted).orElse(Long.MAX_VALUE);
      if (isEmpty(bands[b])) { // an exclusive end at the end of the range of long admits nothing
        low[b] = Long.MAX_VALUE;
        high[b] = Long.MIN_VALUE;
      }
      points[b] = bands[b].points();
    }
    java.util.TreeSet<Long> edges = new java.util.TreeSet<>();
    for (int b = 0; b < k; b++) {
      if (low[b] <= high[b]) { // the points can change only where a band begins or just after it ends
        edges.add(low[b]);
        if (high[b] != Long.MAX_VALUE) {
          edges.add(high[b] + 1);
        }
      }
    }
    edges.remove(Long.MIN_VALUE); // nothing lies below it: it is not a step
    below = pointsOf(Long.MIN_VALUE);
    long[] steps = new long[edges.size()];
    long[] stepPoints = new long[edges.size()];
    int count = 0;
    long current = below;
    for (long edge : edges) {
      long p = pointsOf(edge);
      if (p != current) {
        steps[count] = edge;
        stepPoints[count++] = p;
        current = p;
      }
    }
    at = java.util.Arrays.copyOf(steps, count);
    from = java.util.Arrays.copyOf(stepPoints, count);
  }

  /** The points of input {@code x}: those of the first band holding it, else {@code otherwise}. */
  private long pointsOf(long x) {
    int b = bandOf(x);
    return b < 0 ? otherwise : points[b];
  }

  private static long lowestAdmitted(Bound lower) {
    return lower.boundary() == Boundary.INCLUSIVE || lower.value() == Long.MAX_VALUE ? lower.value() : lower.value() + 1;
  }

  private static long highestAdmitted(Bound upper) {
    return upper.boundary() == Boundary.INCLUSIVE || upper.value() == Long.MIN_VALUE ? upper.value() : upper.value() - 1;
  }

  private static boolean isEmpty(ScoringMethod.Band b) {
    return b.lower().map(l -> l.boundary() == Boundary.EXCLUSIVE && l.value() == Long.MAX_VALUE).orElse(false)
        || b.upper().map(u -> u.boundary() == Boundary.EXCLUSIVE && u.value() == Long.MIN_VALUE).orElse(false);
  }

  /** The index of the first band holding {@code x}, or -1. */
  private int bandOf(long x) {
    long[] lo = low;
    long[] hi = high;
    for (int k = 0; k < lo.length; k++) {
      if (x >= lo[k] && x <= hi[k]) {
        return k;
      }
    }
    return -1;
  }

  @Override
  void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
    // the last step at or below the value gives the points, each step a comparison and a select
    // (no search that stops at the first match: it mispredicts on random values); one, two and
    // three steps have their own loop so that the steps are held in registers
    long p0 = below;
    switch (at.length) {
      case 0 -> {
        for (int pos : subjects) {
          out[pos] = p0;
        }
      }
      case 1 -> {
        long a1 = at[0];
        long p1 = from[0];
        for (int pos : subjects) {
          out[pos] = x[pos] >= a1 ? p1 : p0;
        }
      }
      case 2 -> {
        long a1 = at[0];
        long p1 = from[0];
        long a2 = at[1];
        long p2 = from[1];
        for (int pos : subjects) {
          long v = x[pos];
          long p = v >= a1 ? p1 : p0;
          out[pos] = v >= a2 ? p2 : p;
        }
      }
      case 3 -> {
        long a1 = at[0];
        long p1 = from[0];
        long a2 = at[1];
        long p2 = from[1];
        long a3 = at[2];
        long p3 = from[2];
        for (int pos : subjects) {
          long v = x[pos];
          long p = v >= a1 ? p1 : p0;
          p = v >= a2 ? p2 : p;
          out[pos] = v >= a3 ? p3 : p;
        }
      }
      default -> {
        long[] a = at;
        long[] f = from;
        for (int pos : subjects) {
          long v = x[pos];
          long p = p0;
          for (int j = 0; j < a.length; j++) {
            p = v >= a[j] ? f[j] : p;
          }
          out[pos] = p;
        }
      }
    }
  }

  @Override
  long score(long x, int pos, RunState st, Trace t) {
    int k = bandOf(x);
    if (k < 0) {
      t.fact("assessment.trace.noBand", x, otherwise);
      return otherwise;
    }
    if (t.on()) {
      ScoringMethod.Band b = bands[k];
      t.fact("assessment.trace.band", x, k + 1, range(b), b.label(), b.points());
    }
    return points[k];
  }

  /** A band's range as written in a trace, e.g. {@code [60, 80)}. */
  static String range(ScoringMethod.Band b) {
    return b.lower().map(Bound::toString).orElse("(-∞") + ", "
        + b.upper().map(u -> Fixed.format(u.value()) + (u.boundary() == Boundary.INCLUSIVE ? "]" : ")")).orElse("+∞)");
  }
}

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
 */
final class BandsColumn extends ScoringColumn {
  private final ScoringMethod.Band[] bands;
  private final long[] low;
  private final long[] high;
  private final long[] points;
  private final long otherwise;

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
    long[] lo = low;
    long[] hi = high;
    long[] pts = points;
    int k = lo.length;
    long other = otherwise;
    // every band is tested, last to first so that the first holding the value wins, without a
    // branch on the value (a search that stops at the first match mispredicts on random values)
    for (int pos : subjects) {
      long v = x[pos];
      long p = other;
      for (int b = k - 1; b >= 0; b--) {
        boolean inside = v >= lo[b] & v <= hi[b];
        p = inside ? pts[b] : p;
      }
      out[pos] = p;
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

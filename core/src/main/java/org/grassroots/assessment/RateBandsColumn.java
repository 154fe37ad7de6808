package org.grassroots.assessment;

import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.ScoringMethod;

/**
 * Bands over the rate of two inputs (比率分档): band {@code k} holds the unit when {@code x / d} lies
 * between its ends, tested exactly as {@code x × 1 ⋈ end × d} in fixed point (both sides scaled by
 * {@link Fixed#ONE}), so no rate is ever rounded. The first band in declared order that holds the
 * rate gives its points.
 */
final class RateBandsColumn extends ScoringColumn {
  private final ScoringMethod.Band[] bands;
  private final int denominatorSlot;
  private final long otherwise;
  private final long whenNoDenominator;

  RateBandsColumn(ScoringMethod.RateBands m, int denominatorSlot) {
    bands = m.bands().toArray(new ScoringMethod.Band[0]);
    this.denominatorSlot = denominatorSlot;
    otherwise = m.otherwise();
    whenNoDenominator = m.whenNoDenominator();
  }

  /** The first band holding {@code x / d} ({@code d > 0}), or -1. */
  private int bandOf(long x, long d) {
    long scaled = Math.multiplyExact(x, Fixed.ONE);
    for (int k = 0; k < bands.length; k++) {
      if (admits(bands[k], scaled, d)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean admits(ScoringMethod.Band b, long scaledX, long d) {
    if (b.lower().isPresent()) {
      Bound lo = b.lower().get();
      int c = Long.compare(scaledX, Math.multiplyExact(lo.value(), d));
      if (lo.boundary() == Boundary.INCLUSIVE ? c < 0 : c <= 0) {
        return false;
      }
    }
    if (b.upper().isPresent()) {
      Bound hi = b.upper().get();
      int c = Long.compare(scaledX, Math.multiplyExact(hi.value(), d));
      return hi.boundary() == Boundary.INCLUSIVE ? c <= 0 : c < 0;
    }
    return true;
  }

  private long points(long x, long d) {
    if (d <= 0) {
      return whenNoDenominator;
    }
    int k = bandOf(x, d);
    return k < 0 ? otherwise : bands[k].points();
  }

  @Override
  void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
    long[] d = st.in[denominatorSlot];
    for (int pos : subjects) {
      out[pos] = points(x[pos], d[pos]);
    }
  }

  @Override
  long score(long x, int pos, RunState st, Trace t) {
    long d = st.in[denominatorSlot][pos];
    long p = points(x, d);
    if (t.on()) {
      if (d <= 0) {
        t.fact("assessment.trace.noDenominator", d, whenNoDenominator);
      } else {
        int k = bandOf(x, d);
        if (k < 0) {
          t.fact("assessment.trace.rateNoBand", x, d, otherwise);
        } else {
          ScoringMethod.Band b = bands[k];
          t.fact("assessment.trace.rateBand", x, d, k + 1, BandsColumn.range(b), b.label(), p);
        }
      }
    }
    return p;
  }
}

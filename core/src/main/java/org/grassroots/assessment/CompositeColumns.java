package org.grassroots.assessment;

import java.util.Optional;
import org.grassroots.rules.ScoringMethod;

/** The methods made of other methods: a floor and cap around one ({@link Limited}), a sum ({@link Sum}). */
final class CompositeColumns {
  private CompositeColumns() {}

  /** A floor and a cap around an inner method (限定); an absent end is {@code Long.MIN/MAX_VALUE}. */
  static final class Limited extends ScoringColumn {
    private final ScoringColumn inner;
    private final long floor;
    private final long cap;
    private final boolean hasFloor;
    private final boolean hasCap;

    Limited(ScoringColumn inner, Optional<Long> floor, Optional<Long> cap) {
      this.inner = inner;
      this.hasFloor = floor.isPresent();
      this.hasCap = cap.isPresent();
      this.floor = floor.orElse(Long.MIN_VALUE);
      this.cap = cap.orElse(Long.MAX_VALUE);
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      inner.scoreColumn(x, subjects, st, out);
      long lo = floor;
      long hi = cap;
      for (int pos : subjects) {
        out[pos] = Math.min(Math.max(out[pos], lo), hi);
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long raw = inner.score(x, pos, st, t);
      long v = raw;
      if (hasFloor && v < floor) {
        v = floor;
        t.fact("assessment.trace.floor", raw, floor);
      }
      if (hasCap && v > cap) {
        t.fact("assessment.trace.cap", v, cap);
        v = cap;
      }
      return v;
    }
  }

  /** Several methods over the same input, added (合计). */
  static final class Sum extends ScoringColumn {
    private final ScoringColumn[] parts;

    Sum(ScoringColumn[] parts) {
      this.parts = parts;
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      parts[0].scoreColumn(x, subjects, st, out); // a sum has parts; the first is the sum so far
      long[] part = parts.length > 1 ? new long[out.length] : null;
      for (int k = 1; k < parts.length; k++) {
        parts[k].scoreColumn(x, subjects, st, part);
        for (int pos : subjects) {
          out[pos] = Math.addExact(out[pos], part[pos]);
        }
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long s = 0;
      for (ScoringColumn p : parts) {
        s = Math.addExact(s, p.score(x, pos, st, t));
      }
      t.fact("assessment.trace.sum", s);
      return s;
    }
  }
}

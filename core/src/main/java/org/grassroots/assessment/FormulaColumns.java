package org.grassroots.assessment;

import org.grassroots.rules.Fixed;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.ScoringMethod;

/**
 * The scoring methods that are a formula of the input (公式计分): linear, ratio to a target, count ×
 * points, deduction per occurrence, yes/no and carry-over. Each holds its parameters as primitive
 * fields and has one {@code points} method that the column loop and the traced single value both
 * call.
 */
final class FormulaColumns {
  private FormulaColumns() {}

  /** Linear between two points (线性插值). */
  static final class Linear extends ScoringColumn {
    private final long x0;
    private final long y0;
    private final long x1;
    private final long y1;
    private final Rounding rounding;
    private final Rounding.Divider divider;
    /**
     * True when {@code (x1 − x0) × (y1 − y0)} is a {@code long}: then every input may be clamped
     * into {@code [x0, x1]} and interpolated, as {@code x0} interpolates to {@code y0} and {@code
     * x1} exactly to {@code y1} (a select instead of a branch that random inputs mispredict).
     */
    private final boolean clamp;

    Linear(ScoringMethod.Linear m) {
      x0 = m.x0();
      y0 = m.y0();
      x1 = m.x1();
      y1 = m.y1();
      rounding = m.rounding();
      divider = rounding.divider();
      clamp = x0 < x1 && x1 - x0 > 0 && Math.multiplyHigh(x1 - x0, y1 - y0) == (x1 - x0) * (y1 - y0) >> 63;
    }

    private long points(long x) {
      if (clamp) {
        long within = Math.min(Math.max(x, x0), x1);
        return y0 + divider.divide((within - x0) * (y1 - y0), x1 - x0);
      }
      if (x <= x0) {
        return y0;
      }
      if (x >= x1) {
        return y1;
      }
      return y0 + divider.divide(Math.multiplyExact(x - x0, y1 - y0), x1 - x0);
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      for (int pos : subjects) {
        out[pos] = points(x[pos]);
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long p = points(x);
      t.fact("assessment.trace.linear", x, x0, y0, x1, y1, rounding, p);
      return p;
    }
  }

  /** Ratio to a constant target or to a per-unit target input (达成率). */
  static final class Ratio extends ScoringColumn {
    private final long constantTarget;
    private final int targetSlot;
    private final long whenNoTarget;
    private final long maxRatio;
    private final long full;
    private final long cappedPoints;
    private final Rounding rounding;
    private final ShareOfTarget share;
    /** True when {@code maxRatio × constantTarget} is a {@code long}; then {@code atMostUncapped} is its ⌊/ 1⌋. */
    private final boolean constantLimit;
    private final long atMostUncapped;

    Ratio(ScoringMethod.RatioToTarget m, int targetSlot) {
      constantTarget = m.target();
      this.targetSlot = targetSlot;
      whenNoTarget = m.whenNoTarget();
      maxRatio = m.maxRatio();
      full = m.points();
      rounding = m.rounding();
      cappedPoints = rounding.divide(Math.multiplyExact(full, maxRatio), Fixed.ONE);
      share = new ShareOfTarget(full, rounding);
      long limit = maxRatio * constantTarget;
      boolean fits = Math.multiplyHigh(maxRatio, constantTarget) == limit >> 63;
      atMostUncapped = fits ? Math.floorDiv(limit, Fixed.ONE) : Long.MAX_VALUE;
      constantLimit = fits && targetSlot < 0; // a unit's own target is compared as written
    }

    /**
     * Whether {@code v ≥ 0} is above the highest ratio, {@code v × 1 > maxRatio × target}; for the
     * constant target, whose product is a {@code long}, compared as {@code v > ⌊maxRatio × target /
     * 1⌋} (the same for whole numbers), and {@code v × 1} still overflows as written.
     */
    private boolean capped(long v, long target) {
      if (constantLimit && target == constantTarget) {
        if (v > Long.MAX_VALUE / Fixed.ONE) {
          Math.multiplyExact(v, Fixed.ONE); // throws, as the product below would
        }
        return v > atMostUncapped;
      }
      return Math.multiplyExact(v, Fixed.ONE) > Math.multiplyExact(maxRatio, target);
    }

    private long points(long x, long target) {
      if (target <= 0) {
        return whenNoTarget;
      }
      long v = Math.max(0, x);
      return capped(v, target) ? cappedPoints : share.of(v, target);
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      if (targetSlot < 0) {
        long target = constantTarget;
        for (int pos : subjects) {
          out[pos] = points(x[pos], target);
        }
        return;
      }
      long[] target = st.in[targetSlot];
      for (int pos : subjects) {
        out[pos] = points(x[pos], target[pos]);
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long target = targetSlot >= 0 ? st.in[targetSlot][pos] : constantTarget;
      long p = points(x, target);
      if (t.on()) {
        if (target <= 0) {
          t.fact("assessment.trace.noTarget", target, whenNoTarget);
        } else {
          long v = Math.max(0, x);
          t.fact(capped(v, target) ? "assessment.trace.ratioCapped" : "assessment.trace.ratio", v, target, full,
              maxRatio, rounding, p);
        }
      }
      return p;
    }
  }

  /** Count × points with a cap (计次加分). */
  static final class Count extends ScoringColumn {
    private final long each;
    private final long cap;
    private final PerOccurrence times;

    Count(ScoringMethod.CountTimesPoints m) {
      each = m.each();
      cap = m.cap();
      times = new PerOccurrence(each, m.rounding());
    }

    private long raw(long x) {
      return times.of(x);
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      for (int pos : subjects) {
        out[pos] = Math.min(raw(x[pos]), cap);
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long raw = raw(x);
      long p = Math.min(raw, cap);
      t.fact(raw > cap ? "assessment.trace.countCapped" : "assessment.trace.count", x, each, raw, cap, p);
      return p;
    }
  }

  /** A start minus a deduction per occurrence, with a floor (扣分). */
  static final class Deduction extends ScoringColumn {
    private final long start;
    private final long each;
    private final long floor;
    private final PerOccurrence times;

    Deduction(ScoringMethod.DeductionPerOccurrence m) {
      start = m.start();
      each = m.each();
      floor = m.floor();
      times = new PerOccurrence(each, m.rounding());
    }

    private long raw(long x) {
      return start - times.of(x);
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      for (int pos : subjects) {
        out[pos] = Math.max(raw(x[pos]), floor);
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long raw = raw(x);
      long p = Math.max(raw, floor);
      t.fact(raw < floor ? "assessment.trace.deductionFloored" : "assessment.trace.deduction", start, x, each, raw,
          floor, p);
      return p;
    }
  }

  /** Yes or no (是否): any non-zero input is yes. */
  static final class YesNo extends ScoringColumn {
    private final long yes;
    private final long no;

    YesNo(ScoringMethod.YesNo m) {
      yes = m.yes();
      no = m.no();
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      for (int pos : subjects) {
        out[pos] = x[pos] != 0 ? yes : no;
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long p = x != 0 ? yes : no;
      t.fact(x != 0 ? "assessment.trace.yes" : "assessment.trace.no", p);
      return p;
    }
  }

  /** A share of the previous period's total (结转). */
  static final class CarryOver extends ScoringColumn {
    private final long share;
    private final Rounding rounding;
    private final Rounding.Divider divider;

    CarryOver(ScoringMethod.CarryOver m) {
      share = m.share();
      rounding = m.rounding();
      divider = rounding.divider();
    }

    private long points(long x) {
      return divider.divide(Math.multiplyExact(x, share), Fixed.ONE);
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      for (int pos : subjects) {
        out[pos] = points(x[pos]);
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long p = points(x);
      t.fact("assessment.trace.carryOver", x, share, rounding, p);
      return p;
    }
  }

  /**
   * Occurrences × points each, in fixed point (按次计分): {@code max(0, x) × each / 1} rounded as
   * declared; the count and the deduction, capped or not, score by it.
   */
  static final class PerOccurrence {
    private final long each;
    private final Rounding.Divider divider;

    PerOccurrence(long each, Rounding rounding) {
      this.each = each;
      this.divider = rounding.divider();
    }

    /** The points of {@code x} occurrences (a negative count is none). */
    long of(long x) {
      return divider.divide(Math.multiplyExact(Math.max(0, x), each), Fixed.ONE);
    }
  }

  /**
   * A share of full marks by the ratio to a target (按完成率): {@code points × v / target} rounded as
   * declared; the ratio methods, capped or not, score by it.
   */
  static final class ShareOfTarget {
    private final long full;
    private final Rounding.Divider divider;

    ShareOfTarget(long full, Rounding rounding) {
      this.full = full;
      this.divider = rounding.divider();
    }

    /** The points of {@code v ≥ 0} against {@code target > 0}. */
    long of(long v, long target) {
      return divider.divide(Math.multiplyExact(full, v), target);
    }
  }
}

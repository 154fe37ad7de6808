package org.grassroots.assessment;

import org.grassroots.rules.Rounding;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.Uncapped;

/**
 * The scoring methods whose limits are declared rather than implied (声明式计分): as entered (据实计分)
 * with or without the item's full marks as cap, a constant (固定分值), and the count, deduction and
 * ratio a text declares without a cap or floor (上不封顶). Like {@link FormulaColumns}, each has one
 * {@code points} method that the column loop and the traced single value both call.
 */
final class DeclaredColumns {
  private DeclaredColumns() {}

  /** As entered (据实计分): the input is the points, cut at {@code cap} ({@code Long.MAX_VALUE}: uncapped). */
  static final class AsEntered extends ScoringColumn {
    private final long cap;

    AsEntered(long cap) {
      this.cap = cap;
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      long hi = cap;
      for (int pos : subjects) {
        out[pos] = Math.min(x[pos], hi);
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long p = Math.min(x, cap);
      if (cap == Long.MAX_VALUE) {
        t.fact("assessment.trace.asEnteredUncapped", x, p);
      } else {
        t.fact(x > cap ? "assessment.trace.asEnteredCapped" : "assessment.trace.asEntered", x, cap, p);
      }
      return p;
    }
  }

  /** A constant (固定分值). */
  static final class Constant extends ScoringColumn {
    private final long points;

    Constant(ScoringMethod.Constant m) {
      points = m.points();
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      for (int pos : subjects) {
        out[pos] = points;
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      t.fact("assessment.trace.constant", points);
      return points;
    }
  }

  /** Count × points, no cap (按次计分，上不封顶). */
  static final class Count extends ScoringColumn {
    private final long each;
    private final Rounding rounding;
    private final FormulaColumns.PerOccurrence times;

    Count(Uncapped.Count m) {
      each = m.each();
      rounding = m.rounding();
      times = new FormulaColumns.PerOccurrence(each, rounding);
    }

    private long points(long x) {
      return times.of(x);
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
      t.fact("assessment.trace.uncappedCount", x, each, rounding, p);
      return p;
    }
  }

  /** A start minus a deduction per occurrence, no floor (按次扣分，不设下限). */
  static final class Deduction extends ScoringColumn {
    private final long start;
    private final long each;
    private final Rounding rounding;
    private final FormulaColumns.PerOccurrence times;

    Deduction(Uncapped.Deduction m) {
      start = m.start();
      each = m.each();
      rounding = m.rounding();
      times = new FormulaColumns.PerOccurrence(each, rounding);
    }

    private long points(long x) {
      return Math.subtractExact(start, times.of(x));
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
      t.fact("assessment.trace.uncappedDeduction", start, x, each, rounding, p);
      return p;
    }
  }

  /** Ratio to a constant or per-unit target, no cap (完成率计分，上不封顶). */
  static final class Ratio extends ScoringColumn {
    private final long constantTarget;
    private final int targetSlot;
    private final long full;
    private final long whenNoTarget;
    private final Rounding rounding;
    private final FormulaColumns.ShareOfTarget share;

    Ratio(Uncapped.Ratio m, int targetSlot) {
      constantTarget = m.target();
      this.targetSlot = targetSlot;
      full = m.points();
      whenNoTarget = m.whenNoTarget();
      rounding = m.rounding();
      share = new FormulaColumns.ShareOfTarget(full, rounding);
    }

    private long points(long x, long target) {
      return target <= 0 ? whenNoTarget : share.of(Math.max(0, x), target);
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      long[] target = targetSlot >= 0 ? st.in[targetSlot] : null;
      for (int pos : subjects) {
        out[pos] = points(x[pos], target == null ? constantTarget : target[pos]);
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      long target = targetSlot >= 0 ? st.in[targetSlot][pos] : constantTarget;
      long p = points(x, target);
      if (target <= 0) {
        t.fact("assessment.trace.noTarget", target, whenNoTarget);
      } else {
        t.fact("assessment.trace.uncappedRatio", Math.max(0, x), target, full, rounding, p);
      }
      return p;
    }
  }

  /** Points by category (按类别计分): the first category whose code the input is gives its points. */
  static final class ByCategory extends ScoringColumn {
    private final long[] codes;
    private final long[] points;
    private final String[] labels;
    private final long otherwise;

    ByCategory(ScoringMethod.ByCategory m) {
      codes = m.categories().stream().mapToLong(c -> c.category().value()).toArray();
      points = m.categories().stream().mapToLong(ScoringMethod.CategoryPoints::points).toArray();
      labels = m.categories().stream().map(c -> c.category().label()).toArray(String[]::new);
      otherwise = m.otherwise();
    }

    private int categoryOf(long x) {
      for (int k = 0; k < codes.length; k++) {
        if (codes[k] == x) {
          return k;
        }
      }
      return -1;
    }

    @Override
    void scoreColumn(long[] x, int[] subjects, RunState st, long[] out) {
      for (int pos : subjects) {
        int k = categoryOf(x[pos]);
        out[pos] = k < 0 ? otherwise : points[k];
      }
    }

    @Override
    long score(long x, int pos, RunState st, Trace t) {
      int k = categoryOf(x);
      if (k < 0) {
        t.fact("assessment.trace.noCategory", x, otherwise);
        return otherwise;
      }
      t.fact("assessment.trace.category", x, labels[k], points[k]);
      return points[k];
    }
  }
}

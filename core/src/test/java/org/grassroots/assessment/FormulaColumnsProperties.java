package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.Uncapped;

/**
 * The formula columns ({@link FormulaColumns}, {@link DeclaredColumns}, {@link CompositeColumns.Sum})
 * against the formulas as first written, value by value ({@code Rounding.divide} after a branch on
 * each limit), with parameters and inputs at the ends of {@code long}: where a clamped linear
 * interpolation stops being safe, where a product or a sum overflows (the same exception, from the
 * column and from the traced single value), and around every limit and threshold.
 */
class FormulaColumnsProperties {
  private static final long MAX = Long.MAX_VALUE;
  private static final Map<IndicatorId, Integer> SLOTS = Map.of(IndicatorId.of("x"), 0, IndicatorId.of("target"), 1);

  @Property(tries = 400)
  void everyFormulaColumnScoresAsTheFormulaAsFirstWritten(@ForAll long seed) {
    Random rnd = new Random(seed);
    Rounding r = Rounding.values()[rnd.nextInt(Rounding.values().length)];
    long a = parameter(rnd);
    long b = parameter(rnd);
    long c = parameter(rnd);
    long d = parameter(rnd);
    ScoringMethod m;
    Formula f;
    long threshold = 0; // an input where the formula reaches a cap, a floor or the highest ratio
    switch (rnd.nextInt(9)) {
      case 0, 1 -> { // linear, with a width × height product at and around the end of long
        long x0 = Math.min(a, b);
        long x1 = Math.max(a, b) == x0 ? x0 + 1 : Math.max(a, b);
        long height = rnd.nextBoolean() && x1 - x0 > 0 ? MAX / (x1 - x0) + rnd.nextInt(3) - 1 : c;
        long y0 = d;
        long y1 = rnd.nextBoolean() ? y0 + height : y0 - height;
        m = new ScoringMethod.Linear(x0, y0, x1, y1, r);
        f = (x, t) -> x <= x0 ? y0 : x >= x1 ? y1 : y0 + r.divide(Math.multiplyExact(x - x0, y1 - y0), x1 - x0);
      }
      case 2 -> {
        long cap = Math.abs(c);
        m = new ScoringMethod.CountTimesPoints(Math.abs(a), cap, r);
        threshold = a == 0 ? 0 : cap / Math.abs(a) * Fixed.ONE;
        f = (x, t) -> Math.min(r.divide(Math.multiplyExact(Math.max(0, x), Math.abs(a)), Fixed.ONE), cap);
      }
      case 3 -> {
        long start = Math.max(b, c);
        long floor = Math.min(b, c);
        m = new ScoringMethod.DeductionPerOccurrence(start, Math.abs(a), floor, r);
        threshold = a == 0 ? 0 : (start - floor) / Math.abs(a) * Fixed.ONE;
        f = (x, t) -> Math.max(start - r.divide(Math.multiplyExact(Math.max(0, x), Math.abs(a)), Fixed.ONE), floor);
      }
      case 4 -> {
        boolean perUnit = rnd.nextBoolean();
        long maxRatio = Math.abs(c);
        m = new ScoringMethod.RatioToTarget(b, perUnit ? Optional.of(IndicatorId.of("target")) : Optional.empty(), a,
            maxRatio, d, r);
        threshold = maxRatio * b / Fixed.ONE; // v × 1 > maxRatio × target from here on (when it is a long)
        f = (x, t) -> {
          long target = perUnit ? t : b;
          if (target <= 0) {
            return d;
          }
          long v = Math.max(0, x);
          return Math.multiplyExact(v, Fixed.ONE) > Math.multiplyExact(maxRatio, target)
              ? r.divide(Math.multiplyExact(a, maxRatio), Fixed.ONE) : r.divide(Math.multiplyExact(a, v), target);
        };
      }
      case 5 -> {
        m = new ScoringMethod.CarryOver(Math.abs(a), r);
        f = (x, t) -> r.divide(Math.multiplyExact(x, Math.abs(a)), Fixed.ONE);
      }
      case 6 -> {
        m = new Uncapped.Count(Math.abs(a), r);
        f = (x, t) -> r.divide(Math.multiplyExact(Math.max(0, x), Math.abs(a)), Fixed.ONE);
      }
      case 7 -> {
        m = new Uncapped.Deduction(b, Math.abs(a), r);
        f = (x, t) -> Math.subtractExact(b, r.divide(Math.multiplyExact(Math.max(0, x), Math.abs(a)), Fixed.ONE));
      }
      default -> {
        boolean perUnit = rnd.nextBoolean();
        m = new Uncapped.Ratio(b, perUnit ? Optional.of(IndicatorId.of("target")) : Optional.empty(), a, d, r);
        f = (x, t) -> {
          long target = perUnit ? t : b;
          return target <= 0 ? d : r.divide(Math.multiplyExact(a, Math.max(0, x)), target);
        };
      }
    }
    if (rnd.nextInt(4) == 0) { // the same formula as the second part of a sum
      long yes = amount(rnd);
      Formula inner = f;
      m = new ScoringMethod.Sum(List.of(new ScoringMethod.YesNo(yes, 0), m));
      f = (x, t) -> Math.addExact(x != 0 ? yes : 0, inner.points(x, t));
    }
    ScoringColumn column;
    try {
      column = ScoringColumn.compile(m, 0, SLOTS, new ArrayList<>(), Fixed.of(4));
    } catch (ArithmeticException e) { // a capped ratio's points at the cap are computed once, when compiled
      ScoringMethod inner = m instanceof ScoringMethod.Sum s ? s.parts().get(1) : m;
      assertThat(inner).isInstanceOf(ScoringMethod.RatioToTarget.class);
      ScoringMethod.RatioToTarget ratio = (ScoringMethod.RatioToTarget) inner;
      assertThatThrownBy(() -> Math.multiplyExact(ratio.points(), ratio.maxRatio())).isInstanceOf(e.getClass());
      return;
    }
    for (long x : inputs(rnd, a, b, c, d, threshold)) {
      long target = rnd.nextInt(4) == 0 ? b : rnd.nextInt(4) == 0 ? inputs(rnd, a, b, c, d)[0] : amount(rnd);
      compare(m, column, f, x, target);
    }
  }

  /** The formula as first written: the points of input {@code x} with the unit's target {@code t}. */
  @FunctionalInterface
  private interface Formula {
    long points(long x, long t);
  }

  private static void compare(ScoringMethod m, ScoringColumn column, Formula f, long x, long target) {
    long[] xs = {x};
    int[] subjects = {0};
    RunState st = new RunState(null, subjects, new long[][] {xs, {target}}, 0);
    long[] out = new long[1];
    LongSupplier byColumn = () -> {
      column.scoreColumn(xs, subjects, st, out);
      return out[0];
    };
    LongSupplier single = () -> column.score(x, 0, st, Trace.recording());
    long expected;
    try {
      expected = f.points(x, target);
    } catch (ArithmeticException e) { // the same overflow, refused alike
      assertThatThrownBy(byColumn::getAsLong).as("%s at %d (target %d)", m, x, target).isInstanceOf(e.getClass());
      assertThatThrownBy(single::getAsLong).as("single value of %s at %d", m, x).isInstanceOf(e.getClass());
      return;
    }
    assertThat(byColumn.getAsLong()).as("%s at %d (target %d)", m, x, target).isEqualTo(expected);
    assertThat(single.getAsLong()).as("single value of %s at %d (target %d)", m, x, target).isEqualTo(expected);
  }

  /** A parameter: mostly an ordinary amount (so that the limits and thresholds are reached), else any. */
  private static long parameter(Random rnd) {
    return rnd.nextInt(3) > 0 ? amount(new Random(rnd.nextLong()), 2) : amount(rnd);
  }

  /** An amount: ordinary fixed-point amounts, the ends of long and the products that just fit. */
  private static long amount(Random rnd) {
    return amount(rnd, 6);
  }

  /** One of the first {@code kinds} kinds of amount of {@link #amount(Random)}. */
  private static long amount(Random rnd, int kinds) {
    return switch (rnd.nextInt(kinds)) {
      case 0 -> rnd.nextInt(2_000_001) - 1_000_000;
      case 1 -> Fixed.of(rnd.nextInt(201) - 100);
      case 2 -> new long[] {0, 1, -1, 2, 10_000, MAX, Long.MIN_VALUE, MAX / Fixed.ONE, MAX / Fixed.ONE + 1,
          MAX / 2, -(MAX / 2)}[rnd.nextInt(11)];
      case 3 -> MAX / (1 + rnd.nextInt(1_000_000)) + rnd.nextInt(3) - 1;
      case 4 -> rnd.nextLong() >> rnd.nextInt(64);
      default -> rnd.nextLong();
    };
  }

  /** Inputs at, around and between the parameters, and at the ends of long. */
  private static long[] inputs(Random rnd, long... params) {
    long[] xs = new long[params.length * 5 + 8];
    int i = 0;
    for (long p : params) {
      for (long off = -2; off <= 2; off++) {
        xs[i++] = p + off;
      }
    }
    xs[i++] = 0;
    xs[i++] = MAX;
    xs[i++] = Long.MIN_VALUE;
    xs[i++] = MAX / Fixed.ONE;
    xs[i++] = MAX / Fixed.ONE + 1;
    while (i < xs.length) {
      xs[i++] = amount(rnd);
    }
    return xs;
  }
}

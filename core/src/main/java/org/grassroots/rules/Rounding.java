package org.grassroots.rules;

import org.grassroots.input.InvalidInputException;

/**
 * A declared rounding mode (舍入方式). Every division in a rule names one; nothing rounds by default.
 * The names follow {@link java.math.RoundingMode}.
 */
public enum Rounding {
  /** Toward zero (截断). */
  DOWN,
  /** Away from zero (进一). */
  UP,
  /** Toward negative infinity (向下取整). */
  FLOOR,
  /** Toward positive infinity (向上取整). */
  CEILING,
  /** To nearest, a half away from zero (四舍五入). */
  HALF_UP,
  /** To nearest, a half toward zero (五舍六入). */
  HALF_DOWN,
  /** To nearest, a half to the even neighbour (银行家舍入). */
  HALF_EVEN;

  /**
   * {@code numerator / denominator} rounded by this mode, exactly (no floating point).
   *
   * @throws org.grassroots.input.InvalidInputException if the denominator is zero
   */
  public long divide(long numerator, long denominator) {
    if (denominator == 0) {
      // not Check.that: its varargs would box on every division of a column run
      throw new InvalidInputException("rules.divideByZero", "denominator", Long.toString(numerator));
    }
    if (denominator > 0) {
      return byPositive(numerator, denominator);
    }
    if (denominator == Long.MIN_VALUE) { // its absolute value is not a long: the one exact case by BigDecimal
      return java.math.BigDecimal.valueOf(numerator)
          .divide(java.math.BigDecimal.valueOf(denominator), 0, java.math.RoundingMode.valueOf(name()))
          .longValueExact();
    }
    long q = numerator / denominator; // truncated toward zero
    long r = numerator - q * denominator; // the remainder, of the numerator's sign
    // Branch-free from here: column runs divide millions of random values, where a branch on the
    // remainder is mispredicted half the time. away = 1 when the result moves one away from zero.
    long sign = ((numerator ^ denominator) >> 63) | 1; // of the exact quotient (when r ≠ 0)
    long nonZero = (r | -r) >>> 63;
    long away;
    switch (this) {
      case DOWN -> away = 0;
      case UP -> away = nonZero;
      case FLOOR -> away = nonZero & (sign >>> 63);
      case CEILING -> away = nonZero & (~sign >>> 63);
      default -> {
        // compare 2|r| with |d| without overflow: |r| < |d| so |d| - |r| is safe
        long absR = Math.abs(r);
        long rest = Math.abs(denominator) - absR;
        long past = (rest - absR) >>> 63; // |r| > |d| - |r|: past the half
        long diff = absR ^ rest;
        long half = ~(diff | -diff) >>> 63 & nonZero; // exactly half
        away = switch (this) {
          case HALF_UP -> past | half;
          case HALF_DOWN -> past;
          default -> past | (half & q); // HALF_EVEN: a half goes to the even neighbour
        };
        away &= 1;
      }
    }
    return q + (sign & -away);
  }

  /**
   * {@link #divide} by a positive denominator (every division of a scoring method: by 1 in fixed
   * point, a linear method's width, a positive target): fewer steps, as the remainder's size is
   * compared with the denominator directly. Branch-free but for the mode, which a column run does
   * not change.
   */
  private long byPositive(long numerator, long d) {
    long q = numerator / d; // truncated toward zero
    long r = numerator - q * d; // the remainder, of the numerator's sign, |r| < d
    long neg = numerator >> 63; // -1 when the numerator is negative, else 0
    long absR = (r ^ neg) - neg;
    long rest = d - absR; // 0 < rest <= d: rest - absR cannot overflow
    long away = switch (this) { // 1 when the result moves one away from zero
      case DOWN -> 0;
      case UP -> -absR >>> 63; // any remainder
      case FLOOR -> -absR >>> 63 & -neg;
      case CEILING -> -absR >>> 63 & (neg + 1);
      case HALF_UP -> (rest - absR - 1) >>> 63; // 2|r| >= d
      case HALF_DOWN -> (rest - absR) >>> 63; // 2|r| > d
      case HALF_EVEN -> (rest - absR) >>> 63 | (((rest ^ absR) - 1) >>> 63 & q); // past half, or half and q odd
    };
    return q + ((neg | 1) & -(away & 1));
  }
}

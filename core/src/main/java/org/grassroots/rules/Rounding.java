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
    long q = numerator / denominator; // truncated toward zero
    long r = numerator % denominator;
    if (r == 0) {
      return q;
    }
    // sign of the exact quotient: +1 or -1
    int sign = (numerator < 0) == (denominator < 0) ? 1 : -1;
    boolean awayFromZero;
    switch (this) {
      case DOWN -> awayFromZero = false;
      case UP -> awayFromZero = true;
      case FLOOR -> awayFromZero = sign < 0;
      case CEILING -> awayFromZero = sign > 0;
      default -> {
        // compare 2|r| with |d| without overflow: |r| < |d| so |d| - |r| is safe
        long absR = Math.abs(r);
        long rest = Math.abs(denominator) - absR;
        int cmp = Long.compare(absR, rest); // >0: past the half
        if (cmp != 0) {
          awayFromZero = cmp > 0;
        } else if (this == HALF_UP) {
          awayFromZero = true;
        } else if (this == HALF_DOWN) {
          awayFromZero = false;
        } else {
          awayFromZero = (q & 1) != 0;
        }
      }
    }
    return awayFromZero ? q + sign : q;
  }
}

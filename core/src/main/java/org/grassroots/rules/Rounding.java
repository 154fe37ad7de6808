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

  private static final Divider[] DIVIDERS = java.util.Arrays.stream(values()).map(Divider::new).toArray(Divider[]::new);

  /**
   * This mode's division for a column loop: {@link Divider#divide} equals {@link #divide} for every
   * numerator and denominator, exceptions included, in fewer steps.
   */
  public Divider divider() {
    return DIVIDERS[ordinal()];
  }

  /**
   * A rounded division for a column loop (列除法): a non-negative numerator over a positive
   * denominator {@code d} is rounded by adding a bias the mode takes from {@code d} (none to round
   * down, {@code d − 1} to round up, half of {@code d} to round to nearest) before one truncating
   * division, so the loop has neither a remainder to compare nor a switch on the mode; a tie to the
   * even neighbour is the one case that looks at the remainder. A negative numerator, a sum that
   * would overflow and a denominator below 1 are divided by {@link Rounding#divide} itself. The
   * parts of the bias are fields, so a column's loop holds them in registers.
   */
  public static final class Divider {
    private final Rounding rounding;
    /** The bias is {@code ((d − less) >> shift) & mask}. */
    private final long less;
    private final int shift;
    private final long mask;
    /** True for {@link #HALF_EVEN}: an exact half (by an even denominator) goes to the even neighbour. */
    private final boolean tieToEven;

    private Divider(Rounding rounding) {
      this.rounding = rounding;
      this.less = rounding == UP || rounding == CEILING || rounding == HALF_DOWN ? 1 : 0;
      this.shift = rounding == HALF_UP || rounding == HALF_DOWN || rounding == HALF_EVEN ? 1 : 0;
      this.mask = rounding == DOWN || rounding == FLOOR ? 0 : -1;
      this.tieToEven = rounding == HALF_EVEN;
    }

    /**
     * {@code rounding.divide(numerator, denominator)}.
     *
     * @throws org.grassroots.input.InvalidInputException if the denominator is zero
     */
    public long divide(long numerator, long denominator) {
      long d = denominator;
      // the bias: 0 (down), d − 1 (up), ⌊d/2⌋ (half up, half even: r + ⌊d/2⌋ ≥ d when 2r ≥ d),
      // ⌊(d − 1)/2⌋ (half down: r + ⌊(d − 1)/2⌋ ≥ d when 2r > d), for the remainder r of n / d
      long t = numerator + (((d - less) >> shift) & mask);
      if ((numerator | t | d | (d - 1)) < 0) { // a negative numerator, an overflowing sum, d < 1
        return rounding.divide(numerator, d);
      }
      long q = t / d;
      if (tieToEven && t == q * d && (q & 1) != 0 && (d & 1) == 0) { // exactly half way, rounded up to odd
        q--;
      }
      return q;
    }
  }
}

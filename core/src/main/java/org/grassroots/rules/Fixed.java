package org.grassroots.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * Fixed-point numbers (定点数) as {@code long} with {@value #SCALE} decimal places: {@code 89.995} is
 * {@code 899_950}, {@code 90} is {@code 900_000}. Every score, point value, input, share and weight
 * of a rule is one of these, so no binary floating point decides a boundary. {@link BigDecimal} is
 * accepted and returned at the API edge.
 */
public final class Fixed {
  /** Decimal places kept. */
  public static final int SCALE = 4;
  /** The fixed-point representation of 1. */
  public static final long ONE = 10_000L;
  /** The fixed-point representation of 100% as a share (a share is a fraction: 0.1 = 10%). */
  public static final long HUNDRED_PERCENT = ONE;

  private Fixed() {}

  /** {@code whole} as fixed point (e.g. {@code of(90)} is 90.0000). */
  public static long of(long whole) {
    return Math.multiplyExact(whole, ONE);
  }

  /**
   * Parses a decimal such as {@code "89.995"} or {@code "-2"} exactly.
   *
   * @throws InvalidInputException if it is not a number (in ASCII digits, within {@link Decimals}'
   *     limits) or has more than {@value #SCALE} decimals
   */
  public static long parse(String field, String text) {
    Check.notBlank(field, text);
    return of(field, Decimals.parse(field, text));
  }

  /** Shorthand for {@code parse("value", text)}, for code that builds rules. */
  public static long parse(String text) {
    return parse("value", text);
  }

  /**
   * {@code value} as fixed point, exactly.
   *
   * @throws InvalidInputException if it has more than {@value #SCALE} decimals or is out of range
   *     (checked by {@link Decimals#check} before any arithmetic)
   */
  public static long of(String field, BigDecimal value) {
    Decimals.check(field, value);
    try {
      return value.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInputException("rules.notExact", field, value.toPlainString(), SCALE);
    }
  }

  /** The exact decimal value of a fixed-point number. */
  public static BigDecimal toBigDecimal(long fixed) {
    return BigDecimal.valueOf(fixed, SCALE);
  }

  /** Plain text without trailing zeros: {@code 899_950} → {@code "89.995"}, {@code 900_000} → "90". */
  public static String format(long fixed) {
    return toDecimal(fixed).toPlainString();
  }

  /**
   * The exact decimal without trailing zeros, never in exponent form ({@code 899_950} → 89.995,
   * {@code 900_000} → 90): how a fixed-point value is shown and written as a JSON number.
   */
  public static BigDecimal toDecimal(long fixed) {
    BigDecimal d = toBigDecimal(fixed).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** {@code a × b} for two fixed-point numbers, rounded by {@code rounding}. */
  public static long multiply(long a, long b, Rounding rounding) {
    return rounding.divide(Math.multiplyExact(a, b), ONE);
  }

  /** {@code a / b} for two fixed-point numbers, rounded by {@code rounding}. */
  public static long divide(long a, long b, Rounding rounding) {
    return rounding.divide(Math.multiplyExact(a, ONE), b);
  }

  /** {@code value} rounded to {@code places} decimals (0 ≤ places ≤ {@value #SCALE}). */
  public static long roundTo(long value, int places, Rounding rounding) {
    Check.between("places", places, 0, SCALE);
    long unit = 1;
    for (int i = places; i < SCALE; i++) {
      unit *= 10;
    }
    return Math.multiplyExact(rounding.divide(value, unit), unit);
  }
}

package org.grassroots.rules;

import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * An exact fraction (比例), e.g. two thirds in "present at least two thirds of those due" (应到会人数的三分之二).
 * Compared by cross-multiplying, never rounded: {@code a ≥ ⅔ × b} is {@code 3a ≥ 2b}. Written in
 * files as {@code "2/3"} or as a decimal ({@code 0.9} is 9/10).
 *
 * @param numerator any whole number
 * @param denominator a positive whole number
 */
public record Fraction(long numerator, long denominator) {
  public Fraction {
    Check.atLeast("fraction.denominator", denominator, 1);
  }

  /** {@code numerator / denominator}. */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(numerator, denominator);
  }

  /** The fraction equal to the fixed-point share {@code share} (0.9 = 9000 is 9000/10000). */
  public static Fraction ofShare(long share) {
    return new Fraction(share, Fixed.ONE);
  }

  /**
   * Parses {@code "2/3"} (whole numbers) or a decimal such as {@code "0.9"}.
   *
   * @throws InvalidInputException naming {@code field} and the text otherwise
   */
  public static Fraction parse(String field, String text) {
    Check.notBlank(field, text);
    int slash = text.indexOf('/');
    if (slash < 0) {
      return ofShare(Fixed.parse(field, text));
    }
    String n = text.substring(0, slash).strip();
    String d = text.substring(slash + 1).strip();
    if (!n.matches("-?[0-9]{1,12}") || !d.matches("[0-9]{1,12}") || Long.parseLong(d) == 0) {
      throw new InvalidInputException("rules.notAFraction", field, text);
    }
    return new Fraction(Long.parseLong(n), Long.parseLong(d));
  }

  /** {@code a <comparison> this × b}, exactly: {@code a × denominator <comparison> numerator × b}. */
  public boolean compare(long a, Comparison comparison, long b) {
    return comparison.test(Math.multiplyExact(a, denominator), Math.multiplyExact(numerator, b));
  }

  /** {@code "2/3"}, or the plain decimal of a share written as one ({@code 9000/10000} → "0.9"). */
  @Override
  public String toString() {
    return denominator == Fixed.ONE ? Fixed.format(numerator) : numerator + "/" + denominator;
  }
}

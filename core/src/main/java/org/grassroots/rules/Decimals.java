package org.grassroots.rules;

import java.math.BigDecimal;
import org.grassroots.input.Check;
import org.grassroots.input.Excerpt;
import org.grassroots.input.InvalidInputException;

/**
 * The one gate every number read from outside passes (数值输入检查): a ruleset, a cases file, a
 * measurements CSV, a command-line option. It looks at the text and at {@link BigDecimal#scale()}
 * and {@link BigDecimal#precision()} before any arithmetic, so a short text such as {@code
 * 1e999999999} (whose {@code setScale} or {@code toPlainString} would fill the heap) or a number of a
 * million digits (whose parse is quadratic) is refused in constant time and memory.
 *
 * <p>A number is written with ASCII digits {@code 0-9}, an optional sign, point and exponent, in at
 * most {@value #MAX_CHARS} characters; it has at most {@value #MAX_INTEGER_DIGITS} digits before the
 * point, {@value #MAX_DIGITS} significant digits and {@value #MAX_SCALE} decimal places. Digits of
 * other scripts (٣, ३, １) are refused: Java would read them as numbers, a person may not see them.
 */
public final class Decimals {
  /** The most characters of a number's text. */
  public static final int MAX_CHARS = 64;
  /** The most significant digits. */
  public static final int MAX_DIGITS = 40;
  /** The most decimal places (also bounds the exponent's negative side). */
  public static final int MAX_SCALE = 40;
  /** The most digits before the point: a {@code long} has 19. */
  public static final int MAX_INTEGER_DIGITS = 19;

  /** Enough bits for {@value #MAX_DIGITS} decimal digits; a cheap first bound on the digits. */
  private static final int MAX_BITS = MAX_DIGITS * 10 / 3 + 4;

  private Decimals() {}

  /**
   * Parses {@code text} (stripped) as an exact decimal within the limits.
   *
   * @throws InvalidInputException {@code rules.notANumber} when it is not a number in ASCII digits,
   *     {@code rules.numberTooLong} past {@value #MAX_CHARS} characters, {@code
   *     rules.numberOutOfRange} past the other limits; each names {@code field} and an excerpt of
   *     the text
   */
  public static BigDecimal parse(String field, String text) {
    Check.notNull(field, text);
    if (text.length() > MAX_CHARS * 4) { // before strip(), which copies
      throw new InvalidInputException("rules.numberTooLong", field, Excerpt.of(text), MAX_CHARS);
    }
    String t = text.strip();
    if (t.length() > MAX_CHARS) {
      throw new InvalidInputException("rules.numberTooLong", field, Excerpt.of(t), MAX_CHARS);
    }
    if (t.isEmpty() || !asciiNumberCharacters(t)) {
      throw new InvalidInputException("rules.notANumber", field, t);
    }
    BigDecimal d;
    try {
      d = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("rules.notANumber", field, t);
    }
    return check(field, d, t);
  }

  /**
   * Refuses a parsed number past the limits, in constant time: {@code value} itself when within.
   *
   * @throws InvalidInputException {@code rules.numberOutOfRange} naming {@code field}
   */
  public static BigDecimal check(String field, BigDecimal value) {
    Check.notNull(field, value);
    return check(field, value, null);
  }

  private static BigDecimal check(String field, BigDecimal value, String text) {
    int scale = value.scale();
    // scale and bit length first, both O(1): precision() of a huge unscaled value is not
    boolean ok = value.unscaledValue().bitLength() <= MAX_BITS
        && scale <= MAX_SCALE && scale >= -MAX_INTEGER_DIGITS
        && value.precision() <= MAX_DIGITS
        && (value.signum() == 0 || (long) value.precision() - scale <= MAX_INTEGER_DIGITS);
    if (!ok) {
      throw new InvalidInputException("rules.numberOutOfRange", field, text != null ? Excerpt.of(text) : shown(value),
          MAX_INTEGER_DIGITS, MAX_DIGITS, MAX_SCALE);
    }
    return value;
  }

  /** A number past the limits as its unscaled digits and exponent, never its plain expansion. */
  private static String shown(BigDecimal value) {
    if (value.unscaledValue().bitLength() > MAX_BITS * 2) {
      return "(" + value.unscaledValue().bitLength() + " bits)E" + (-(long) value.scale());
    }
    return value.toString(); // scientific notation when the exponent is large: bounded
  }

  private static boolean asciiNumberCharacters(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }
}

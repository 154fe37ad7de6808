package org.grassroots.stars;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Decimals;

/**
 * An amount of renminbi in fen (金额，单位：分), exact: rewards and budgets are never binary floating
 * point. Never negative.
 *
 * @param fen the amount in fen (1 yuan = 100 fen)
 */
public record Money(long fen) implements Comparable<Money> {
  /** No money. */
  public static final Money ZERO = new Money(0);

  public Money {
    Check.atLeast("money.fen", fen, 0);
  }

  /** {@code yuan} whole yuan. */
  public static Money ofYuan(long yuan) {
    Check.atLeast("money.yuan", yuan, 0);
    return new Money(Math.multiplyExact(yuan, 100L));
  }

  /** {@code fen} fen. */
  public static Money ofFen(long fen) {
    return new Money(fen);
  }

  /**
   * {@code text} in yuan ({@code "20000"}, {@code "16129.03"}) as money, exactly (never through
   * binary floating point).
   *
   * @throws org.grassroots.input.InvalidInputException naming {@code field} if it is not a decimal
   *     within the library's limits, has more than two decimals or is negative
   */
  public static Money parseYuan(String field, String text) {
    BigDecimal yuan = Decimals.parse(field, text);
    BigDecimal fen;
    try {
      fen = yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
    } catch (ArithmeticException e) {
      throw new InvalidInputException("rules.notExact", field, text, 2);
    }
    Check.that(fen.signum() >= 0, "input.tooSmall", field, text, 0);
    try {
      return new Money(fen.longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidInputException("input.range", field, text, 0, new Money(Long.MAX_VALUE).toYuan().toPlainString());
    }
  }

  /** This plus {@code other}, exactly. */
  public Money plus(Money other) {
    Check.notNull("money", other);
    return new Money(Math.addExact(fen, other.fen));
  }

  /** This minus {@code other}; refused when the result would be negative. */
  public Money minus(Money other) {
    Check.notNull("money", other);
    Check.that(other.fen <= fen, "stars.moneyNegative", "money", format(), other.format());
    return new Money(fen - other.fen);
  }

  /** This times {@code count}, exactly (e.g. stars × reward per star). */
  public Money times(long count) {
    Check.atLeast("count", count, 0);
    return new Money(Math.multiplyExact(fen, count));
  }

  /** The exact amount in yuan with two decimals. */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /** {@code ¥1,240,000.00}: yuan with thousands separators and two decimals, whatever the locale. */
  public String format() {
    DecimalFormat f = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(toYuan());
  }

  @Override
  public int compareTo(Money o) {
    return Long.compare(fen, o.fen);
  }

  @Override
  public String toString() {
    return format();
  }
}

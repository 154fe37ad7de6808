package org.grassroots.rates;

import java.util.Arrays;
import java.util.OptionalLong;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;

/**
 * The one computation of derived rates, averages and medians of the programs (派生指标计算), exact
 * and in {@link Fixed} point, rounded once by a declared {@link RatePolicy}.
 */
public final class Rates {
  private Rates() {}

  /**
   * {@code part / whole} as a share (1 = 100%), rounded by the policy; {@code whole == 0} answers by
   * {@link RatePolicy#whenEmpty()} (empty when {@link WhenEmpty#NO_VALUE}).
   */
  public static OptionalLong share(long part, long whole, RatePolicy policy) {
    Check.notNull("policy", policy);
    Check.atLeast("part", part, 0);
    Check.atLeast("whole", whole, 0);
    Check.that(part <= whole, "rates.partOverWhole", "part", part, whole);
    if (whole == 0) {
      return empty(policy, Fixed.ONE);
    }
    return OptionalLong.of(divide(part, whole, policy));
  }

  /**
   * The mean of {@code amounts} (each in a base unit, e.g. seconds) expressed in units of {@code
   * unitSize} base units (e.g. 3600 for hours), rounded by the policy.
   */
  public static OptionalLong average(long[] amounts, long unitSize, RatePolicy policy) {
    checkAmounts(amounts, unitSize, policy);
    if (amounts.length == 0) {
      return empty(policy, -1);
    }
    long total = 0;
    for (long a : amounts) {
      total = addExact(total, a);
    }
    return OptionalLong.of(divide(total, (long) amounts.length * unitSize, policy));
  }

  /**
   * The median of {@code amounts} in units of {@code unitSize}; for an even count the mean of the
   * two middle values, rounded by the policy.
   */
  public static OptionalLong median(long[] amounts, long unitSize, RatePolicy policy) {
    checkAmounts(amounts, unitSize, policy);
    if (amounts.length == 0) {
      return empty(policy, -1);
    }
    long[] sorted = amounts.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    if (sorted.length % 2 == 1) {
      return OptionalLong.of(divide(sorted[mid], unitSize, policy));
    }
    long sum = addExact(sorted[mid - 1], sorted[mid]);
    return OptionalLong.of(divide(sum, 2 * unitSize, policy));
  }

  /** {@code amount} base units in units of {@code unitSize}, rounded by the policy (e.g. minutes → hours). */
  public static long inUnits(long amount, long unitSize, RatePolicy policy) {
    Check.notNull("policy", policy);
    Check.atLeast("unitSize", unitSize, 1);
    return divide(amount, unitSize, policy);
  }

  private static long addExact(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new InvalidInputException("rates.overflow", "amounts", Long.toString(a), b);
    }
  }

  private static void checkAmounts(long[] amounts, long unitSize, RatePolicy policy) {
    Check.notNull("policy", policy);
    Check.notNull("amounts", amounts);
    Check.between("unitSize", unitSize, 1, Integer.MAX_VALUE);
    policy.checkedForAverage("policy.whenEmpty");
    for (long a : amounts) {
      Check.atLeast("amount", a, 0);
    }
  }

  private static OptionalLong empty(RatePolicy policy, long full) {
    return switch (policy.whenEmpty()) {
      case NO_VALUE -> OptionalLong.empty();
      case ZERO -> OptionalLong.of(0);
      case FULL -> OptionalLong.of(full);
    };
  }

  /** {@code numerator / denominator} rounded once to {@code places}, returned at full scale. */
  private static long divide(long numerator, long denominator, RatePolicy policy) {
    long scaleDown = 1;
    for (int i = policy.places(); i < Fixed.SCALE; i++) {
      scaleDown *= 10;
    }
    long unitAtPlaces = Fixed.ONE / scaleDown; // 10^places
    try {
      long q = policy.rounding().divide(Math.multiplyExact(numerator, unitAtPlaces), denominator);
      return Math.multiplyExact(q, scaleDown);
    } catch (ArithmeticException e) {
      throw new InvalidInputException("rates.overflow", "numerator", Long.toString(numerator),
          denominator);
    }
  }
}

package org.grassroots.rates;

import org.grassroots.input.Check;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Rounding;

/**
 * How a derived rate or average is rounded and what it is when the denominator is 0 (比率口径):
 * every rate and average of the programs declares one.
 *
 * @param places decimals kept (0 – {@value Fixed#SCALE}); the division rounds once, directly to
 *     these places, so there is no double rounding
 * @param rounding the declared rounding of that one division
 * @param whenEmpty the value when the denominator is 0
 */
public record RatePolicy(int places, Rounding rounding, WhenEmpty whenEmpty) {
  public RatePolicy {
    Check.between("ratePolicy.places", places, 0, Fixed.SCALE);
    Check.notNull("ratePolicy.rounding", rounding);
    Check.notNull("ratePolicy.whenEmpty", whenEmpty);
  }

  /** Four decimals (a rate to 0.01%), half up, no value when empty: the default of the presets. */
  public static RatePolicy standard() {
    return new RatePolicy(Fixed.SCALE, Rounding.HALF_UP, WhenEmpty.NO_VALUE);
  }

  /**
   * This policy, checked as the policy of an average (平均值) named {@code field}: an empty cohort has
   * no full average, so {@link WhenEmpty#FULL} is refused.
   */
  public RatePolicy checkedForAverage(String field) {
    Check.that(whenEmpty != WhenEmpty.FULL, "rates.fullAverage", field, whenEmpty);
    return this;
  }

  /** The same policy with another answer for an empty denominator. */
  public RatePolicy whenEmpty(WhenEmpty answer) {
    return new RatePolicy(places, rounding, answer);
  }
}

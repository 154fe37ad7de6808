package org.grassroots.dualregistration;

import com.google.common.collect.ImmutableList;
import org.grassroots.input.Check;
import org.grassroots.rates.RatePolicy;
import org.grassroots.rates.WhenEmpty;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Rounding;

/**
 * A declared dual-registration indicator (双报到指标), so that a rule such as "a unit under a
 * declared reporting rate loses eligibility" reads it as an input.
 *
 * @param id the indicator or input id
 * @param quantity what is measured
 * @param policy rounding and the answer when the denominator is 0 (counts ignore it)
 */
public record RegistrationIndicator(IndicatorId id, RegistrationQuantity quantity, RatePolicy policy) {
  public RegistrationIndicator {
    Check.notNull("registrationIndicator.id", id);
    Check.notNull("registrationIndicator.quantity", quantity);
    Check.notNull("registrationIndicator.policy", policy);
    if (quantity == RegistrationQuantity.HOURS_PER_REGISTERED_MEMBER) {
      policy.checkedForAverage("registrationIndicator.policy");
    }
  }

  /**
   * The preset: registered members, reporting and completion rates (0.01%, half up; no roster or no
   * task due gives no value), service hours and hours per registered member (0.1 h, half up).
   */
  public static ImmutableList<RegistrationIndicator> preset() {
    RatePolicy rate = RatePolicy.standard();
    RatePolicy hours = new RatePolicy(1, Rounding.HALF_UP, WhenEmpty.NO_VALUE);
    return ImmutableList.of(
        of("dual.registeredMembers", RegistrationQuantity.REGISTERED_MEMBERS, rate),
        of("dual.reportingRate", RegistrationQuantity.REPORTING_RATE, rate),
        of("dual.completionRate", RegistrationQuantity.COMPLETION_RATE, rate),
        of("dual.serviceHours", RegistrationQuantity.SERVICE_HOURS, hours),
        of("dual.hoursPerMember", RegistrationQuantity.HOURS_PER_REGISTERED_MEMBER, hours));
  }

  private static RegistrationIndicator of(String id, RegistrationQuantity q, RatePolicy p) {
    return new RegistrationIndicator(IndicatorId.of(id), q, p);
  }
}

package org.grassroots.dualregistration;

import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Period;

/**
 * How many in-service members a unit has in a period (在职党员应报到人数): the denominator of its
 * reporting rate.
 *
 * @param unit the in-service unit
 * @param period the period
 * @param inServiceMembers members expected to report, not negative
 */
public record UnitRoster(OrgUnitId unit, Period period, int inServiceMembers) {
  public UnitRoster {
    Check.notNull("unitRoster.unit", unit);
    Check.notNull("unitRoster.period", period);
    Check.atLeast("unitRoster.inServiceMembers", inServiceMembers, 0);
  }
}

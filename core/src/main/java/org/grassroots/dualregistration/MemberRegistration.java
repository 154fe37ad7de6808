package org.grassroots.dualregistration;

import java.time.LocalDate;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.members.MemberId;

/**
 * An in-service member reporting to the community where they live (在职党员到社区报到).
 *
 * @param member the member
 * @param unit the member's own (in-service) unit or its Party organisation
 * @param community the community reported to
 * @param registered the day of reporting
 */
public record MemberRegistration(
    MemberId member, OrgUnitId unit, OrgUnitId community, LocalDate registered) {
  public MemberRegistration {
    Check.notNull("memberRegistration.member", member);
    Check.notNull("memberRegistration.unit", unit);
    Check.notNull("memberRegistration.community", community);
    Check.notNull("memberRegistration.registered", registered);
  }
}

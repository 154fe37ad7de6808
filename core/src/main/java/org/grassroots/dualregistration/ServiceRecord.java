package org.grassroots.dualregistration;

import java.time.LocalDate;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.members.MemberId;

/**
 * Time a reporting member served in the community (志愿服务时长).
 *
 * @param member the member
 * @param unit the member's in-service unit
 * @param community the community served
 * @param day the day of service
 * @param minutes minutes served, 1 – 1440
 */
public record ServiceRecord(
    MemberId member, OrgUnitId unit, OrgUnitId community, LocalDate day, int minutes) {
  public ServiceRecord {
    Check.notNull("serviceRecord.member", member);
    Check.notNull("serviceRecord.unit", unit);
    Check.notNull("serviceRecord.community", community);
    Check.notNull("serviceRecord.day", day);
    Check.between("serviceRecord.minutes", minutes, 1, 1440);
  }
}

package org.grassroots.members;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.grassroots.audit.Described;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;

/**
 * A Party member (党员) with dual registration (双报到): the organisation that holds the membership,
 * and — for an in-service member (在职党员) — the community where they live and serve. Personal data
 * ({@link IdNumber}, {@link PhoneNumber}) is masked in {@link #toString()} and in audit records.
 *
 * @param id the member's id, unique within the district
 * @param district the district (tenant)
 * @param name the member's name
 * @param idNumber ID number (身份证号), validated with the GB 11643 check digit
 * @param phone phone, if known
 * @param organization the organisation that holds the membership (组织关系所在)
 * @param servingCommunity where an in-service member reported to serve (报到社区), if any
 * @param inService whether the member is employed elsewhere (在职党员)
 * @param household the member household (党员中心户) this member heads, if any
 * @param active false once the membership has moved out of the district
 * @param version optimistic version (0 = not stored yet)
 */
public record Member(
    MemberId id,
    DistrictId district,
    String name,
    IdNumber idNumber,
    Optional<PhoneNumber> phone,
    OrgUnitId organization,
    Optional<OrgUnitId> servingCommunity,
    boolean inService,
    Optional<OrgUnitId> household,
    boolean active,
    long version) implements Described {

  public Member {
    Check.notNull("member.id", id);
    Check.notNull("member.district", district);
    name = Check.notBlank("member.name", name);
    Check.maxLength("member.name", name, 100);
    Check.notNull("member.idNumber", idNumber);
    Check.notNull("member.phone", phone);
    Check.notNull("member.organization", organization);
    Check.notNull("member.servingCommunity", servingCommunity);
    Check.notNull("member.household", household);
    Check.atLeast("member.version", version, 0);
  }

  /** A new active member, not yet stored, without dual registration. */
  public static Member of(
      DistrictId district, MemberId id, String name, IdNumber idNumber, OrgUnitId organization) {
    return new Member(id, district, name, idNumber, Optional.empty(), organization,
        Optional.empty(), false, Optional.empty(), true, 0);
  }

  /** This member reported (报到) to {@code community} as an in-service member. */
  public Member withDualRegistration(OrgUnitId community) {
    return new Member(id, district, name, idNumber, phone, organization, Optional.of(community),
        true, household, active, version);
  }

  public Member withPhone(PhoneNumber newPhone) {
    return new Member(id, district, name, idNumber, Optional.ofNullable(newPhone), organization,
        servingCommunity, inService, household, active, version);
  }

  public Member withOrganization(OrgUnitId org) {
    return new Member(id, district, name, idNumber, phone, org, servingCommunity, inService,
        household, active, version);
  }

  public Member withServingCommunity(Optional<OrgUnitId> community) {
    return new Member(id, district, name, idNumber, phone, organization, community, inService,
        household, active, version);
  }

  public Member withHousehold(OrgUnitId householdUnit) {
    return new Member(id, district, name, idNumber, phone, organization, servingCommunity,
        inService, Optional.ofNullable(householdUnit), active, version);
  }

  public Member withActive(boolean isActive) {
    return new Member(id, district, name, idNumber, phone, organization, servingCommunity,
        inService, household, isActive, version);
  }

  public Member withVersion(long newVersion) {
    return new Member(id, district, name, idNumber, phone, organization, servingCommunity,
        inService, household, active, newVersion);
  }

  /** The fields an audit record shows, personal data masked. */
  @Override
  public ImmutableMap<String, String> describe() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    b.put("id", id.value()).put("name", name).put("idNumber", idNumber.masked());
    phone.ifPresent(p -> b.put("phone", p.masked()));
    b.put("organization", organization.value());
    servingCommunity.ifPresent(c -> b.put("servingCommunity", c.value()));
    b.put("inService", Boolean.toString(inService));
    household.ifPresent(h -> b.put("household", h.value()));
    b.put("active", Boolean.toString(active)).put("version", Long.toString(version));
    return b.buildOrThrow();
  }
  // The record's own toString prints idNumber and phone through their masked toString.
}

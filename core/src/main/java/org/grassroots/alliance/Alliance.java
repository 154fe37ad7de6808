package org.grassroots.alliance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.grassroots.audit.Described;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * An alliance (大党工委 at street level, 大党委 at community level): a Party organisation widened by
 * member units — resident units, enterprises, social organisations, property managers — that meet
 * jointly, with a rotating convener (嵩屿: 48 member units take turns, 轮流牵头).
 *
 * @param id the alliance's id
 * @param district the district (tenant)
 * @param name its name
 * @param anchor the organisation unit it widens (a street committee or a community organisation)
 * @param memberships its member units, past and present
 * @param rotation the convener schedule, if any
 * @param version optimistic version (0 = not stored yet)
 */
public record Alliance(
    AllianceId id,
    DistrictId district,
    String name,
    OrgUnitId anchor,
    ImmutableList<AllianceMembership> memberships,
    Optional<ConvenerRotation> rotation,
    long version) implements Described {

  public Alliance {
    Check.notNull("alliance.id", id);
    Check.notNull("alliance.district", district);
    name = Check.notBlank("alliance.name", name);
    Check.maxLength("alliance.name", name, 200);
    Check.notNull("alliance.anchor", anchor);
    Check.notNull("alliance.memberships", memberships);
    Check.notNull("alliance.rotation", rotation);
    Check.atLeast("alliance.version", version, 0);
    Set<String> seen = new HashSet<>();
    for (AllianceMembership m : memberships) {
      if (!seen.add(m.unitId())) {
        throw new InvalidInputException("alliance.duplicateUnit", "alliance.memberships", m.unitId());
      }
    }
    if (rotation.isPresent()) {
      for (String u : rotation.get().order()) {
        if (!seen.contains(u)) {
          throw new InvalidInputException("alliance.rotationUnknownUnit", "alliance.rotation", u);
        }
      }
    }
  }

  /** A new alliance without members, not yet stored. */
  public static Alliance of(DistrictId district, AllianceId id, String name, OrgUnitId anchor) {
    return new Alliance(id, district, name, anchor, ImmutableList.of(), Optional.empty(), 0);
  }

  /** Adds {@code m}, or replaces the membership of the same unit. */
  public Alliance withMembership(AllianceMembership m) {
    Check.notNull("alliance.membership", m);
    ImmutableList.Builder<AllianceMembership> b = ImmutableList.builder();
    boolean replaced = false;
    for (AllianceMembership old : memberships) {
      if (old.unitId().equals(m.unitId())) {
        b.add(m);
        replaced = true;
      } else {
        b.add(old);
      }
    }
    if (!replaced) {
      b.add(m);
    }
    return new Alliance(id, district, name, anchor, b.build(), rotation, version);
  }

  /**
   * A unit joins (加入成员单位): a new membership. The convener rotation is not changed — add the
   * unit to it with {@link #withRotation} when it is to take turns.
   *
   * @throws InvalidInputException if the unit is, or was, already a member unit
   */
  public Alliance join(AllianceMembership m) {
    Check.notNull("alliance.membership", m);
    if (membership(m.unitId()).isPresent()) {
      throw new InvalidInputException("alliance.alreadyMember", "membership.unitId", m.unitId());
    }
    return withMembership(m);
  }

  /**
   * A member unit leaves on {@code on} (exclusive: it is no longer a member that day). Its past
   * turns stay in the record; later turns pass to the next member unit.
   *
   * @throws InvalidInputException if the unit never was a member, already left, or {@code on} is
   *     not after the day it joined
   */
  public Alliance leave(String unitId, LocalDate on) {
    Check.notNull("membership.unitId", unitId);
    Check.notNull("membership.leftOn", on);
    AllianceMembership m = membership(unitId).orElseThrow(
        () -> new InvalidInputException("alliance.notMember", "membership.unitId", unitId));
    if (m.leftOn().isPresent()) {
      throw new InvalidInputException(
          "alliance.alreadyLeft", "membership.unitId", unitId, m.leftOn().get().toString());
    }
    return withMembership(m.leaving(on));
  }

  /** The member units on {@code date}, in membership order. */
  public ImmutableList<AllianceMembership> membersOn(LocalDate date) {
    Check.notNull("date", date);
    return memberships.stream().filter(m -> m.memberOn(date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The member unit that convenes on {@code date} (轮值牵头单位); empty without a rotation, before it
   * starts, or when no unit of the rotation is a member that day. See {@link ConvenerRotation}.
   */
  public Optional<AllianceMembership> convenerOn(LocalDate date) {
    Check.notNull("date", date);
    return rotation.flatMap(r -> r.convenerOn(date, this));
  }

  public Alliance withRotation(ConvenerRotation r) {
    return new Alliance(id, district, name, anchor, memberships, Optional.ofNullable(r), version);
  }

  public Alliance withVersion(long newVersion) {
    return new Alliance(id, district, name, anchor, memberships, rotation, newVersion);
  }

  /** The membership of {@code unitId}, if it ever was a member. */
  public Optional<AllianceMembership> membership(String unitId) {
    return memberships.stream().filter(m -> m.unitId().equals(unitId)).findFirst();
  }

  /** The fields an audit record shows. */
  @Override
  public ImmutableMap<String, String> describe() {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    b.put("id", id.value()).put("name", name).put("anchor", anchor.value());
    b.put("members", Long.toString(memberships.stream().filter(m -> m.leftOn().isEmpty()).count()));
    for (AllianceMembership m : memberships) {
      b.put("member." + m.unitId(), m.kind() + " " + m.joinedOn() + ".." + m.leftOn().map(Object::toString).orElse(""));
    }
    rotation.ifPresent(r -> b.put("rotation", r.toString()));
    b.put("version", Long.toString(version));
    return b.buildOrThrow();
  }
}

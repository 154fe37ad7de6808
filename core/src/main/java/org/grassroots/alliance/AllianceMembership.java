package org.grassroots.alliance;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;
import org.grassroots.input.InvalidInputException;

/**
 * A member unit's membership of an alliance (成员单位): who, of which kind, from when until when.
 *
 * @param unitId the member unit's id, unique within the alliance
 * @param name the member unit's name
 * @param kind its kind
 * @param joinedOn the day it joined
 * @param leftOn the day it left (exclusive), if it has
 */
public record AllianceMembership(
    String unitId, String name, MemberUnitKind kind, LocalDate joinedOn, Optional<LocalDate> leftOn) {
  public AllianceMembership {
    Identifiers.check("membership.unitId", unitId);
    name = Check.notBlank("membership.name", name);
    Check.maxLength("membership.name", name, 200);
    Check.notNull("membership.kind", kind);
    Check.notNull("membership.joinedOn", joinedOn);
    Check.notNull("membership.leftOn", leftOn);
    if (leftOn.isPresent() && !leftOn.get().isAfter(joinedOn)) {
      throw new InvalidInputException(
          "input.dateOrder", "membership.leftOn", leftOn.get().toString(), joinedOn.toString());
    }
  }

  public static AllianceMembership joined(
      String unitId, String name, MemberUnitKind kind, LocalDate joinedOn) {
    return new AllianceMembership(unitId, name, kind, joinedOn, Optional.empty());
  }

  /** True when the unit was a member on {@code date}. */
  public boolean memberOn(LocalDate date) {
    return !date.isBefore(joinedOn) && (leftOn.isEmpty() || date.isBefore(leftOn.get()));
  }

  public AllianceMembership leaving(LocalDate on) {
    return new AllianceMembership(unitId, name, kind, joinedOn, Optional.of(on));
  }
}

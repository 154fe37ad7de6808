package org.grassroots.staffing;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;
import org.grassroots.input.InvalidInputException;

/**
 * One person posted to one role in one unit for a period (岗位配备). The person is named only by
 * an id the integrator chooses (a staff number): no personal data here.
 *
 * @param staffId the person's id in the integrator's records
 * @param unit the unit they serve
 * @param role the role they fill
 * @param from first day in post
 * @param until the day they left the post (exclusive), if they have
 */
public record StaffAssignment(
    String staffId, OrgUnitId unit, StaffRole role, LocalDate from, Optional<LocalDate> until) {
  public StaffAssignment {
    Identifiers.check("assignment.staffId", staffId);
    Check.notNull("assignment.unit", unit);
    Check.notNull("assignment.role", role);
    Check.notNull("assignment.from", from);
    Check.notNull("assignment.until", until);
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new InvalidInputException(
          "input.dateOrder", "assignment.until", until.get().toString(), from.toString());
    }
  }

  /** A post held from {@code from} on, open-ended. */
  public static StaffAssignment of(String staffId, OrgUnitId unit, StaffRole role, LocalDate from) {
    return new StaffAssignment(staffId, unit, role, from, Optional.empty());
  }

  /** This post ends on {@code on} (exclusive). */
  public StaffAssignment ending(LocalDate on) {
    return new StaffAssignment(staffId, unit, role, from, Optional.of(on));
  }

  /** True when the person holds the post on {@code date}. */
  public boolean heldOn(LocalDate date) {
    Check.notNull("date", date);
    return !date.isBefore(from) && (until.isEmpty() || date.isBefore(until.get()));
  }
}

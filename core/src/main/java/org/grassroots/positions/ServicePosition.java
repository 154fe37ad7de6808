package org.grassroots.positions;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * A service position (党群服务阵地): a centre or home at one level, hosted by one unit, open from a day
 * and possibly closed later.
 *
 * @param id the position's id
 * @param name its name
 * @param level its level
 * @param host the unit that hosts it
 * @param opened the day it opened
 * @param closed the day it closed (exclusive), if it has
 */
public record ServicePosition(
    PositionId id, String name, PositionLevel level, OrgUnitId host, LocalDate opened,
    Optional<LocalDate> closed) {
  public ServicePosition {
    Check.notNull("servicePosition.id", id);
    name = Check.notBlank("servicePosition.name", name);
    Check.maxLength("servicePosition.name", name, 200);
    Check.notNull("servicePosition.level", level);
    Check.notNull("servicePosition.host", host);
    Check.notNull("servicePosition.opened", opened);
    Check.notNull("servicePosition.closed", closed);
    if (closed.isPresent() && !closed.get().isAfter(opened)) {
      throw new InvalidInputException(
          "input.dateOrder", "servicePosition.closed", closed.get().toString(), opened.toString());
    }
  }

  /** A position opened on {@code opened}, still open. */
  public static ServicePosition open(
      PositionId id, String name, PositionLevel level, OrgUnitId host, LocalDate opened) {
    return new ServicePosition(id, name, level, host, opened, Optional.empty());
  }

  /** This position, closed on {@code on}. */
  public ServicePosition closing(LocalDate on) {
    Check.notNull("servicePosition.closed", on);
    return new ServicePosition(id, name, level, host, opened, Optional.of(on));
  }

  /** True when the position was open on {@code date}. */
  public boolean openOn(LocalDate date) {
    Check.notNull("date", date);
    return !date.isBefore(opened) && (closed.isEmpty() || date.isBefore(closed.get()));
  }
}

package org.grassroots.volunteering;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;

/**
 * An activity (活动) held by a community or branch — a volunteer service, a class, a lecture — on one
 * day, with the number of participations (参与人次: a person attending twice counts twice).
 *
 * @param id the activity's id
 * @param unit the community or branch that held it
 * @param team the volunteer team that ran it, if one did
 * @param series the series it belongs to (e.g. {@code go-lessons} for a course of lessons), if any;
 *     lower-case letters, digits and {@code -}
 * @param title what it was
 * @param on the day it was held
 * @param participants participations (人次), not negative
 */
public record Activity(
    ActivityId id, OrgUnitId unit, Optional<TeamId> team, Optional<String> series, String title,
    LocalDate on, int participants) {
  public Activity {
    Check.notNull("activity.id", id);
    Check.notNull("activity.unit", unit);
    Check.notNull("activity.team", team);
    Check.notNull("activity.series", series);
    series.ifPresent(s -> Check.kindCode("activity.series", s));
    title = Check.notBlank("activity.title", title);
    Check.maxLength("activity.title", title, 200);
    Check.notNull("activity.on", on);
    Check.between("activity.participants", participants, 0, 1_000_000);
  }

  /** An activity of {@code unit}, run by no team and part of no series. */
  public static Activity of(ActivityId id, OrgUnitId unit, String title, LocalDate on, int participants) {
    return new Activity(id, unit, Optional.empty(), Optional.empty(), title, on, participants);
  }

  /** This activity, run by {@code team}. */
  public Activity byTeam(TeamId teamId) {
    Check.notNull("activity.team", teamId);
    return new Activity(id, unit, Optional.of(teamId), series, title, on, participants);
  }

  /** This activity, part of {@code series}. */
  public Activity inSeries(String seriesCode) {
    Check.notNull("activity.series", seriesCode);
    return new Activity(id, unit, team, Optional.of(seriesCode), title, on, participants);
  }
}

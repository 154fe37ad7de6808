package org.grassroots.volunteering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * What volunteering amounts to over a window (志愿服务统计), computed from the records: teams and
 * distinct volunteers on the window's last day, roster places, and the activities held in the
 * window with their participations (人次).
 *
 * <p>The window is {@code from} to {@code to}, both days included. A team counts when it was formed
 * on or before {@code to}; a volunteer counts once however many teams they serve in ({@code
 * rosterPlaces} counts each place). Activities are counted when held in the window and accepted by
 * the filter.
 *
 * @param teams volunteer teams formed by the window's last day
 * @param volunteers distinct volunteers on those teams' rosters
 * @param rosterPlaces places on those rosters (a volunteer in two teams counts twice)
 * @param activities activities held in the window that the filter accepted
 * @param participations their participations (人次), summed
 */
public record VolunteeringTally(
    long teams, long volunteers, long rosterPlaces, long activities, long participations) {
  public VolunteeringTally {
    Check.atLeast("tally.teams", teams, 0);
    Check.atLeast("tally.volunteers", volunteers, 0);
    Check.atLeast("tally.rosterPlaces", rosterPlaces, volunteers);
    Check.atLeast("tally.activities", activities, 0);
    Check.atLeast("tally.participations", participations, 0);
  }

  /** Every activity. */
  public static final Predicate<Activity> ALL = a -> true;

  /** Activities run by a volunteer team. */
  public static final Predicate<Activity> BY_TEAMS = a -> a.team().isPresent();

  /** Activities of the series {@code code}. */
  public static Predicate<Activity> inSeries(String code) {
    Check.notNull("series", code);
    return a -> a.series().filter(code::equals).isPresent();
  }

  /**
   * The tally of {@code teams} and {@code activities} from {@code from} to {@code to} (inclusive),
   * counting only activities {@code which} accepts.
   *
   * @throws InvalidInputException if {@code to} is before {@code from}, two teams or two activities
   *     share an id, or an activity names a team that is not given
   */
  public static VolunteeringTally of(
      Collection<VolunteerTeam> teams, Collection<Activity> activities,
      LocalDate from, LocalDate to, Predicate<Activity> which) {
    Check.notNull("teams", teams);
    Check.notNull("activities", activities);
    Check.notNull("from", from);
    Check.notNull("to", to);
    Check.notNull("which", which);
    Check.that(!to.isBefore(from), "input.dateOrder", "to", to, from);
    Set<TeamId> known = new HashSet<>();
    Set<String> people = new HashSet<>();
    long teamCount = 0;
    long places = 0;
    for (VolunteerTeam t : teams) {
      Check.notNull("teams[]", t);
      Check.that(known.add(t.id()), "volunteering.duplicateTeam", "teams", t.id());
      if (!t.formed().isAfter(to)) {
        teamCount++;
        places += t.volunteers().size();
        people.addAll(t.volunteers());
      }
    }
    Set<ActivityId> seen = new HashSet<>();
    long count = 0;
    long participations = 0;
    for (Activity a : activities) {
      Check.notNull("activities[]", a);
      Check.that(seen.add(a.id()), "volunteering.duplicateActivity", "activities", a.id());
      Check.that(a.team().map(known::contains).orElse(true), "volunteering.unknownTeam",
          "activity.team", a.team().map(TeamId::value).orElse(""), a.id());
      if (!a.on().isBefore(from) && !a.on().isAfter(to) && which.test(a)) {
        count++;
        participations += a.participants();
      }
    }
    return new VolunteeringTally(teamCount, people.size(), places, count, participations);
  }
}

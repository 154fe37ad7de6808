package org.grassroots.volunteering;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;
import org.grassroots.input.Masking;
import org.grassroots.input.Messages;

/**
 * A volunteer team (志愿服务队) of a community or branch, and its roster of volunteers (志愿者).
 * Volunteers are named by a person id (identifier syntax), not necessarily a Party member's: the
 * same person may serve in several teams and counts once in a tally of volunteers.
 *
 * @param id the team's id
 * @param name its name
 * @param unit the community or branch it belongs to
 * @param formed the day it was formed
 * @param volunteers the person ids on its roster, at least one
 */
public record VolunteerTeam(
    TeamId id, String name, OrgUnitId unit, LocalDate formed, ImmutableSet<String> volunteers) {
  public VolunteerTeam {
    Check.notNull("volunteerTeam.id", id);
    name = Check.notBlank("volunteerTeam.name", name);
    Check.maxLength("volunteerTeam.name", name, 200);
    Check.notNull("volunteerTeam.unit", unit);
    Check.notNull("volunteerTeam.formed", formed);
    Check.notEmpty("volunteerTeam.volunteers", volunteers);
    for (String v : volunteers) {
      // The roster is personal (who volunteers where): a bad id is shown masked.
      Check.that(v != null && Identifiers.PATTERN.matcher(v).matches(), "input.pattern",
          "volunteerTeam.volunteers", Masking.maskAny(v), new Messages.Text("text.identifier"));
    }
  }

  /** A team formed on {@code formed} with {@code volunteers}. */
  public static VolunteerTeam of(
      TeamId id, String name, OrgUnitId unit, LocalDate formed, Iterable<String> volunteers) {
    Check.notNull("volunteerTeam.volunteers", volunteers);
    return new VolunteerTeam(id, name, unit, formed, ImmutableSet.copyOf(volunteers));
  }

  /** Id, name, unit, day formed and the size of the roster; never who is on it (personal). */
  @Override
  public String toString() {
    return "VolunteerTeam[" + id + ", name=" + name + ", unit=" + unit + ", formed=" + formed
        + ", volunteers=" + volunteers.size() + "]";
  }
}

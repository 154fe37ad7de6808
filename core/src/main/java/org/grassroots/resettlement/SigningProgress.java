package org.grassroots.resettlement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.grassroots.input.Check;

/**
 * How far a project's signing went over a window (签约进度): the households that signed from {@code
 * from} to {@code to}, both days included, each counted once however often it signed; agreements of
 * other projects or outside the window are left out.
 *
 * @param project the project
 * @param from the window's first day
 * @param to the window's last day
 * @param households distinct households that signed in the window
 * @param agreements agreements signed in the window (re-signings included)
 * @param lastSigned the last day an agreement was signed in the window, if any was
 */
public record SigningProgress(
    String project, LocalDate from, LocalDate to, long households, long agreements,
    Optional<LocalDate> lastSigned) {
  public SigningProgress {
    project = Check.notBlank("signingProgress.project", project);
    Check.notNull("signingProgress.from", from);
    Check.notNull("signingProgress.to", to);
    Check.that(!to.isBefore(from), "input.dateOrder", "signingProgress.to", to, from);
    Check.atLeast("signingProgress.households", households, 0);
    Check.atLeast("signingProgress.agreements", agreements, households);
    Check.notNull("signingProgress.lastSigned", lastSigned);
  }

  /** The window's length in days, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The progress of {@code project} from {@code from} to {@code to}, both included. */
  public static SigningProgress of(
      Collection<HandoverAgreement> agreements, String project, LocalDate from, LocalDate to) {
    Check.notNull("agreements", agreements);
    Check.notBlank("project", project);
    Check.notNull("from", from);
    Check.notNull("to", to);
    Check.that(!to.isBefore(from), "input.dateOrder", "to", to, from);
    Set<String> households = new HashSet<>();
    long count = 0;
    LocalDate last = null;
    for (HandoverAgreement a : agreements) {
      Check.notNull("agreements[]", a);
      if (a.project().equals(project) && !a.signed().isBefore(from) && !a.signed().isAfter(to)) {
        households.add(a.household());
        count++;
        last = last == null || a.signed().isAfter(last) ? a.signed() : last;
      }
    }
    return new SigningProgress(project, from, to, households.size(), count, Optional.ofNullable(last));
  }
}

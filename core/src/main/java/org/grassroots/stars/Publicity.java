package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.workflow.StatusMachine;

/**
 * The publicity of a star change (公示): proposed → publicised → confirmed, or publicised → objected
 * → reviewed → confirmed or withdrawn; every step with its date. A change counts as confirmed only
 * once {@link Status#CONFIRMED}; a withdrawn change is undone.
 *
 * @param steps every status reached, with its date, in order; the last is the current status
 */
public record Publicity(List<Step> steps) {
  /** The declared transitions. */
  public static final StatusMachine<Status> MACHINE = StatusMachine.<Status>named("starPublicity")
      .allow(Status.PROPOSED, Status.PUBLICISED)
      .allow(Status.PUBLICISED, Status.CONFIRMED, Status.OBJECTED)
      .allow(Status.OBJECTED, Status.REVIEWED)
      .allow(Status.REVIEWED, Status.CONFIRMED, Status.WITHDRAWN)
      .build();

  public Publicity {
    steps = ImmutableList.copyOf(Check.notEmpty("publicity.steps", steps));
    Check.that(steps.get(0).status() == Status.PROPOSED, "stars.publicityStart", "publicity.steps[0]",
        steps.get(0).status());
    for (int i = 1; i < steps.size(); i++) {
      MACHINE.check("publicity.steps[" + i + "]", steps.get(i - 1).status(), steps.get(i).status());
      Check.that(!steps.get(i).on().isBefore(steps.get(i - 1).on()), "stars.publicityDate",
          "publicity.steps[" + i + "].on", steps.get(i).on(), steps.get(i - 1).on());
    }
  }

  /** A status and the day it was reached. */
  public record Step(Status status, LocalDate on) {
    public Step {
      Check.notNull("publicity.status", status);
      Check.notNull("publicity.on", on);
    }
  }

  /** The statuses of a publicity (公示状态). */
  public enum Status {
    /** Proposed by the evaluation (拟定). */
    PROPOSED,
    /** Shown to the public for comment (公示中). */
    PUBLICISED,
    /** Someone objected during publicity (有异议). */
    OBJECTED,
    /** The objection was reviewed (已复核). */
    REVIEWED,
    /** In force (已确认). */
    CONFIRMED,
    /** Withdrawn after review (已撤回). */
    WITHDRAWN
  }

  /** A publicity proposed on {@code on}. */
  public static Publicity proposed(LocalDate on) {
    return new Publicity(List.of(new Step(Status.PROPOSED, Check.notNull("publicity.on", on))));
  }

  /** The current status. */
  public Status status() {
    return steps.get(steps.size() - 1).status();
  }

  /**
   * The step in force on {@code day} (当日状态): the last one reached on or before it; empty before
   * the change was proposed.
   */
  public Optional<Step> on(LocalDate day) {
    Check.notNull("day", day);
    Step in = null;
    for (Step s : steps) {
      if (!s.on().isAfter(day)) {
        in = s;
      }
    }
    return Optional.ofNullable(in);
  }

  /** The day {@code status} was reached, if it was. */
  public Optional<LocalDate> reached(Status status) {
    Check.notNull("status", status);
    return steps.stream().filter(s -> s.status() == status).map(Step::on).findFirst();
  }

  /**
   * The day a publicity period of {@code days} ends (公示期满): {@code days} after the change was
   * publicised; empty if it never was or no period is declared ({@code days} 0). Objections are
   * taken until then; a change not objected to is confirmed from then ({@link StarBook#confirmLapsed}).
   */
  public Optional<LocalDate> ends(int days) {
    Check.atLeast("publicity.days", days, 0);
    return days == 0 ? Optional.empty() : reached(Status.PUBLICISED).map(d -> d.plusDays(days));
  }

  /** This publicity moved on to {@code to} on {@code on}; refused if the step is not declared. */
  public Publicity then(Status to, LocalDate on) {
    List<Step> next = new ArrayList<>(steps);
    next.add(new Step(Check.notNull("publicity.status", to), Check.notNull("publicity.on", on)));
    return new Publicity(next);
  }
}

package org.grassroots.rules.format;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.audit.Change;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Excerpt;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.RuleId;
import org.grassroots.stars.Publicity;
import org.grassroots.stars.StarBook;
import org.grassroots.stars.StarChange;
import org.grassroots.stars.StarOutcome;

/**
 * The publicity runs of a program cases file (公示测试), one line each: a unit's proposed star change
 * from the cases' evaluation, the publicity events it goes through (publicised on a date, an
 * objection, the review, confirmation or withdrawal), and what must follow — its status and since
 * when, the end of its publicity period, and the stars the unit holds and holds confirmed. The
 * events go through the program's own star book ({@link DeclaredProgram#publicity}: the declared
 * {@code publicityDays} and {@link Publicity#MACHINE}); with {@code asOf}, the status is the one in
 * force that day, a change not objected to being confirmed when its period ends ({@link
 * DeclaredProgram#confirmLapsed}).
 *
 * <pre>{@code
 * publicity:
 *   - {unit: c01, star: pioneer, events: {proposed: "2023-01-05", publicised: "2023-01-06"}, asOf: "2023-01-31",
 *      expect: {status: confirmed, since: "2023-01-13"}}
 * }</pre>
 */
final class PublicityCases {
  static final Set<String> FIELDS = ImmutableSet.of("unit", "star", "name", "events", "asOf", "expect");
  static final Set<String> EXPECT_FIELDS = ImmutableSet.of("status", "since", "ends", "holds", "confirmed");
  static final Map<String, Publicity.Status> STATUSES = Cursor.names(Publicity.Status.class);

  /** One event: a status reached on a day, where the file says it. */
  record Event(Publicity.Status status, LocalDate on, String path, SourceLocation at) {}

  /**
   * One publicity run.
   *
   * @param name its name (unit/star unless named)
   * @param unit the unit, one of the cases' units
   * @param star the star whose change is publicised
   * @param proposedOn the day the evaluation's changes are proposed ({@code proposed}, else the first event's day)
   * @param events the steps after the proposal, in file order
   * @param asOf the day the status is asked for, if given (not {@code on}: a boolean key to YAML 1.1 tools)
   * @param status the status expected, if pinned
   * @param since the day that status was reached, if pinned
   * @param ends the day the publicity period ends, if pinned
   * @param holds the stars the unit must hold afterwards, if pinned
   * @param confirmed the stars it must hold by confirmed changes, if pinned
   * @param path its path in the file
   * @param at where it starts
   */
  record Run(String name, OrgUnitId unit, RuleId star, LocalDate proposedOn, List<Event> events,
      Optional<LocalDate> asOf, Optional<Publicity.Status> status, Optional<LocalDate> since, Optional<LocalDate> ends,
      Optional<Set<RuleId>> holds, Optional<Set<RuleId>> confirmed, String path, SourceLocation at) {}

  private PublicityCases() {}

  /** Reads one line of {@code publicity}. */
  static Run read(Cursor c) {
    c.object(FIELDS);
    Cursor u = c.field("unit");
    String unitText = u.idText();
    OrgUnitId unit = u.build(() -> OrgUnitId.of(unitText));
    Cursor s = c.field("star");
    String starText = s.idText();
    RuleId star = s.build(() -> RuleId.of(starText));
    String name = c.optional("name").map(Cursor::text).orElse(unitText + "/" + starText);
    Cursor ev = c.field("events").anyObject();
    LocalDate proposed = null;
    List<Event> events = new ArrayList<>();
    for (String key : iterable(ev)) {
      Cursor e = ev.field(key);
      Publicity.Status status = Optional.ofNullable(STATUSES.get(key))
          .orElseThrow(() -> e.fail("format.enum", Excerpt.of(key), String.join(", ", STATUSES.keySet())));
      LocalDate day = e.date();
      if (status == Publicity.Status.PROPOSED) {
        if (!events.isEmpty()) {
          throw e.fail("format.program.proposedFirst", key);
        }
        proposed = day;
      } else {
        events.add(new Event(status, day, e.path, e.at()));
      }
    }
    if (proposed == null && events.isEmpty()) {
      throw ev.fail("format.missing", "proposed");
    }
    LocalDate proposedOn = proposed != null ? proposed : events.get(0).on();
    Optional<LocalDate> asOf = c.optional("asOf").map(Cursor::date);
    Cursor x = c.field("expect").object(EXPECT_FIELDS);
    return new Run(name, unit, star, proposedOn, events, asOf,
        x.optional("status").map(t -> t.choice(STATUSES)), x.optional("since").map(Cursor::date),
        x.optional("ends").map(Cursor::date), x.optional("holds").map(PublicityCases::stars),
        x.optional("confirmed").map(PublicityCases::stars), c.path, c.at());
  }

  private static Iterable<String> iterable(Cursor c) {
    List<String> names = new ArrayList<>();
    c.node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<RuleId> stars(Cursor c) {
    return new LinkedHashSet<>(c.elements(x -> {
      String t = x.idText();
      return x.build(() -> RuleId.of(t));
    }));
  }

  /**
   * Checks every run's unit and star against the evaluation before any is run: a unit that is not
   * one of the cases', a star the program does not have, or a program without stars, is a problem
   * of the file.
   */
  static List<RulesetProblem> problems(List<Run> runs, DeclaredProgram declared, Set<OrgUnitId> units,
      StarOutcome stars) {
    List<RulesetProblem> bad = new ArrayList<>();
    for (Run r : runs) {
      if (stars == null) {
        bad.add(RulesetProblem.of(r.at(), r.path(), "format.program.notForKind",
            declared.declaration().kind().map(Cursor::camel).orElse("-")));
        continue;
      }
      if (!units.contains(r.unit())) {
        bad.add(RulesetProblem.of(r.at(), r.path() + ".unit", "format.program.publicityUnit", r.unit().value()));
      }
      if (stars.stars().stream().noneMatch(g -> g.id().equals(r.star()))) {
        bad.add(RulesetProblem.of(r.at(), r.path() + ".star", "format.program.noStar", r.star().value(),
            String.join(", ", stars.stars().stream().map(g -> g.id().value()).toList())));
      }
    }
    return bad;
  }

  /** Runs {@code r} on a fresh star book advanced by the evaluation's ratings; the mismatches found. */
  static List<RulesetProblem> run(Run r, DeclaredProgram declared, StarOutcome stars,
      Map<String, SourceLocation> locations) {
    Change change = Change.of("cases", "项目测试 publicity " + r.name(),
        r.proposedOn().atStartOfDay().toInstant(ZoneOffset.UTC));
    StarBook book = declared.advance(declared.starBook(declared.rules().district()),
        stars.ratings(), change, r.proposedOn());
    Optional<StarChange> proposed = book.changesOf(r.unit()).stream().filter(c -> c.star().equals(r.star())).findFirst();
    if (proposed.isEmpty()) {
      return List.of(RulesetProblem.of(r.at(), r.path() + ".star", "format.program.noChange", r.star().value(),
          r.unit().value(), book.held(r.unit()).toString()));
    }
    long sequence = proposed.get().sequence();
    for (Event e : r.events()) {
      try {
        book = declared.publicity(book, sequence, e.status(), e.on(), change);
      } catch (InvalidInputException refused) {
        return List.of(new RulesetProblem(e.at(), e.path(), refused.key(), List.of(), refused));
      }
    }
    if (r.asOf().isPresent()) {
      book = declared.confirmLapsed(book, r.asOf().get(), change);
    }
    Publicity p = book.changes().get((int) sequence - 1).publicity();
    Optional<Publicity.Step> now = r.asOf().isPresent() ? p.on(r.asOf().get())
        : Optional.of(p.steps().get(p.steps().size() - 1));
    String path = r.path() + ".expect";
    List<RulesetProblem> m = new ArrayList<>();
    String gotStatus = now.map(s -> Cursor.camel(s.status())).orElse("-");
    r.status().map(Cursor::camel).filter(s -> !s.equals(gotStatus))
        .ifPresent(s -> m.add(mismatch(locations, r, path + ".status", "status", s, gotStatus)));
    String gotSince = now.map(s -> s.on().toString()).orElse("-");
    r.since().map(LocalDate::toString).filter(s -> !s.equals(gotSince))
        .ifPresent(s -> m.add(mismatch(locations, r, path + ".since", "since", s, gotSince)));
    String gotEnds = p.ends(declared.declaration().periods().publicityDays().orElse(0)).map(LocalDate::toString)
        .orElse("-");
    r.ends().map(LocalDate::toString).filter(s -> !s.equals(gotEnds))
        .ifPresent(s -> m.add(mismatch(locations, r, path + ".ends", "ends", s, gotEnds)));
    Set<RuleId> held = book.held(r.unit());
    r.holds().filter(h -> !h.equals(held))
        .ifPresent(h -> m.add(mismatch(locations, r, path + ".holds", "holds", h.toString(), held.toString())));
    Set<RuleId> confirmed = book.confirmed(r.unit());
    r.confirmed().filter(h -> !h.equals(confirmed)).ifPresent(h -> m.add(mismatch(locations, r, path + ".confirmed",
        "confirmed", h.toString(), confirmed.toString())));
    return m;
  }

  private static RulesetProblem mismatch(Map<String, SourceLocation> locations, Run r, String path, String what,
      String expected, String got) {
    return RulesetProblem.of(locations.getOrDefault(path, r.at()), path, "format.caseFailed", what, expected, got);
  }
}

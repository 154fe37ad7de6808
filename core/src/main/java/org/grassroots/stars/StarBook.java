package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Veto;

/**
 * The star book of a district (星级动态管理台账): the stars each unit holds across periods and every
 * change of them — the history a store persists. Immutable: each operation returns the next book.
 *
 * <p>Each period's {@link StarRatings} moves the book on ({@link #advance}): a star earned and not
 * held is awarded; a held star barred by a veto is taken away at once (摘星); a held star whose
 * criterion fails is kept until it has failed {@code failuresBeforeRevoke} consecutive periods, then
 * taken away. Every change is proposed with a {@link Publicity} and goes on through {@link
 * #publicity}; a withdrawn change is undone. What a unit holds is what its changes that were not
 * withdrawn say; what is confirmed is what its confirmed changes say.
 *
 * @param district the owner (tenant)
 * @param failuresBeforeRevoke how many consecutive failed periods take a held star away (≥ 1)
 * @param lastPeriod the last period applied, if any; periods apply in order
 * @param changes every change, in order (sequence 1, 2, …)
 * @param failures per unit, per star held: the consecutive periods failed so far
 * @param trail every change and every publicity step as an audit record, in order (sequence 0:
 *     a store assigns it)
 */
public record StarBook(
    DistrictId district,
    int failuresBeforeRevoke,
    Optional<Period> lastPeriod,
    List<StarChange> changes,
    Map<OrgUnitId, Map<RuleId, Integer>> failures,
    List<AuditEntry> trail) {

  public StarBook {
    Check.notNull("starBook.district", district);
    Check.atLeast("starBook.failuresBeforeRevoke", failuresBeforeRevoke, 1);
    Check.notNull("starBook.lastPeriod", lastPeriod);
    changes = ImmutableList.copyOf(Check.notNull("starBook.changes", changes));
    for (int i = 0; i < changes.size(); i++) {
      Check.that(changes.get(i).sequence() == i + 1, "stars.sequence", "starBook.changes[" + i + "].sequence",
          changes.get(i).sequence(), i + 1);
    }
    ImmutableMap.Builder<OrgUnitId, Map<RuleId, Integer>> f = ImmutableMap.builder();
    Check.notNull("starBook.failures", failures).forEach((u, m) -> f.put(u, ImmutableMap.copyOf(m)));
    failures = f.build();
    trail = ImmutableList.copyOf(Check.notNull("starBook.trail", trail));
  }

  /** An empty book. */
  public static StarBook empty(DistrictId district, int failuresBeforeRevoke) {
    return new StarBook(district, failuresBeforeRevoke, Optional.empty(), List.of(), Map.of(), List.of());
  }

  /** The stars {@code unit} holds now (changes not withdrawn, confirmed or not). */
  public ImmutableSet<RuleId> held(OrgUnitId unit) {
    return replay(unit, false);
  }

  /** The stars {@code unit} holds by confirmed changes only (已确认星级). */
  public ImmutableSet<RuleId> confirmed(OrgUnitId unit) {
    return replay(unit, true);
  }

  /** The changes of {@code unit}, in order. */
  public List<StarChange> changesOf(OrgUnitId unit) {
    Check.notNull("unit", unit);
    return changes.stream().filter(c -> c.unit().equals(unit)).toList();
  }

  private ImmutableSet<RuleId> replay(OrgUnitId unit, boolean confirmedOnly) {
    Check.notNull("unit", unit);
    Set<RuleId> held = new LinkedHashSet<>();
    for (StarChange c : changes) {
      Publicity.Status s = c.publicity().status();
      if (!c.unit().equals(unit) || s == Publicity.Status.WITHDRAWN
          || (confirmedOnly && s != Publicity.Status.CONFIRMED)) {
        continue;
      }
      if (c.action() == StarChange.Action.AWARD) {
        held.add(c.star());
      } else {
        held.remove(c.star());
      }
    }
    return ImmutableSet.copyOf(held);
  }

  /**
   * Applies one period's ratings: awards, revocations after a veto or after the declared number of
   * failed periods; each change proposed on {@code proposedOn}.
   *
   * @param change who applies the ratings and why (e.g. "2024年度创星升级评定")
   * @throws org.grassroots.input.InvalidInputException if the period is not after the last one
   */
  public StarBook advance(StarRatings ratings, Change change, LocalDate proposedOn) {
    return advance(ratings, change, proposedOn, Integer.MAX_VALUE);
  }

  /**
   * Applies one period's ratings step by step (逐级晋升 / 降级): as {@link #advance(StarRatings, Change,
   * LocalDate)}, but a unit gains at most {@code maxStep} stars (the lowest it lacks first) and loses
   * at most {@code maxStep} after failed periods (the highest it holds first) in the period; a star
   * held back stays due — an award is made in a later period if still earned, a revocation waits
   * with the unit's failures kept. A veto still withdraws at once (摘星), whatever the step.
   *
   * @param maxStep at most this many stars up and this many down per unit and period (≥ 1)
   */
  public StarBook advanceStepwise(StarRatings ratings, Change change, LocalDate proposedOn, int maxStep) {
    return advance(ratings, change, proposedOn, (int) Check.atLeast("maxStep", maxStep, 1));
  }

  private StarBook advance(StarRatings ratings, Change change, LocalDate proposedOn, int maxStep) {
    Check.notNull("ratings", ratings);
    Check.notNull("change", change);
    Check.notNull("proposedOn", proposedOn);
    Period period = ratings.period();
    Check.that(lastPeriod.isEmpty() || period.compareTo(lastPeriod.get()) > 0, "stars.periodOrder", "ratings.period",
        period, lastPeriod.map(Object::toString).orElse("-"));
    List<StarChange> out = new ArrayList<>(changes);
    List<AuditEntry> audit = new ArrayList<>(trail);
    Map<OrgUnitId, Map<RuleId, Integer>> fails = new HashMap<>();
    failures.forEach((u, m) -> fails.put(u, new HashMap<>(m)));
    for (OrgUnitId unit : ratings.units()) {
      Set<RuleId> before = held(unit);
      Map<RuleId, Integer> f = fails.computeIfAbsent(unit, k -> new HashMap<>());
      record Pending(Grade star, StarChange.Action action, StarChange.Cause cause, List<String> details) {}
      List<Pending> pending = new ArrayList<>();
      for (Grade star : ratings.scheme().stars()) {
        boolean has = before.contains(star.id());
        if (ratings.earned(star.id(), unit)) {
          f.remove(star.id());
          if (!has) {
            pending.add(new Pending(star, StarChange.Action.AWARD, StarChange.Cause.CRITERION_MET, List.of()));
          }
          continue;
        }
        if (!has) {
          continue;
        }
        List<Veto> vetoes = ratings.vetoes(star.id(), unit).stream()
            .filter(v -> v.effect() == Veto.Effect.ZERO_TOTAL || v.grades().isEmpty() || v.grades().contains(star.id()))
            .toList();
        if (!vetoes.isEmpty()) {
          f.remove(star.id());
          pending.add(new Pending(star, StarChange.Action.REVOKE, StarChange.Cause.VETO,
              vetoes.stream().map(v -> "[" + v.id() + "] " + v.name()).toList()));
          continue;
        }
        int failed = f.getOrDefault(star.id(), 0) + 1;
        if (failed >= failuresBeforeRevoke) {
          f.remove(star.id());
          pending.add(new Pending(star, StarChange.Action.REVOKE, StarChange.Cause.FAILED_PERIODS,
              List.of(Integer.toString(failed))));
        } else {
          f.put(star.id(), failed);
        }
      }
      if (maxStep < Integer.MAX_VALUE) {
        // stars in display order are levels lowest first: up from the lowest lacking, down from the highest held
        List<Pending> up = pending.stream().filter(p -> p.action() == StarChange.Action.AWARD).toList();
        List<Pending> down = pending.stream().filter(p -> p.cause() == StarChange.Cause.FAILED_PERIODS).toList();
        Set<Pending> deferred = new java.util.HashSet<>(up.subList(Math.min(maxStep, up.size()), up.size()));
        List<Pending> waiting = down.subList(0, Math.max(0, down.size() - maxStep));
        deferred.addAll(waiting);
        for (Pending p : waiting) {
          if (failuresBeforeRevoke > 1) {
            f.put(p.star().id(), failuresBeforeRevoke - 1); // failed enough: revoked when it fails again
          }
        }
        pending.removeIf(deferred::contains);
      }
      int after = before.size();
      for (Pending p : pending) {
        after += p.action() == StarChange.Action.AWARD ? 1 : -1;
      }
      for (Pending p : pending) {
        StarChange c = new StarChange(out.size() + 1, unit, p.star().id(), p.star().name(), period, p.action(),
            p.cause(), p.details(), change, before.size(), after, Publicity.proposed(proposedOn));
        out.add(c);
        audit.add(c.toAuditEntry(district));
      }
      if (f.isEmpty()) {
        fails.remove(unit);
      }
    }
    return new StarBook(district, failuresBeforeRevoke, Optional.of(period), out, fails, audit);
  }

  /**
   * Moves the publicity of change {@code sequence} on to {@code to} on {@code on}.
   *
   * @throws org.grassroots.input.InvalidInputException if there is no such change or the step is not
   *     declared (see {@link Publicity#MACHINE})
   */
  public StarBook publicity(long sequence, Publicity.Status to, LocalDate on, Change change) {
    return publicity(sequence, to, on, change, 0);
  }

  /**
   * As {@link #publicity(long, Publicity.Status, LocalDate, Change)}, with a publicity period of
   * {@code days} (公示期): a publicised change is confirmed no earlier than {@code days} days after it
   * was publicised, and an objection is lodged no later than that.
   *
   * @throws org.grassroots.input.InvalidInputException as the other, or when the step is outside the
   *     period
   */
  public StarBook publicity(long sequence, Publicity.Status to, LocalDate on, Change change, int days) {
    Check.between("sequence", sequence, 1, changes.size());
    Check.atLeast("publicity.days", days, 0);
    Check.notNull("on", on);
    Publicity p = changes.get((int) sequence - 1).publicity();
    if (p.status() == Publicity.Status.PUBLICISED && days > 0) {
      LocalDate end = p.steps().get(p.steps().size() - 1).on().plusDays(days);
      Check.that(to != Publicity.Status.CONFIRMED || !on.isBefore(end), "stars.publicityTooEarly", "publicity.on", on,
          end, days);
      Check.that(to != Publicity.Status.OBJECTED || !on.isAfter(end), "stars.objectionTooLate", "publicity.on", on,
          end, days);
    }
    return step(sequence, to, on, change);
  }

  /**
   * Confirms every change whose publicity period of {@code days} (公示期) has ended by {@code today}
   * without an objection (公示期满无异议的，予以确认): each is confirmed on the day its period ended
   * ({@link Publicity#ends}), and the step is audited like any other. Changes still in their period,
   * objected to or never publicised are left as they are; with {@code days} 0 nothing lapses.
   */
  public StarBook confirmLapsed(LocalDate today, int days, Change change) {
    Check.notNull("today", today);
    Check.atLeast("publicity.days", days, 0);
    Check.notNull("change", change);
    List<StarChange> out = new ArrayList<>(changes);
    List<AuditEntry> audit = new ArrayList<>(trail);
    for (StarChange c : changes) {
      Optional<LocalDate> end = c.publicity().ends(days);
      if (c.publicity().status() == Publicity.Status.PUBLICISED && end.isPresent() && !end.get().isAfter(today)) {
        stepInto(out, audit, c, Publicity.Status.CONFIRMED, end.get(), change);
      }
    }
    return new StarBook(district, failuresBeforeRevoke, lastPeriod, out, failures, audit);
  }

  private StarBook step(long sequence, Publicity.Status to, LocalDate on, Change change) {
    Check.between("sequence", sequence, 1, changes.size());
    Check.notNull("change", change);
    List<StarChange> out = new ArrayList<>(changes);
    List<AuditEntry> audit = new ArrayList<>(trail);
    stepInto(out, audit, changes.get((int) sequence - 1), to, on, change);
    return new StarBook(district, failuresBeforeRevoke, lastPeriod, out, failures, audit);
  }

  /** Moves {@code c}'s publicity on to {@code to} in {@code out} and audits the step in {@code audit}. */
  private void stepInto(List<StarChange> out, List<AuditEntry> audit, StarChange c, Publicity.Status to, LocalDate on,
      Change change) {
    long sequence = c.sequence();
    out.set((int) sequence - 1, c.withPublicity(c.publicity().then(to, on)));
    audit.add(AuditEntry.of(district, StarChange.SUBJECT_TYPE, c.unit().value() + "/" + c.star().value(),
        "publicity", change,
        ImmutableMap.of("change", Long.toString(sequence), "publicity", c.publicity().status().name()),
        ImmutableMap.of("change", Long.toString(sequence), "publicity", to.name(), "on", on.toString())));
  }
}

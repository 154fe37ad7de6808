package org.grassroots.alliance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;
import org.grassroots.input.InvalidInputException;

/**
 * The rotating convener schedule of an alliance (轮流牵头): member units take turns in a declared
 * order, one turn per {@code turn} (e.g. a month), starting on {@code start}.
 *
 * <p>Turn {@code k} (numbered from 1) runs from {@code start + (k-1)·turn} up to, not including,
 * {@code start + k·turn}; each boundary is computed from {@code start}, so month-end starts do not
 * drift (31 Jan, 28/29 Feb, 31 Mar, …). Turn {@code k} belongs to {@code order[(k-1) mod n]}. When
 * that unit is not a member on the day asked (not yet joined, or left), the turn passes to the next
 * unit in the order that is; the published schedule of everyone else does not shift.
 *
 * @param order unit ids in turn order, each once
 * @param start the first day of the first turn
 * @param turn the length of one turn (positive)
 */
public record ConvenerRotation(ImmutableList<String> order, LocalDate start, Period turn) {
  public ConvenerRotation {
    Check.notEmpty("rotation.order", order);
    Set<String> seen = new HashSet<>();
    for (String u : order) {
      Identifiers.check("rotation.order", u);
      if (!seen.add(u)) {
        throw new InvalidInputException("alliance.rotationDuplicate", "rotation.order", u);
      }
    }
    Check.notNull("rotation.start", start);
    Check.notNull("rotation.turn", turn);
    Check.that(!turn.isNegative() && !turn.isZero()
            && turn.getYears() >= 0 && turn.getMonths() >= 0 && turn.getDays() >= 0,
        "input.tooSmall", "rotation.turn", turn, "P1D");
  }

  /** A rotation over {@code order}, one turn per {@code turn} from {@code start}. */
  public static ConvenerRotation of(Iterable<String> order, LocalDate start, Period turn) {
    Check.notNull("rotation.order", order);
    return new ConvenerRotation(ImmutableList.copyOf(order), start, turn);
  }

  /**
   * One turn of the schedule.
   *
   * @param number 1 for the turn that starts on {@code start}
   * @param from its first day
   * @param until the first day of the next turn (exclusive end)
   */
  public record Turn(long number, LocalDate from, LocalDate until) {
    public Turn {
      Check.atLeast("turn.number", number, 1);
      Check.notNull("turn.from", from);
      Check.notNull("turn.until", until);
    }

    /** True when {@code date} falls in this turn. */
    public boolean contains(LocalDate date) {
      return !date.isBefore(from) && date.isBefore(until);
    }
  }

  /** The turn in force on {@code date}; empty before {@code start}. */
  public Optional<Turn> turnOn(LocalDate date) {
    Check.notNull("date", date);
    if (date.isBefore(start)) {
      return Optional.empty();
    }
    long days = ChronoUnit.DAYS.between(start, date);
    // a first guess from the longest possible length of a turn, never past the true turn; then
    // step forward: the boundaries themselves are computed exactly from start
    long longest = turn.getYears() * 366L + turn.getMonths() * 31L + turn.getDays();
    long k = days / longest;
    while (!boundary(k + 1).isAfter(date)) {
      k++;
    }
    while (boundary(k).isAfter(date)) {
      k--;
    }
    return Optional.of(new Turn(k + 1, boundary(k), boundary(k + 1)));
  }

  /** The first day of turn {@code k + 1}: {@code start + k·turn}. */
  private LocalDate boundary(long k) {
    // as LocalDate.plus(Period) does for one period: whole months first, then days
    return start
        .plusMonths(Math.multiplyExact(k, turn.toTotalMonths()))
        .plusDays(Math.multiplyExact(k, (long) turn.getDays()));
  }

  /** The unit whose turn it is by the order alone, ignoring membership; empty before {@code start}. */
  public Optional<String> scheduledOn(LocalDate date) {
    return turnOn(date).map(t -> order.get((int) ((t.number() - 1) % order.size())));
  }

  /**
   * The member unit that convenes {@code alliance} on {@code date}: the unit whose turn it is, or,
   * when it is not a member that day, the next unit in the order that is. Empty before {@code
   * start}, or when no unit of the order is a member that day.
   */
  public Optional<AllianceMembership> convenerOn(LocalDate date, Alliance alliance) {
    Check.notNull("alliance", alliance);
    Optional<Turn> t = turnOn(date);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    int n = order.size();
    int first = (int) ((t.get().number() - 1) % n);
    for (int i = 0; i < n; i++) {
      Optional<AllianceMembership> m = alliance.membership(order.get((first + i) % n));
      if (m.isPresent() && m.get().memberOn(date)) {
        return m;
      }
    }
    return Optional.empty();
  }
}

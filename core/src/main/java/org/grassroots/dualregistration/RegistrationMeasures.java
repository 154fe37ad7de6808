package org.grassroots.dualregistration;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.members.MemberId;
import org.grassroots.rates.Derived;
import org.grassroots.rates.Rates;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;

/**
 * Derives dual-registration indicators (双报到) of an in-service unit and period as {@link
 * Measurement}s.
 *
 * @param rosters the units' rosters; at most one per unit and period
 * @param registrations members' reports to communities
 * @param tasks tasks agreed between units and communities
 * @param services time served
 */
public record RegistrationMeasures(
    ImmutableList<UnitRoster> rosters, ImmutableList<MemberRegistration> registrations,
    ImmutableList<AgreedTask> tasks, ImmutableList<ServiceRecord> services) {
  private static final long MINUTES_PER_HOUR = 60;

  public RegistrationMeasures {
    Check.notNull("rosters", rosters);
    Check.notNull("registrations", registrations);
    Check.notNull("tasks", tasks);
    Check.notNull("services", services);
    Set<String> seen = new java.util.HashSet<>();
    for (UnitRoster r : rosters) {
      Check.that(
          seen.add(r.unit() + "|" + r.period()), "dualregistration.duplicateRoster", "rosters",
          r.unit() + "/" + r.period());
    }
  }

  /** Copies the collections. */
  public static RegistrationMeasures of(
      Collection<UnitRoster> rosters, Collection<MemberRegistration> registrations,
      Collection<AgreedTask> tasks, Collection<ServiceRecord> services) {
    return new RegistrationMeasures(
        ImmutableList.copyOf(Check.notNull("rosters", rosters)),
        ImmutableList.copyOf(Check.notNull("registrations", registrations)),
        ImmutableList.copyOf(Check.notNull("tasks", tasks)),
        ImmutableList.copyOf(Check.notNull("services", services)));
  }

  /** The measurements of {@code indicators} for {@code unit} in {@code period}, in order. */
  public ImmutableList<Measurement> measure(
      List<RegistrationIndicator> indicators, OrgUnitId unit, Period period) {
    Check.notNull("indicators", indicators);
    Derived out = new Derived(unit, period);
    for (RegistrationIndicator indicator : indicators) {
      out.add(indicator.id(), value(indicator, unit, period));
    }
    return out.measurements();
  }

  /**
   * The value of one indicator.
   *
   * @throws org.grassroots.input.InvalidInputException when more members registered than the roster
   *     holds (the records disagree; nothing is guessed)
   */
  public OptionalLong value(RegistrationIndicator indicator, OrgUnitId unit, Period period) {
    Check.notNull("indicator", indicator);
    Check.notNull("unit", unit);
    Check.notNull("period", period);
    LocalDate end = period.end();
    Set<MemberId> registered = new TreeSet<>();
    for (MemberRegistration r : registrations) {
      if (r.unit().equals(unit) && !r.registered().isAfter(end)) {
        registered.add(r.member());
      }
    }
    return switch (indicator.quantity()) {
      case REGISTERED_MEMBERS -> OptionalLong.of(Fixed.of(registered.size()));
      case REPORTING_RATE -> Rates.share(registered.size(), roster(unit, period),
          indicator.policy());
      case COMPLETION_RATE -> {
        List<AgreedTask> due = tasks.stream()
            .filter(t -> t.unit().equals(unit) && period.contains(t.due()))
            .toList();
        long done = due.stream()
            .filter(t -> t.completed().isPresent() && !t.completed().get().isAfter(end))
            .count();
        yield Rates.share(done, due.size(), indicator.policy());
      }
      case SERVICE_HOURS -> OptionalLong.of(Rates.inUnits(
          minutesByMember(unit, period).values().stream().mapToLong(Long::longValue).sum(),
          MINUTES_PER_HOUR, indicator.policy()));
      case HOURS_PER_REGISTERED_MEMBER -> {
        Map<MemberId, Long> minutes = minutesByMember(unit, period);
        long[] perMember = registered.stream().mapToLong(m -> minutes.getOrDefault(m, 0L))
            .toArray();
        yield Rates.average(perMember, MINUTES_PER_HOUR, indicator.policy());
      }
    };
  }

  private long roster(OrgUnitId unit, Period period) {
    return rosters.stream()
        .filter(r -> r.unit().equals(unit) && r.period().equals(period))
        .mapToLong(UnitRoster::inServiceMembers)
        .findFirst()
        .orElse(0);
  }

  private Map<MemberId, Long> minutesByMember(OrgUnitId unit, Period period) {
    Map<MemberId, Long> out = new HashMap<>();
    for (ServiceRecord s : services) {
      if (s.unit().equals(unit) && period.contains(s.day())) {
        out.merge(s.member(), (long) s.minutes(), Long::sum);
      }
    }
    return out;
  }
}

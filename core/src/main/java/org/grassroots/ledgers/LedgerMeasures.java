package org.grassroots.ledgers;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rates.Derived;
import org.grassroots.rates.Rates;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;

/**
 * Derives the declared ledger indicators of a unit and period as {@link Measurement}s (台账数据转考核数据),
 * so a rule such as "fulfilment rate at least 80%" is data in a ruleset.
 */
public final class LedgerMeasures {
  private LedgerMeasures() {}

  /**
   * The measurements of {@code indicators} for {@code unit} in {@code period}, in the order declared;
   * entries of other units are ignored.
   */
  public static ImmutableList<Measurement> measure(
      List<LedgerIndicator> indicators, Collection<LedgerEntry> entries, OrgUnitId unit,
      Period period) {
    Check.notNull("indicators", indicators);
    Check.notNull("entries", entries);
    Derived out = new Derived(unit, period);
    for (LedgerIndicator indicator : indicators) {
      out.add(indicator.id(), value(indicator, entries, unit, period));
    }
    return out.measurements();
  }

  /** The value of one indicator; empty when its policy gives no value for an empty cohort. */
  public static OptionalLong value(
      LedgerIndicator indicator, Collection<LedgerEntry> entries, OrgUnitId unit, Period period) {
    Check.notNull("indicator", indicator);
    Check.notNull("entries", entries);
    Check.notNull("unit", unit);
    Check.notNull("period", period);
    LocalDate end = period.end();
    List<LedgerEntry> cohort =
        entries.stream()
            .filter(e -> e.kind() == indicator.ledger() && e.unit().equals(unit))
            .filter(e -> period.contains(e.recorded()))
            .toList();
    return switch (indicator.quantity()) {
      case COUNT -> OptionalLong.of(Fixed.of(cohort.size()));
      case RESOLVED_RATE -> Rates.share(
          cohort.stream()
              .filter(e -> e.status() == EntryStatus.RESOLVED && finishedBy(e, end))
              .count(),
          cohort.size(), indicator.policy());
      case CLOSURE_RATE -> Rates.share(
          cohort.stream().filter(e -> finishedBy(e, end)).count(), cohort.size(),
          indicator.policy());
      case AVERAGE_RESPONSE_DAYS -> Rates.average(responseDays(cohort, end), 1, indicator.policy());
      case MEDIAN_RESPONSE_DAYS -> Rates.median(responseDays(cohort, end), 1, indicator.policy());
    };
  }

  private static boolean finishedBy(LedgerEntry e, LocalDate end) {
    return e.finished().isPresent() && !e.finished().get().isAfter(end);
  }

  private static long[] responseDays(List<LedgerEntry> cohort, LocalDate end) {
    return cohort.stream()
        .filter(e -> e.responded().isPresent() && !e.responded().get().isAfter(end))
        .mapToLong(e -> e.responseDays().orElseThrow())
        .toArray();
  }
}

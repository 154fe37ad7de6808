package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The sub-period an input is measured per (分期): a month (每月) or a quarter (每季度) of the
 * assessment period. An input declared per month holds one value per month of the period — twelve
 * for a year, three for a quarter, twenty-four for two years — each a {@link Measurement} whose
 * period is that month; a periodic condition ({@link Condition.Periodic}) tests them one by one.
 */
public enum SubPeriod {
  /** A calendar month (月). */
  MONTH(PeriodKind.MONTH),
  /** A calendar quarter (季度). */
  QUARTER(PeriodKind.QUARTER);

  /** The most sub-periods of this kind any period holds (a five-year term: 60 months, 20 quarters). */
  public int most() {
    return PeriodKind.FIVE_YEARS.months() / kind.months();
  }

  private final PeriodKind kind;

  SubPeriod(PeriodKind kind) {
    this.kind = kind;
  }

  /** The period kind of one sub-period. */
  public PeriodKind kind() {
    return kind;
  }

  /**
   * How many sub-periods of this kind {@code period} holds: its months divided by this kind's, or 0
   * when the period cannot be split into whole sub-periods (a month has no whole quarter).
   */
  public int count(Period period) {
    int months = period.kind().months();
    return months % kind.months() == 0 ? months / kind.months() : 0;
  }

  /** The sub-periods of {@code period} in order (empty when {@link #count} is 0). */
  public List<Period> of(Period period) {
    int n = count(period);
    ImmutableList.Builder<Period> out = ImmutableList.builderWithExpectedSize(n);
    LocalDate start = period.start();
    for (int k = 0; k < n; k++) {
      LocalDate d = start.plusMonths((long) k * kind.months());
      out.add(this == MONTH ? Period.month(d.getYear(), d.getMonthValue())
          : Period.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1));
    }
    return out.build();
  }

  /** The position (0-based) of {@code part} among the sub-periods of {@code period}, if it is one. */
  public OptionalInt slot(Period period, Period part) {
    if (part.kind() != kind || count(period) == 0 || !period.contains(part.start())) {
      return OptionalInt.empty();
    }
    long months = (part.start().getYear() - period.start().getYear()) * 12L
        + part.start().getMonthValue() - period.start().getMonthValue();
    return OptionalInt.of((int) (months / kind.months()));
  }

  /** The sub-period kind of periods of {@code kind}, if it is a month or a quarter. */
  public static java.util.Optional<SubPeriod> ofKind(PeriodKind kind) {
    for (SubPeriod s : values()) {
      if (s.kind == kind) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}

package org.grassroots.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * An assessment period (考核周期): a year, half, quarter or month, or two, three or five years (两年一评,
 * 五年一届). Written and parsed as {@code 2024}, {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-07},
 * {@code 2023-2024}, {@code 2021-2025}.
 *
 * @param kind year, half, quarter or month
 * @param year the calendar year (1900–9999), the first of a multi-year period
 * @param index 1-based position in the year: always 1 for a year and a multi-year period, 1–2 for a
 *     half, 1–4 for a quarter, 1–12 for a month
 */
public record Period(PeriodKind kind, int year, int index) implements Comparable<Period> {
  private static final Pattern SYNTAX =
      Pattern.compile("(\\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])|(\\d{4})))?");

  public Period {
    Check.notNull("period.kind", kind);
    Check.between("period.year", year, 1900, 9999);
    Check.between("period.index", index, 1, kind.perYear());
  }

  /** The year {@code year}. */
  public static Period year(int year) {
    return new Period(PeriodKind.YEAR, year, 1);
  }

  /** Half {@code half} (1 or 2) of {@code year}. */
  public static Period half(int year, int half) {
    return new Period(PeriodKind.HALF, year, half);
  }

  /** Quarter {@code quarter} (1–4) of {@code year}. */
  public static Period quarter(int year, int quarter) {
    return new Period(PeriodKind.QUARTER, year, quarter);
  }

  /** Month {@code month} (1–12) of {@code year}. */
  public static Period month(int year, int month) {
    return new Period(PeriodKind.MONTH, year, month);
  }

  /**
   * Parses {@code 2024}, {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-07}, or two, three or five
   * years such as {@code 2023-2024}.
   *
   * @throws InvalidInputException naming {@code "period"} and the text otherwise
   */
  public static Period parse(String text) {
    Check.notNull("period", text);
    Matcher m = SYNTAX.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidInputException("rules.period", "period", text);
    }
    int y = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return half(y, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      return quarter(y, Integer.parseInt(m.group(3)));
    }
    if (m.group(4) != null) {
      return month(y, Integer.parseInt(m.group(4)));
    }
    if (m.group(5) != null) {
      int last = Integer.parseInt(m.group(5));
      return PeriodKind.ofYears(last - y + 1).map(k -> new Period(k, y, 1))
          .orElseThrow(() -> new InvalidInputException("rules.period", "period", text));
    }
    return year(y);
  }

  /**
   * {@code years} calendar years from {@code firstYear} (两年一评: 2 years, 五年一届: 5), e.g. {@code
   * years(2023, 2)} is {@code 2023-2024}.
   *
   * @throws InvalidInputException unless {@code years} is 2, 3 or 5
   */
  public static Period years(int firstYear, int years) {
    return PeriodKind.ofYears(years).map(k -> new Period(k, firstYear, 1)).orElseThrow(
        () -> new InvalidInputException("rules.period", "period", firstYear + "+" + years));
  }

  /** The first day of the period. */
  public LocalDate start() {
    return kind.years() > 1 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (index - 1) * kind.months() + 1, 1);
  }

  /** The last day of the period. */
  public LocalDate end() {
    return start().plusMonths(kind.months()).minusDays(1);
  }

  /** True when {@code date} lies in this period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The period of the same kind just before this one (the previous period of a carry-over). */
  public Period previous() {
    return index > 1 ? new Period(kind, year, index - 1) : new Period(kind, year - kind.years(), kind.perYear());
  }

  /** The period of the same kind just after this one. */
  public Period next() {
    return index < kind.perYear() ? new Period(kind, year, index + 1) : new Period(kind, year + kind.years(), 1);
  }

  /** Orders by start date, then longer periods first. */
  @Override
  public int compareTo(Period o) {
    int c = start().compareTo(o.start());
    return c != 0 ? c : Integer.compare(o.kind.months(), kind.months());
  }

  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case HALF -> year + "-H" + index;
      case QUARTER -> year + "-Q" + index;
      case MONTH -> String.format("%d-%02d", year, index);
      case TWO_YEARS, THREE_YEARS, FIVE_YEARS -> year + "-" + (year + kind.years() - 1);
    };
  }
}

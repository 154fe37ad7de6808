package org.grassroots.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * An assessment period (考核周期): a year, half, quarter or month. Written and parsed as {@code 2024},
 * {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-07}.
 *
 * @param kind year, half, quarter or month
 * @param year the calendar year (1900–9999)
 * @param index 1-based position in the year: always 1 for a year, 1–2 for a half, 1–4 for a
 *     quarter, 1–12 for a month
 */
public record Period(PeriodKind kind, int year, int index) implements Comparable<Period> {
  private static final Pattern SYNTAX =
      Pattern.compile("(\\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?");

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
   * Parses {@code 2024}, {@code 2024-H1}, {@code 2024-Q3} or {@code 2024-07}.
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
    return year(y);
  }

  /** The first day of the period. */
  public LocalDate start() {
    return LocalDate.of(year, (index - 1) * kind.months() + 1, 1);
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
    return index > 1 ? new Period(kind, year, index - 1) : new Period(kind, year - 1, kind.perYear());
  }

  /** The period of the same kind just after this one. */
  public Period next() {
    return index < kind.perYear() ? new Period(kind, year, index + 1) : new Period(kind, year + 1, 1);
  }

  /** Orders by start date, then longer periods first. */
  @Override
  public int compareTo(Period o) {
    int c = start().compareTo(o.start());
    return c != 0 ? c : Integer.compare(kind.perYear(), o.kind.perYear());
  }

  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case HALF -> year + "-H" + index;
      case QUARTER -> year + "-Q" + index;
      case MONTH -> String.format("%d-%02d", year, index);
    };
  }
}

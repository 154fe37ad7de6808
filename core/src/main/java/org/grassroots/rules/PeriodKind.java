package org.grassroots.rules;

/** The length of an assessment period (考核周期类型): a month to a year, or several years. */
public enum PeriodKind {
  /** A calendar year (年度), written {@code 2024}. */
  YEAR(1, 12),
  /** A half year (半年), written {@code 2024-H1} or {@code 2024-H2}. */
  HALF(2, 6),
  /** A quarter (季度), written {@code 2024-Q1} … {@code 2024-Q4}. */
  QUARTER(4, 3),
  /** A month (月度), written {@code 2024-01} … {@code 2024-12}. */
  MONTH(12, 1),
  /** Two calendar years (两年一评), written {@code 2023-2024}. */
  TWO_YEARS(1, 24),
  /** Three calendar years (三年一评), written {@code 2022-2024}. */
  THREE_YEARS(1, 36),
  /** Five calendar years (五年一届, a term), written {@code 2021-2025}. */
  FIVE_YEARS(1, 60);

  private final int perYear;
  private final int months;

  PeriodKind(int perYear, int months) {
    this.perYear = perYear;
    this.months = months;
  }

  /** How many calendar years one period spans (1 for a year and shorter periods). */
  public int years() {
    return Math.max(1, months / 12);
  }

  /** The multi-year kind of {@code years} years (2, 3 or 5), if there is one. */
  static java.util.Optional<PeriodKind> ofYears(int years) {
    for (PeriodKind k : values()) {
      if (k.months == 12 * years && years > 1) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }

  /** A period of this kind as it is written, e.g. {@code 2023-2024} for two years (for messages). */
  public String example() {
    return switch (this) {
      case YEAR -> "2024";
      case HALF -> "2024-H1";
      case QUARTER -> "2024-Q3";
      case MONTH -> "2024-07";
      case TWO_YEARS -> "2023-2024";
      case THREE_YEARS -> "2022-2024";
      case FIVE_YEARS -> "2021-2025";
    };
  }

  /** How many periods of this kind a year has (1 for a year and for multi-year periods). */
  public int perYear() {
    return perYear;
  }

  /** How many months one period spans. */
  public int months() {
    return months;
  }
}

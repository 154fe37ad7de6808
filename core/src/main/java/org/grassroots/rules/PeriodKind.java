package org.grassroots.rules;

/** The length of an assessment period (考核周期类型). */
public enum PeriodKind {
  /** A calendar year (年度), written {@code 2024}. */
  YEAR(1, 12),
  /** A half year (半年), written {@code 2024-H1} or {@code 2024-H2}. */
  HALF(2, 6),
  /** A quarter (季度), written {@code 2024-Q1} … {@code 2024-Q4}. */
  QUARTER(4, 3),
  /** A month (月度), written {@code 2024-01} … {@code 2024-12}. */
  MONTH(12, 1);

  private final int perYear;
  private final int months;

  PeriodKind(int perYear, int months) {
    this.perYear = perYear;
    this.months = months;
  }

  /** How many periods of this kind a year has. */
  public int perYear() {
    return perYear;
  }

  /** How many months one period spans. */
  public int months() {
    return months;
  }
}

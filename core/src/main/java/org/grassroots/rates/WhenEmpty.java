package org.grassroots.rates;

/**
 * What a derived value is when there is nothing to divide by (分母为零时的取值): declared with the
 * indicator, never a crash and never a silent default.
 */
public enum WhenEmpty {
  /**
   * No measurement is produced (不计). Note: the assessment evaluator (branch {@code rules},
   * {@code InputColumns}) reads a missing measurement as 0, so for a lower-is-better value such as a
   * response time this reads as the best value; declare {@link #ZERO} or handle the gap in the
   * ruleset when that matters.
   */
  NO_VALUE,
  /** The value is 0 (计为零). */
  ZERO,
  /** The value is 100% (计为满分); only for rates, refused for averages. */
  FULL
}

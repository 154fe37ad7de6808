package org.grassroots.rules;

/** How a category combines its sub-items' points (汇总方式). */
public enum Aggregation {
  /** The sum of the children's points (分值相加). */
  SUM,
  /**
   * The weighted sum {@code Σ childPoints × childWeight}, rounded once by the category's declared
   * rounding (加权求和); the children's weights must add up to exactly 1 (100%).
   */
  WEIGHTED
}

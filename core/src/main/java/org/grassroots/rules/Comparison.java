package org.grassroots.rules;

/** A comparison in a condition (比较), each with its boundary explicit in its name. */
public enum Comparison {
  /** ≥ (不低于). */
  AT_LEAST("≥"),
  /** &gt; (高于). */
  ABOVE(">"),
  /** ≤ (不高于). */
  AT_MOST("≤"),
  /** &lt; (低于). */
  BELOW("<"),
  /** = (等于). */
  EQUAL("="),
  /** ≠ (不等于). */
  NOT_EQUAL("≠");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** The mathematical symbol, e.g. {@code ≥}. */
  public String symbol() {
    return symbol;
  }

  /** {@code a <op> b}. */
  public boolean test(long a, long b) {
    return switch (this) {
      case AT_LEAST -> a >= b;
      case ABOVE -> a > b;
      case AT_MOST -> a <= b;
      case BELOW -> a < b;
      case EQUAL -> a == b;
      case NOT_EQUAL -> a != b;
    };
  }
}

package org.grassroots.rules;

/** Whether a bound includes its own value (含 / 不含): {@code ≥ 90} is inclusive, {@code > 90} is not. */
public enum Boundary {
  /** The bound's value belongs to the range (含本数). */
  INCLUSIVE,
  /** The bound's value does not belong to the range (不含本数). */
  EXCLUSIVE
}

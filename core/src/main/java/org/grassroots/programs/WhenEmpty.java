package org.grassroots.programs;

/**
 * What a derived value is when there is nothing to divide by (分母为零时的取值): declared with the
 * indicator, never a crash and never a silent default.
 */
public enum WhenEmpty {
  /** No measurement is produced (不计): a rule sees the input as missing and applies its own policy. */
  NO_VALUE,
  /** The value is 0 (计为零). */
  ZERO,
  /** The value is 100% (计为满分); only for rates, refused for averages. */
  FULL
}

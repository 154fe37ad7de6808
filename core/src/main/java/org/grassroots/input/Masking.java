package org.grassroots.input;

/**
 * Masks personal data (个人信息脱敏) before it reaches a {@code toString}, a log line, an exception or
 * an export: only a few leading and trailing characters stay visible.
 */
public final class Masking {
  private Masking() {}

  /**
   * Keeps {@code head} leading and {@code tail} trailing characters and replaces the rest with
   * {@code *}. A value too short to keep both ends is masked whole.
   */
  public static String mask(CharSequence value, int head, int tail) {
    Check.atLeast("mask.head", head, 0);
    Check.atLeast("mask.tail", tail, 0);
    if (value == null) {
      return "null";
    }
    int n = value.length();
    if (n <= head + tail) {
      return "*".repeat(n);
    }
    return value.subSequence(0, head) + "*".repeat(n - head - tail) + value.subSequence(n - tail, n);
  }

  /** A value of unknown shape: keeps its first character and its length only. */
  public static String maskAny(CharSequence value) {
    return mask(value, Math.min(1, value == null ? 0 : value.length() / 4), 0);
  }
}

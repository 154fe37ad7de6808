package org.grassroots.input;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Argument checks that throw {@link InvalidInputException} with a bilingual message naming the field
 * and the value. Personal values must be masked by the caller before they are passed as
 * {@code shownValue}.
 */
public final class Check {
  private Check() {}

  /** Refuses {@code null}. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new InvalidInputException("input.null", field, null);
    }
    return value;
  }

  /** Refuses {@code null}, empty and whitespace-only text; returns it stripped. */
  public static String notBlank(String field, String value) {
    notNull(field, value);
    if (value.isBlank()) {
      throw new InvalidInputException("input.blank", field, value);
    }
    return value.strip();
  }

  /** Refuses text longer than {@code max} characters. */
  public static String maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidInputException("input.tooLong", field, value, max);
    }
    return value;
  }

  /**
   * Refuses text that does not match {@code pattern}; {@code descriptionKey} names the bundle text
   * that says what is expected (e.g. {@code "text.identifier"}).
   */
  public static String matches(String field, String value, Pattern pattern, String descriptionKey) {
    notNull(field, value);
    if (!pattern.matcher(value).matches()) {
      throw new InvalidInputException(
          "input.pattern", field, value, new Messages.Text(descriptionKey));
    }
    return value;
  }

  /** Refuses a number below {@code min}. */
  public static long atLeast(String field, long value, long min) {
    if (value < min) {
      throw new InvalidInputException("input.tooSmall", field, Long.toString(value), min);
    }
    return value;
  }

  /** Refuses a number outside {@code [min, max]}. */
  public static long between(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidInputException("input.range", field, Long.toString(value), min, max);
    }
    return value;
  }

  /** Refuses an empty or null collection. */
  public static <C extends Collection<?>> C notEmpty(String field, C value) {
    notNull(field, value);
    if (value.isEmpty()) {
      throw new InvalidInputException("input.empty", field, "[]");
    }
    return value;
  }

  /** Refuses when {@code condition} is false, with the given message key and extra details. */
  public static void that(
      boolean condition, String key, String field, Object shownValue, Object... details) {
    if (!condition) {
      throw new InvalidInputException(
          key, field, shownValue == null ? null : String.valueOf(shownValue), details);
    }
  }
}

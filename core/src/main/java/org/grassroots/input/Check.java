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

  /**
   * Refuses {@code null}, empty and whitespace-only text, and text no database stores alike
   * ({@link #storable}); returns it stripped.
   */
  public static String notBlank(String field, String value) {
    notNull(field, value);
    if (value.isBlank()) {
      throw new InvalidInputException("input.blank", field, value);
    }
    storable(field, value);
    return value.strip();
  }

  /** Refuses text longer than {@code max} characters, and text no database stores alike ({@link #storable}). */
  public static String maxLength(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new InvalidInputException("input.tooLong", field, value, max);
    }
    return storable(field, value);
  }

  /**
   * Refuses text that not every store keeps as given (文本可存储性): NUL (U+0000), which PostgreSQL
   * refuses while H2 and the in-memory store keep it, and unpaired surrogates (half of a
   * supplementary character), which UTF-8 cannot encode and drivers replace or refuse. The message
   * names the character and its position and shows the text with it escaped. Every constructor's
   * text check ({@link #notBlank}, {@link #maxLength}, {@link #personalText}) runs it, so each
   * adapter stores exactly what the value holds.
   */
  public static String storable(String field, String value) {
    int bad = unstorableAt(value);
    if (bad >= 0) {
      throw new InvalidInputException("input.unstorable", field, escaped(value), describe(value, bad), bad + 1);
    }
    return value;
  }

  /**
   * The checks of a personal free text (个人信息文本, e.g. a ledger entry's subject): not blank, at
   * most {@code max} characters, {@link #storable}; a refusal shows the text masked (its first
   * character and its length), never whole. Returns it stripped.
   */
  public static String personalText(String field, String value, int max) {
    notNull(field, value);
    if (value.isBlank()) {
      throw new InvalidInputException("input.blank", field, value);
    }
    int bad = unstorableAt(value);
    if (bad >= 0) {
      throw new InvalidInputException("input.unstorable", field, Masking.maskAny(escaped(value)), describe(value, bad), bad + 1);
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new InvalidInputException("input.tooLong", field, Masking.maskAny(stripped), max);
    }
    return stripped;
  }

  /** The index of the first NUL or unpaired surrogate in {@code value}, or -1. */
  private static int unstorableAt(String value) {
    if (value == null) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(String value, int at) {
    char c = value.charAt(at);
    return c == 0 ? "U+0000 (NUL)" : String.format(java.util.Locale.ROOT, "U+%04X (unpaired surrogate)", (int) c);
  }

  /** {@code value} with NUL, other C0 controls and lone surrogates written as a backslash, u and four hex digits. */
  private static String escaped(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1));
      if (pair) {
        sb.append(c).append(value.charAt(++i));
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The syntax of a kind code (类型代码) — of an organisation kind, a record kind, a staff role, a
   * position level, an activity series: a lower-case letter, then lower-case letters, digits and
   * {@code -}, at most 40 in all.
   */
  public static final String KIND_CODE_REGEX = "[a-z][a-z0-9-]{0,39}";

  private static final Pattern KIND_CODE = Pattern.compile(KIND_CODE_REGEX);

  /** Refuses text that is not a kind code ({@link #KIND_CODE_REGEX}). */
  public static String kindCode(String field, String value) {
    return matches(field, value, KIND_CODE, "text.kindCode");
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

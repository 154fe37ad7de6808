package org.grassroots.input;

import java.util.regex.Pattern;

/** The one syntax of every typed id: 1–64 ASCII letters, digits, {@code . _ : -}. */
public final class Identifiers {
  /** Ids are ASCII so that every store orders them the same way (binary order). */
  public static final String REGEX = "[A-Za-z0-9._:-]{1,64}";

  /** {@link #REGEX}, compiled. */
  public static final Pattern PATTERN = Pattern.compile(REGEX);

  private Identifiers() {}

  /** Checks {@code value} against {@link #PATTERN}, naming {@code field} when it fails. */
  public static String check(String field, String value) {
    return Check.matches(field, value, PATTERN, "text.identifier");
  }
}

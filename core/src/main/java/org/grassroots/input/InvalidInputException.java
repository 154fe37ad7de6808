package org.grassroots.input;

import java.util.Locale;
import java.util.Objects;

/**
 * Bad input (输入有误): a value refused by a constructor or method, naming the field and the value
 * (masked when personal), with the message in English and Chinese.
 *
 * <p>A method that throws this has changed nothing.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String field;
  private final String shownValue;
  private final transient Object[] details;

  /**
   * @param key message key in the {@code Messages} bundle
   * @param field the field or parameter name, e.g. {@code "orgUnit.name"}
   * @param shownValue the value as it may be shown: already masked when personal; a long one is cut
   *     to an {@link Excerpt}
   * @param details extra message arguments ({2}, {3}, … in the bundle)
   */
  public InvalidInputException(String key, String field, String shownValue, Object... details) {
    super(Messages.bilingual(key, withFieldAndValue(field, shownValue, details)));
    this.key = Objects.requireNonNull(key, "key");
    this.field = Objects.requireNonNull(field, "field");
    this.shownValue = Excerpt.of(shownValue);
    this.details = details.clone();
  }

  private static Object[] withFieldAndValue(String field, String value, Object[] details) {
    Object[] args = new Object[details.length + 2];
    args[0] = field;
    args[1] = value == null ? "null" : Excerpt.of(value);
    System.arraycopy(details, 0, args, 2, details.length);
    return args;
  }

  /** The message key, stable across releases: integrators may map it to their own texts. */
  public String key() {
    return key;
  }

  /** The field or parameter that was refused. */
  public String field() {
    return field;
  }

  /** The refused value as shown in the message (masked when personal); may be {@code "null"}. */
  public String shownValue() {
    return shownValue == null ? "null" : shownValue;
  }

  /** The message in one language ({@link Locale#CHINESE} or {@link Locale#ENGLISH}). */
  public String getMessage(Locale locale) {
    return Messages.format(locale, key, withFieldAndValue(field, shownValue, details));
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage(Locale.getDefault());
  }
}

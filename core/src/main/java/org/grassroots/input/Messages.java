package org.grassroots.input;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message texts in English and Chinese. Every user-facing error of the library goes through here.
 *
 * <p>A key's first segment names its bundle: {@code "storage.stale"} is looked up in {@code
 * org/grassroots/messages/storage.properties} (English) and {@code storage_zh.properties} (中文), so
 * every area and module keeps its own texts. There is no fallback to the JVM's default locale: an
 * English message is English on a Chinese machine too.
 *
 * <p>An argument that is an enum constant is shown by its declared label, the text of {@code
 * enum.<Type>.<CONSTANT>} in the {@code enum} bundle ({@code enum.Rounding.FLOOR} → "rounded down
 * (floor)" | "向下取整"; a nested type keeps its outer name, {@code enum.TieBreak.RankMode.DENSE}), never
 * by its Java name; {@link #label} gives it alone.
 */
public final class Messages {
  private static final String BASE = "org.grassroots.messages.";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /**
   * A message argument that is itself a bundle text (e.g. a description such as "an identifier", or a
   * phrase with its own arguments), localised together with the message that holds it.
   *
   * @param key the message key of the text
   * @param args its arguments, formatted as any message's (enum constants by their labels)
   */
  public record Text(String key, List<Object> args) {
    public Text {
      args = List.copyOf(args);
    }

    /** The text of {@code key} with {@code args}. */
    public Text(String key, Object... args) {
      this(key, List.of(args));
    }
  }

  /** The message for {@code key} in {@code locale}; a missing key yields the key and arguments. */
  public static String format(Locale locale, String key, Object... args) {
    Object[] localised = args.clone();
    for (int i = 0; i < localised.length; i++) {
      if (localised[i] instanceof Text t) {
        localised[i] = format(locale, t.key(), t.args().toArray());
      } else if (localised[i] instanceof Enum<?> e) {
        localised[i] = label(locale, e);
      }
    }
    String pattern = pattern(locale, key);
    if (pattern == null) {
      StringBuilder sb = new StringBuilder(key);
      for (Object a : localised) {
        sb.append(' ').append(a);
      }
      return sb.toString();
    }
    return new MessageFormat(pattern, locale).format(localised);
  }

  /**
   * The declared label of an enum constant in {@code locale}: the text of {@link #labelKey}; its Java
   * name only when no label is declared (a test holds every constant that reaches a message to one).
   */
  public static String label(Locale locale, Enum<?> constant) {
    String pattern = pattern(locale, labelKey(constant));
    return pattern == null ? constant.name() : new MessageFormat(pattern, locale).format(new Object[0]);
  }

  /** The bundle key of an enum constant's label: {@code enum.Rounding.FLOOR}, {@code enum.Quota.Counting.THIS_GRADE}. */
  public static String labelKey(Enum<?> constant) {
    Class<?> type = constant.getDeclaringClass();
    String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    return "enum." + name + "." + constant.name();
  }

  /** True when {@code key} has a text (in the base, English, bundle). */
  public static boolean has(String key) {
    return pattern(Locale.ENGLISH, key) != null;
  }

  private static String pattern(Locale locale, String key) {
    int dot = key.indexOf('.');
    if (dot <= 0) {
      return null;
    }
    Locale lang = locale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ROOT;
    try {
      return ResourceBundle.getBundle(BASE + key.substring(0, dot), lang, NO_FALLBACK).getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }

  /** English, then Chinese: {@code "<english> | <中文>"}. */
  public static String bilingual(String key, Object... args) {
    return format(Locale.ENGLISH, key, args) + " | " + format(Locale.CHINESE, key, args);
  }
}

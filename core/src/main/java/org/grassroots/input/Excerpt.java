package org.grassroots.input;

/**
 * The part of an input shown in a message (输入摘录): at most {@value #MAX} characters, so that an
 * error about a megabyte of input quotes a line, not the megabyte. Longer text keeps its head and
 * says how long it was: {@code 1234567890…(1000000)}.
 */
public final class Excerpt {
  /** The most characters of one input value a message quotes (the length note aside). */
  public static final int MAX = 80;

  private Excerpt() {}

  /** {@code text} itself when short, else its first characters, an ellipsis and its length. */
  public static String of(String text) {
    if (text == null || text.length() <= MAX) {
      return text;
    }
    int end = MAX - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a pair
    }
    return text.substring(0, end) + "…(" + text.length() + ")";
  }
}

package org.grassroots.input;

/**
 * The part of an input shown in a message (输入摘录): at most about {@value #MAX} characters, so that
 * an error about a megabyte of input quotes a line, not the megabyte. Longer text keeps its head
 * and its tail (where a path has its file name) and gives its length in brackets:
 * {@code 123456…7890 [1000000]}.
 */
public final class Excerpt {
  /** The most characters of one input value a message quotes (the length note aside). */
  public static final int MAX = 80;
  private static final int TAIL = 16;

  private Excerpt() {}

  /** {@code text} itself when short, else its head, an ellipsis, its tail and its length. */
  public static String of(String text) {
    if (text == null || text.length() <= MAX) {
      return text;
    }
    int n = text.length();
    int headEnd = MAX - TAIL - 1;
    if (Character.isHighSurrogate(text.charAt(headEnd - 1))) {
      headEnd--; // never split a pair
    }
    int tailStart = n - TAIL;
    if (Character.isLowSurrogate(text.charAt(tailStart))) {
      tailStart++;
    }
    return text.substring(0, headEnd) + "…" + text.substring(tailStart) + " [" + n + "]";
  }
}

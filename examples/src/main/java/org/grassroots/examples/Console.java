package org.grassroots.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Console helpers shared by the examples: UTF-8 output and CJK-aware column padding. */
final class Console {
  private Console() {}

  /** Standard output as UTF-8, whatever the platform's default charset. */
  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  /** Pads {@code text} to {@code width} terminal columns; CJK characters take two. */
  static String pad(String text, int width) {
    int columns = 0;
    for (int i = 0; i < text.length(); i++) {
      columns += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
          || Character.isIdeographic(text.charAt(i)) ? 2 : 1;
    }
    return text + " ".repeat(Math.max(0, width - columns));
  }
}

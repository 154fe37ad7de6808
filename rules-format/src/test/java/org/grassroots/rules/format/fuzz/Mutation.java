package org.grassroots.rules.format.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change made to a shipped example file, as a careless editor or an attacker would make it. A
 * mutation works on the text; {@link #bytes} then encodes it (UTF-8, or GB18030 for the encoding
 * mutation).
 */
enum Mutation {
  TRUNCATE, TYPE_SWAP, ODD_NUMBER, HUGE_NUMBER, UNICODE, GBK_BYTES, DUPLICATE_LINE, SECOND_DOCUMENT, ANCHOR_ALIAS,
  DELETE_LINE, DEEP_NESTING, LONG_TEXT;

  private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[, ])\\s*-?\\d+(\\.\\d+)?(?=[\\s,}\\]]|$)",
      Pattern.MULTILINE);
  private static final Pattern SCALAR = Pattern.compile("(?<=: )[^\\s{\\[][^,}\\]\\n]*", Pattern.MULTILINE);
  static final List<String> ODD_NUMBERS = List.of("1e999999999", "1e-999999999", "-1.0e+999999999", "0e-999999999",
      "'1e999999999'", "٣", "३", "１２", "'٣٠%'", "0x1F", "1_000", ".inf", "-.inf", ".nan", "NaN", "+12", "-0",
      "0.00005", "1e5", "99999999999999999999999", "0.0000000000000000000000000000000000000000001", "'12%'",
      "1:30", "2024-02-30", "~", "''");
  static final List<String> SWAPS = List.of("true", "null", "[1, 2]", "{a: 1}", "text", "'89.5'", "[]", "{}", "-",
      "\"\"", "!!binary aGVsbG8=", "!!int 12", "? complex");
  static final List<String> ODD_TEXT = List.of("\u0000", "\u0007", "\u001b[31m", "\uD800", "\uDFFF", "\u202E", "😀",
      "\uFEFF", "\r", "\t", "名", "\u00A0", "\u0085", "\u2028", "'", "\"", "#", "&", "*", "|", ">", "%", "@", "`");

  String apply(String text, Random random) {
    switch (this) {
      case TRUNCATE -> {
        return text.substring(0, random.nextInt(text.length() + 1));
      }
      case TYPE_SWAP -> {
        return replaceOne(SCALAR, text, random, SWAPS.get(random.nextInt(SWAPS.size())));
      }
      case ODD_NUMBER -> {
        return replaceOne(NUMBER, text, random, " " + ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size())));
      }
      case HUGE_NUMBER -> {
        int digits = 1 + random.nextInt(200_000);
        String huge = random.nextBoolean() ? "9".repeat(digits) : "0." + "7".repeat(digits);
        return replaceOne(NUMBER, text, random, " " + (random.nextBoolean() ? huge : "'" + huge + "'"));
      }
      case UNICODE -> {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + ODD_TEXT.get(random.nextInt(ODD_TEXT.size())) + text.substring(at);
      }
      case GBK_BYTES -> {
        return text; // see bytes()
      }
      case DUPLICATE_LINE -> {
        List<String> lines = lines(text);
        int i = random.nextInt(lines.size());
        lines.add(i, lines.get(i));
        return String.join("\n", lines);
      }
      case SECOND_DOCUMENT -> {
        return text + (text.endsWith("\n") ? "" : "\n") + "---\n" + text.substring(0, random.nextInt(text.length() + 1));
      }
      case ANCHOR_ALIAS -> {
        return replaceOne(SCALAR, text, random, random.nextBoolean() ? "&a x" : "*a");
      }
      case DELETE_LINE -> {
        List<String> lines = lines(text);
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
      }
      case DEEP_NESTING -> {
        int depth = 1 + random.nextInt(300);
        return replaceOne(SCALAR, text, random, "[".repeat(depth) + "]".repeat(depth));
      }
      case LONG_TEXT -> {
        return replaceOne(SCALAR, text, random, "长".repeat(1 + random.nextInt(300_000)));
      }
      default -> throw new AssertionError(this);
    }
  }

  /** The mutated text as the bytes of a file. */
  byte[] bytes(String text) {
    Charset charset = this == GBK_BYTES ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    return text.getBytes(charset);
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }

  private static String replaceOne(Pattern p, String text, Random random, String with) {
    Matcher m = p.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return text + "\n" + with;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    return text.substring(0, s[0]) + with + text.substring(s[1]);
  }
}

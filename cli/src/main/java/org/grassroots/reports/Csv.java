package org.grassroots.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as the tool writes it (RFC 4180): a field with a comma, quote or line break is quoted, quotes
 * doubled; and a field a spreadsheet would run as a formula (公式注入) is neutralised as OWASP
 * advises: a text starting with {@code = + - @}, a tab or a carriage return gets a single quote in
 * front and is quoted. Numbers are left alone ({@code -12.5} stays a number). The tool's own readers
 * undo the quote ({@link #unneutralised}), so what it writes reads back unchanged.
 */
public final class Csv {
  /** A plain decimal such as -12.5 or +3: a number, not a formula. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

  private Csv() {}

  /** The rows as CSV text, CRLF line ends. */
  public static String of(List<List<String>> rows) {
    StringWriter s = new StringWriter();
    try {
      write(rows, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return s.toString();
  }

  /** The rows as CSV to {@code out}, CRLF line ends, row by row. */
  public static void write(List<List<String>> rows, Writer out) throws IOException {
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(r.get(i)));
      }
      out.write("\r\n");
    }
  }

  /** One field as written: neutralised when a spreadsheet would read it as a formula, quoted when needed. */
  public static String field(String text) {
    boolean neutralise = needsQuote(text);
    String f = neutralise ? "'" + text : text;
    boolean quote = neutralise;
    for (int i = 0; i < f.length() && !quote; i++) {
      char c = f.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    // leading or trailing blanks are kept only inside quotes by readers that trim
    quote |= !f.isEmpty() && (blank(f.charAt(0)) || blank(f.charAt(f.length() - 1)));
    return quote ? '"' + f.replace("\"", "\"\"") + '"' : f;
  }

  /**
   * A field as read back: without the quote {@link #field} put in front. Exactly inverts it: a text
   * that itself starts with quotes before a formula character got one more, so it keeps its own.
   */
  public static String unneutralised(String field) {
    return !field.isEmpty() && field.charAt(0) == '\'' && needsQuote(field.substring(1)) ? field.substring(1) : field;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }

  /** A formula character after any single quotes, and not a number. */
  private static boolean needsQuote(String text) {
    int k = 0;
    while (k < text.length() && text.charAt(k) == '\'') {
      k++;
    }
    if (k == text.length()) {
      return false;
    }
    char c = text.charAt(k);
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return formula && !NUMBER.matcher(text.substring(k)).matches();
  }
}

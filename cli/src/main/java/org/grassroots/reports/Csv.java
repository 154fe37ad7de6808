package org.grassroots.reports;

import java.util.List;

/** RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled. */
public final class Csv {
  private Csv() {}

  /** The rows as CSV text, CRLF line ends. */
  public static String of(List<List<String>> rows) {
    StringBuilder s = new StringBuilder();
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        if (i > 0) {
          s.append(',');
        }
        s.append(cell(r.get(i)));
      }
      s.append("\r\n");
    }
    return s.toString();
  }

  /** One field as written in a row. */
  public static String cell(String f) {
    return f.matches("(?s).*[,\"\\r\\n].*") ? '"' + f.replace("\"", "\"\"") + '"' : f;
  }
}

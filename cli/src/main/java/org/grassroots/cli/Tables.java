package org.grassroots.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.grassroots.reports.Csv;

/**
 * The command's table rendered (表格输出): aligned for a terminal, as CSV and as JSON — JSON numbers as
 * numbers, CSV with a byte-order mark when asked.
 */
final class Tables {
  /**
   * A number as the tool writes them: an optional minus, digits without a leading zero (so that
   * codes such as {@code 0012} stay text), optional decimals.
   */
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  /** The byte-order mark: Excel on Chinese Windows reads a CSV as GBK without it. */
  static final char BOM = '\uFEFF';

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private Tables() {}

  /** {@code body} preceded by a byte-order mark when {@code bom}. */
  static OutputFiles.Body csv(boolean bom, OutputFiles.Body body) {
    return w -> {
      if (bom) {
        w.write(BOM);
      }
      body.write(w);
    };
  }

  /** The rows aligned in columns for a terminal, control characters shown as {@code \\u001B}. */
  static String table(List<String> head, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(head.stream().map(Tables::printable).toList());
    rows.forEach(r -> all.add(r.stream().map(Tables::printable).toList()));
    int[] w = new int[head.size()];
    for (List<String> r : all) {
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < all.size(); r++) {
      for (int i = 0; i < w.length; i++) {
        String c = all.get(r).get(i);
        s.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(w[i] - width(c)));
      }
      s.append(System.lineSeparator());
      if (r == 0) {
        for (int i = 0; i < w.length; i++) {
          s.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        s.append(System.lineSeparator());
      }
    }
    return s.toString();
  }

  /**
   * {@code text} safe for a terminal: a control character (C0, DEL, C1 — a BEL, or an ESC that
   * would start an escape sequence) from a name in a ruleset or an input file is shown as {@code
   * \\u001B} instead of acting on the terminal.
   */
  static String printable(String text) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F;
      if (control && s == null) {
        s = new StringBuilder(text.length() + 12).append(text, 0, i);
      }
      if (control) {
        s.append(String.format("\\u%04X", (int) c));
      } else if (s != null) {
        s.append(c);
      }
    }
    return s == null ? text : s.toString();
  }

  /** Display width: CJK characters take two columns. */
  private static int width(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return n;
  }

  static String csv(List<String> head, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(head);
    all.addAll(rows);
    return Csv.of(all);
  }

  /**
   * The rows as a JSON array of objects keyed by {@code head}. A column whose every non-empty cell
   * is a decimal number is written as JSON numbers (exact: {@code 20000.00} stays {@code 20000.00}),
   * its empty cells as {@code null}; any other column as strings.
   */
  static String json(List<String> head, List<List<String>> rows) {
    boolean[] numeric = new boolean[head.size()];
    for (int c = 0; c < head.size(); c++) {
      boolean any = false;
      boolean all = true;
      for (List<String> r : rows) {
        String v = r.get(c);
        if (!v.isEmpty()) {
          any = true;
          all &= NUMBER.matcher(v).matches();
        }
      }
      numeric[c] = any && all;
    }
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (List<String> r : rows) {
      ObjectNode o = out.addObject();
      for (int c = 0; c < head.size(); c++) {
        String v = r.get(c);
        if (!numeric[c]) {
          o.put(head.get(c), v);
        } else if (v.isEmpty()) {
          o.putNull(head.get(c));
        } else {
          o.put(head.get(c), new BigDecimal(v));
        }
      }
    }
    try {
      return JSON.writeValueAsString(out) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

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
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command's table as JSON and CSV files (表格输出): JSON numbers as numbers, CSV with a
 * byte-order mark when asked.
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

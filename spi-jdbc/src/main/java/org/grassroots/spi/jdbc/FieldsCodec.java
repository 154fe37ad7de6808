package org.grassroots.spi.jdbc;

import com.google.common.collect.ImmutableMap;
import org.grassroots.spi.StorageException;

/**
 * Writes the before/after fields of an audit record as a flat JSON object of strings and reads them
 * back in the same order, so that the trail is readable with any database's JSON tools.
 */
final class FieldsCodec {
  private FieldsCodec() {}

  static String write(ImmutableMap<String, String> fields) {
    StringBuilder sb = new StringBuilder(16 + fields.size() * 24).append('{');
    boolean first = true;
    for (var e : fields.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      quote(sb, e.getKey());
      sb.append(':');
      quote(sb, e.getValue());
    }
    return sb.append('}').toString();
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format("\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    sb.append('"');
  }

  static ImmutableMap<String, String> read(String json) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    int[] pos = {skip(json, 0)};
    expect(json, pos, '{');
    pos[0] = skip(json, pos[0]);
    if (pos[0] < json.length() && json.charAt(pos[0]) == '}') {
      return b.buildOrThrow();
    }
    while (true) {
      String k = string(json, pos);
      pos[0] = skip(json, pos[0]);
      expect(json, pos, ':');
      pos[0] = skip(json, pos[0]);
      String v = string(json, pos);
      b.put(k, v);
      pos[0] = skip(json, pos[0]);
      if (pos[0] < json.length() && json.charAt(pos[0]) == ',') {
        pos[0] = skip(json, pos[0] + 1);
        continue;
      }
      expect(json, pos, '}');
      return b.buildOrThrow();
    }
  }

  private static int skip(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void expect(String s, int[] pos, char ch) {
    if (pos[0] >= s.length() || s.charAt(pos[0]) != ch) {
      throw new StorageException("jdbc.corruptFields", pos[0]);
    }
    pos[0]++;
  }

  private static String string(String s, int[] pos) {
    expect(s, pos, '"');
    StringBuilder sb = new StringBuilder();
    int i = pos[0];
    while (i < s.length()) {
      char ch = s.charAt(i++);
      if (ch == '"') {
        pos[0] = i;
        return sb.toString();
      }
      if (ch == '\\' && i < s.length()) {
        char esc = s.charAt(i++);
        switch (esc) {
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> sb.append(esc);
        }
      } else {
        sb.append(ch);
      }
    }
    throw new StorageException("jdbc.corruptFields", i);
  }
}

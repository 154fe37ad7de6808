package org.grassroots.rules.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.input.Excerpt;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;
import org.grassroots.rules.Decimals;

/**
 * A parsed file as a Jackson tree plus the location where each node starts, keyed by its JSON
 * pointer ({@code /indicators/2/method}). Numbers are kept as exact {@link BigDecimal}s, whatever
 * the format: {@code 89.995} stays 89.995.
 */
final class LocatedTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  final String file;
  final JsonNode root;
  private final Map<String, SourceLocation> locations;

  private LocatedTree(String file, JsonNode root, Map<String, SourceLocation> locations) {
    this.file = file;
    this.root = root;
    this.locations = locations;
  }

  /** Where the node at {@code pointer} starts; the nearest enclosing node when not recorded. */
  SourceLocation at(String pointer) {
    String p = pointer;
    while (true) {
      SourceLocation l = locations.get(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return new SourceLocation(file, 1, 1);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Parses {@code text}.
   *
   * @throws RulesetFileException naming the file, line and column of a syntax error or a repeated
   *     key
   */
  static LocatedTree parse(String file, FileFormat format, Reader text) {
    Map<String, SourceLocation> locations = new HashMap<>();
    try (JsonParser p = format.factory().createParser(withoutByteOrderMark(text))) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new RulesetFileException(file, List.of(RulesetProblem.of(
            new SourceLocation(file, 1, 1), "", "format.type",
            new Messages.Text("format.kind.object"), "")));
      }
      JsonNode root = read(p, "", file, locations, 1);
      if (p.nextToken() != null) {
        // YAML: a second document ("---"), which a reader of the first would silently ignore
        throw new RulesetFileException(file, List.of(RulesetProblem.of(here(file, p), "", "format.secondDocument")));
      }
      return new LocatedTree(file, root, locations);
    } catch (StreamConstraintsException e) {
      throw new RulesetFileException(file, List.of(limit(location(file, e), e)));
    } catch (JsonProcessingException e) {
      throw new RulesetFileException(file, List.of(RulesetProblem.of(
          location(file, e), "", "format.syntax", format.name(), e.getOriginalMessage())));
    } catch (IOException e) {
      throw new RulesetFileException(file, List.of(RulesetProblem.of(
          new SourceLocation(file, 1, 1), "", "format.io", e.getMessage())));
    }
  }

  private static SourceLocation location(String file, JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    return l == null
        ? new SourceLocation(file, 1, 1)
        : new SourceLocation(file, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
  }

  private static SourceLocation here(String file, JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return new SourceLocation(file, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1));
  }

  /** A limit of {@link FileLimits} that the parser met, named in both languages. */
  private static RulesetProblem limit(SourceLocation at, StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
    String what;
    int max;
    if (m.startsWith("number")) {
      what = "format.limit.number";
      max = FileLimits.MAX_NUMBER;
    } else if (m.startsWith("string")) {
      what = "format.limit.text";
      max = FileLimits.MAX_TEXT;
    } else if (m.startsWith("name")) {
      what = "format.limit.name";
      max = FileLimits.MAX_NAME;
    } else if (m.contains("nesting")) {
      what = "format.limit.nesting";
      max = FileLimits.MAX_NESTING;
    } else {
      what = "format.limit.file";
      max = FileLimits.MAX_FILE_SIZE;
    }
    return RulesetProblem.of(at, "", "format.limit", new Messages.Text(what), max);
  }

  private static RulesetFileException limit(String file, JsonParser p, String pointer, String what, int max) {
    return new RulesetFileException(file, List.of(RulesetProblem.of(
        here(file, p), pointer.isEmpty() ? "" : pointer.substring(1), "format.limit", new Messages.Text(what), max)));
  }

  /** Skips a leading U+FEFF: Windows editors (记事本) often save UTF-8 with one. */
  private static Reader withoutByteOrderMark(Reader text) throws IOException {
    PushbackReader r = new PushbackReader(text, 1);
    int first = r.read();
    if (first != -1 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }

  static LocatedTree parse(String file, String text) {
    return parse(file, FileFormat.of(file), new StringReader(text));
  }

  private static JsonNode read(
      JsonParser p, String pointer, String file, Map<String, SourceLocation> locations, int depth)
      throws IOException {
    JsonLocation l = p.currentTokenLocation();
    locations.put(pointer, new SourceLocation(file, Math.max(l.getLineNr(), 1), Math.max(l.getColumnNr(), 1)));
    JsonToken t = p.currentToken();
    if (p instanceof YAMLParser y && (y.isCurrentAlias() || y.getCurrentAnchor() != null)) {
      // refused, not expanded: the tree keeps one line per value, and expansion lets a small file
      // grow without bound ("billion laughs"); a baseline ruleset (parent:) is the way to share rules
      String name = y.isCurrentAlias() ? "*" + p.getText() : "&" + y.getCurrentAnchor();
      throw new RulesetFileException(file, List.of(RulesetProblem.of(
          here(file, p), pointer.isEmpty() ? "" : pointer.substring(1), "format.alias", name)));
    }
    if (t.isStructStart() && depth > FileLimits.MAX_NESTING) {
      throw limit(file, p, pointer, "format.limit.nesting", FileLimits.MAX_NESTING);
    }
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (name.length() > FileLimits.MAX_NAME) { // the YAML parser does not check it
            throw limit(file, p, pointer, "format.limit.name", FileLimits.MAX_NAME);
          }
          JsonLocation nl = p.currentTokenLocation();
          p.nextToken();
          String child = pointer + "/" + escape(name);
          if (o.has(name)) {
            throw new RulesetFileException(file, List.of(RulesetProblem.of(
                new SourceLocation(file, nl.getLineNr(), nl.getColumnNr()), child.substring(1), "format.duplicateKey", Excerpt.of(name))));
          }
          o.set(name, read(p, child, file, locations, depth + 1));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(read(p, pointer + "/" + i, file, locations, depth + 1));
          i++;
        }
        return a;
      }
      case VALUE_STRING -> {
        if (p.getTextLength() > FileLimits.MAX_TEXT) { // the YAML parser does not check it
          throw limit(file, p, pointer, "format.limit.text", FileLimits.MAX_TEXT);
        }
        return NODES.textNode(p.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        // exact, from the text through Decimals, never through double; YAML 1.1's other spellings
        // (0x1F, 0b101, 1_000, .inf, 017 as octal) and numbers past the limits stay text, which the
        // reader then refuses as a number, with its path, or takes as the text written
        String text = p.getText();
        try {
          return NODES.numberNode(Decimals.parse("number", text));
        } catch (InvalidInputException e) {
          return NODES.textNode(text);
        }
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> {
        return NODES.textNode(p.getText());
      }
    }
  }

  /** The JSON pointer escape of one name (RFC 6901). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}

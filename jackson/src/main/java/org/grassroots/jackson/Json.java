package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;

/** What the module's readers share: the name of the field being read, for error messages. */
final class Json {
  private Json() {}

  /** The JSON field the parser is at ({@code fallback} at the root or in an array). */
  static String field(JsonParser p, String fallback) {
    JsonStreamContext c = p.getParsingContext();
    String name = c == null ? null : c.getCurrentName();
    return name == null ? fallback : name;
  }
}

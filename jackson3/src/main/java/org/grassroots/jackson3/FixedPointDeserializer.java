package org.grassroots.jackson3;

import org.grassroots.rules.Fixed;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A decimal number (or a string holding one) as a fixed-point {@code long} ({@link Fixed#parse}),
 * exactly, never through binary floating point; a bad one is refused with the library's bilingual
 * message naming the field.
 */
public class FixedPointDeserializer extends StdScalarDeserializer<Long> {
  public FixedPointDeserializer() {
    super(Long.class);
  }

  @Override
  public Long deserialize(JsonParser p, DeserializationContext ctxt) {
    if (!Values.numberOrString(p)) {
      return (Long) ctxt.handleUnexpectedToken(Long.class, p);
    }
    return Fixed.parse(Values.field(p, "value"), p.getString());
  }
}

package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.grassroots.rules.Fixed;

/**
 * A decimal number (or a string holding one) as a fixed-point {@code long} ({@link Fixed}), exactly:
 * {@code 97.7143} is read as {@code 977143}; more than {@value Fixed#SCALE} decimals, a number past
 * the library's limits or anything else is refused with the library's bilingual message naming the
 * field. Never goes through binary floating point.
 */
public class FixedPointDeserializer extends StdScalarDeserializer<Long> {
  private static final long serialVersionUID = 1L;

  public FixedPointDeserializer() {
    super(Long.class);
  }

  @Override
  public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_STRING) {
      return (Long) ctxt.handleUnexpectedToken(Long.class, p);
    }
    return Fixed.parse(Json.field(p, "value"), p.getText());
  }
}

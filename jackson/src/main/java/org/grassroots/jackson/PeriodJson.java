package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import org.grassroots.rules.Period;

/** {@link Period} as its text (考核周期): {@code "2024"}, {@code "2024-H1"}, {@code "2024-Q3"}, {@code "2024-07"}. */
final class PeriodJson {
  private PeriodJson() {}

  static final class Serializer extends StdScalarSerializer<Period> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Period.class);
    }

    @Override
    public void serialize(Period value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  static final class Deserializer extends StdScalarDeserializer<Period> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Period.class);
    }

    @Override
    public Period deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
        return (Period) ctxt.handleUnexpectedToken(Period.class, p);
      }
      return Period.parse(p.getText());
    }
  }
}

package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import org.grassroots.stars.Money;

/** {@link Money} as yuan with fen (金额：元，两位小数): {@code 1240000.00}; read by {@link Money#parseYuan}. */
final class MoneyJson {
  private MoneyJson() {}

  static final class Serializer extends StdScalarSerializer<Money> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(value.toYuan().toPlainString());
    }
  }

  static final class Deserializer extends StdScalarDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_STRING) {
        return (Money) ctxt.handleUnexpectedToken(Money.class, p);
      }
      return Money.parseYuan(Json.field(p, "money"), p.getText());
    }
  }
}

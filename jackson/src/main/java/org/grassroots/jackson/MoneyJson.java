package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Decimals;
import org.grassroots.stars.Money;

/** {@link Money} as yuan with fen (金额：元，两位小数): {@code 1240000.00}. */
public final class MoneyJson {
  private MoneyJson() {}

  /**
   * {@code text} (yuan, e.g. {@code "20000"} or {@code "16129.03"}) as money, exactly.
   *
   * @throws InvalidInputException naming {@code field} if it is not a decimal within the library's
   *     limits, has more than two decimals or is negative
   */
  public static Money parseYuan(String field, String text) {
    BigDecimal yuan = Decimals.parse(field, text);
    BigDecimal fen;
    try {
      fen = yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
    } catch (ArithmeticException e) {
      throw new InvalidInputException("rules.notExact", field, text, 2);
    }
    Check.that(fen.signum() >= 0, "input.tooSmall", field, text, 0);
    try {
      return Money.ofFen(fen.longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidInputException("input.range", field, text, 0, Money.ofFen(Long.MAX_VALUE).toYuan().toPlainString());
    }
  }

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
      return parseYuan(Json.field(p, "money"), p.getText());
    }
  }
}

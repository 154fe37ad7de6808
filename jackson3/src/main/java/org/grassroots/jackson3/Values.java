package org.grassroots.jackson3;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.grassroots.assessment.ExplanationDocument;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Period;
import org.grassroots.stars.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 readers and writers of the library's values; what they write and how they read is
 * the core's ({@link Money#toYuan}, {@link Money#parseYuan}, {@link Period#parse}, {@link
 * ExplanationDocument}).
 */
final class Values {
  private Values() {}

  /** The JSON field the parser is at ({@code fallback} at the root or in an array), for error messages. */
  static String field(JsonParser p, String fallback) {
    TokenStreamContext c = p.streamReadContext();
    String name = c == null ? null : c.currentName();
    return name == null ? fallback : name;
  }

  /** True when the parser is at a number or a string: the tokens a decimal value may come as. */
  static boolean numberOrString(JsonParser p) {
    JsonToken t = p.currentToken();
    return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING;
  }

  static final class MoneySerializer extends StdScalarSerializer<Money> {
    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeNumber(value.toYuan().toPlainString());
    }
  }

  static final class MoneyDeserializer extends StdScalarDeserializer<Money> {
    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!numberOrString(p)) {
        return (Money) ctxt.handleUnexpectedToken(Money.class, p);
      }
      return Money.parseYuan(field(p, "money"), p.getString());
    }
  }

  static final class PeriodSerializer extends StdScalarSerializer<Period> {
    PeriodSerializer() {
      super(Period.class);
    }

    @Override
    public void serialize(Period value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toString());
    }
  }

  static final class PeriodDeserializer extends StdScalarDeserializer<Period> {
    PeriodDeserializer() {
      super(Period.class);
    }

    @Override
    public Period deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
        return (Period) ctxt.handleUnexpectedToken(Period.class, p);
      }
      return Period.parse(p.getString());
    }
  }

  /**
   * A value written as a plain document (maps, lists, strings, decimals) built in the requested
   * locale: an explanation (评分说明) as its {@link ExplanationDocument}, a refusal of bad input as
   * {@link #invalidInput}.
   */
  static <T> StdSerializer<T> localised(Class<T> type, BiFunction<T, Locale, Object> document,
      Function<SerializationContext, Locale> locale) {
    return new StdSerializer<>(type) {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        ctxt.writeValue(gen, document.apply(value, locale.apply(ctxt)));
      }
    };
  }

  /**
   * A refusal of bad input (输入有误) as {@code {key, field, value, message}}: the value as the library
   * shows it (masked when personal), the message in {@code in}; never a stack trace or a cause.
   */
  static Map<String, Object> invalidInput(InvalidInputException e, Locale in) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("key", e.key());
    d.put("field", e.field());
    d.put("value", e.shownValue());
    d.put("message", e.getMessage(in));
    return d;
  }
}

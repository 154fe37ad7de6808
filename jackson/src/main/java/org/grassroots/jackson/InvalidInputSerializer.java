package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import org.grassroots.input.InvalidInputException;

/**
 * A refusal of bad input (输入有误) as {@code {key, field, value, message}}: the stable message key,
 * the field, the value as the library shows it (masked when personal) and the message in the
 * requested locale — never a stack trace or a cause.
 */
final class InvalidInputSerializer extends StdSerializer<InvalidInputException> {
  private static final long serialVersionUID = 1L;
  private final transient Function<SerializerProvider, Locale> locale;

  InvalidInputSerializer(Function<SerializerProvider, Locale> locale) {
    super(InvalidInputException.class);
    this.locale = locale;
  }

  @Override
  public void serialize(InvalidInputException e, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("key", e.key());
    gen.writeStringField("field", e.field());
    gen.writeStringField("value", e.shownValue());
    gen.writeStringField("message", e.getMessage(locale.apply(provider)));
    gen.writeEndObject();
  }
}

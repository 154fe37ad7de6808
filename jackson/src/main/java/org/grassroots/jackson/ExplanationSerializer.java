package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import org.grassroots.assessment.Explanation;
import org.grassroots.assessment.ExplanationDocument;

/**
 * An {@link Explanation} (评分说明) as JSON: its {@link ExplanationDocument} (every number a decimal,
 * every id a string, every text in the requested locale), written by Jackson 2.
 */
final class ExplanationSerializer extends StdSerializer<Explanation> {
  private static final long serialVersionUID = 1L;
  private final transient Function<SerializerProvider, Locale> locale;

  ExplanationSerializer(Function<SerializerProvider, Locale> locale) {
    super(Explanation.class);
    this.locale = locale;
  }

  @Override
  public void serialize(Explanation e, JsonGenerator gen, SerializerProvider provider) throws IOException {
    provider.defaultSerializeValue(ExplanationDocument.of(e, locale.apply(provider)), gen);
  }
}

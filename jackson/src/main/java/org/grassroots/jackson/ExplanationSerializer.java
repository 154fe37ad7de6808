package org.grassroots.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.grassroots.assessment.Explanation;
import org.grassroots.input.Messages;

/**
 * An {@link Explanation} (评分说明) as JSON: every number a decimal ({@code "total": 97.7143}), every
 * id a string, every fact and the whole text in the requested locale. Step fields keep the
 * record's names ({@code raw}, {@code value}, {@code floor}, {@code cap}, {@code input}); a
 * veto's or grade's {@code value} is 1 or 0 (held or not), as in the record.
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
    Locale in = locale.apply(provider);
    gen.writeStartObject();
    gen.writeStringField("unit", e.unit().value());
    gen.writeObjectFieldStart("ruleset");
    gen.writeStringField("district", e.ruleset().district().value());
    gen.writeStringField("id", e.ruleset().id().value());
    gen.writeNumberField("version", e.ruleset().version());
    gen.writeEndObject();
    gen.writeStringField("rulesetName", e.rulesetName());
    gen.writeStringField("period", e.period().toString());
    gen.writeFieldName("total");
    FixedPointSerializer.write(e.total(), gen);
    if (e.grade().isPresent()) {
      gen.writeStringField("grade", e.grade().get().value());
      gen.writeStringField("gradeName", e.gradeName());
    } else {
      gen.writeNullField("grade");
    }
    steps(gen, "steps", e.nodes(), in, false);
    steps(gen, "bonuses", e.bonuses(), in, false);
    steps(gen, "vetoes", e.vetoes(), in, true);
    steps(gen, "grades", e.grades(), in, true);
    steps(gen, "exemptions", e.exemptions(), in, true); // 免于考核: tried up to the one that held
    gen.writeBooleanField("notAssessed", e.notAssessed());
    gen.writeArrayFieldStart("missing");
    for (Explanation.MissingInput m : e.missing()) {
      gen.writeStartObject();
      gen.writeStringField("id", m.id());
      gen.writeStringField("name", m.name());
      gen.writeStringField("policy", m.policy().name());
      gen.writeStringField("policyText", Messages.format(in, "missing.policy." + m.policy().name()));
      gen.writeEndObject();
    }
    gen.writeEndArray();
    if (e.rescaling().isPresent()) {
      Explanation.Rescaling r = e.rescaling().get();
      gen.writeObjectFieldStart("rescaling");
      fixed(gen, "scored", r.scored());
      fixed(gen, "fullScore", r.fullScore());
      fixed(gen, "excluded", r.excluded());
      gen.writeStringField("rounding", r.rounding().name());
      fixed(gen, "cut", r.cut());
      fixed(gen, "value", r.value());
      gen.writeEndObject();
    }
    gen.writeStringField("text", e.text(in));
    gen.writeEndObject();
  }

  private static void steps(JsonGenerator gen, String name, List<Explanation.Step> steps, Locale in, boolean rule)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (Explanation.Step s : steps) {
      gen.writeStartObject();
      gen.writeStringField("kind", s.kind().name());
      gen.writeStringField("id", s.id());
      gen.writeStringField("name", s.name());
      gen.writeNumberField("depth", s.depth());
      if (s.input().isPresent()) {
        fixed(gen, "input", s.input().getAsLong());
      }
      if (!s.method().isEmpty()) {
        gen.writeStringField("method", s.method());
      }
      gen.writeArrayFieldStart("facts");
      for (Explanation.Fact f : s.facts()) {
        gen.writeString(f.text(in));
      }
      gen.writeEndArray();
      if (!s.contributions().isEmpty()) {
        gen.writeArrayFieldStart("contributions");
        for (Explanation.Contribution c : s.contributions()) {
          gen.writeStartObject();
          gen.writeStringField("id", c.id());
          fixed(gen, "points", c.points());
          fixed(gen, "weight", c.weight());
          gen.writeEndObject();
        }
        gen.writeEndArray();
      }
      if (s.aggregation().isPresent()) {
        gen.writeStringField("aggregation", s.aggregation().get().name());
      }
      if (s.rounding().isPresent()) {
        gen.writeStringField("rounding", s.rounding().get().name());
      }
      optionalFixed(gen, "floor", s.floor());
      optionalFixed(gen, "cap", s.cap());
      if (rule) {
        gen.writeNumberField("value", s.value()); // 1 held, 0 not: a flag, not points
      } else {
        fixed(gen, "raw", s.raw());
        fixed(gen, "value", s.value());
      }
      gen.writeBooleanField("passed", s.passed());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void fixed(JsonGenerator gen, String name, long value) throws IOException {
    gen.writeFieldName(name);
    FixedPointSerializer.write(value, gen);
  }

  private static void optionalFixed(JsonGenerator gen, String name, Optional<Long> value) throws IOException {
    if (value.isPresent()) {
      fixed(gen, name, value.get());
    }
  }
}

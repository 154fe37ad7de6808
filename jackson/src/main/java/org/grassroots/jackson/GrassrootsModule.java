package org.grassroots.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.grassroots.assessment.Explanation;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Period;
import org.grassroots.stars.Money;

/**
 * The library's values as JSON (JSON 模块), for Jackson 2:
 *
 * <ul>
 *   <li>typed ids ({@code OrgUnitId}, {@code DistrictId}, {@code RulesetId}, …) as strings, also as
 *       map keys: {@code "c1"}, never {@code {"value":"c1"}}; read back through their constructors,
 *       so a bad id is refused with the library's bilingual message;
 *   <li>{@link Money} as yuan with fen, a decimal number: {@code 1240000.00}; read from a number or a
 *       string with at most two decimals, never through binary floating point;
 *   <li>{@link Period} as its text: {@code "2024"}, {@code "2024-Q3"};
 *   <li>fixed-point {@code long}s as decimal numbers ({@code 97.7143}, not {@code 977143}): the
 *       library's own in {@link Explanation}, a host's through {@link FixedPointSerializer} and
 *       {@link FixedPointDeserializer} on its fields;
 *   <li>an {@link Explanation} with every step's facts and its full text resolved in the requested
 *       locale (write only: it is a record of a computation, not an input);
 *   <li>an {@link InvalidInputException} as {@code {key, field, value, message}}, the message in the
 *       requested locale (write only).
 * </ul>
 *
 * <p>The requested locale is the serialization's ({@code mapper.writer().with(Locale.CHINESE)}) unless
 * the module is built {@linkplain #GrassrootsModule(Supplier) with a locale source}, e.g. the current
 * request's locale in a web application.
 */
public class GrassrootsModule extends Module {
  private final Supplier<Locale> locale;

  /** Messages in the locale of each serialization ({@code ObjectWriter.with(Locale)}). */
  public GrassrootsModule() {
    this.locale = null;
  }

  /** Messages in the locale {@code locale} gives at each serialization (e.g. the request's). */
  public GrassrootsModule(Supplier<Locale> locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  @Override
  public String getModuleName() {
    return "grassroots";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    return GrassrootsModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Money.class, new MoneyJson.Serializer());
    serializers.addSerializer(Period.class, new PeriodJson.Serializer());
    serializers.addSerializer(Explanation.class, new ExplanationSerializer(this::locale));
    serializers.addSerializer(InvalidInputException.class, new InvalidInputSerializer(this::locale));
    context.addSerializers(serializers);
    context.addSerializers(new TypedIds.IdSerializers());

    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Money.class, new MoneyJson.Deserializer());
    deserializers.addDeserializer(Period.class, new PeriodJson.Deserializer());
    context.addDeserializers(deserializers);
    context.addDeserializers(new TypedIds.IdDeserializers());
    context.addKeySerializers(new TypedIds.IdKeySerializers());
    context.addKeyDeserializers(new TypedIds.IdKeyDeserializers());
  }

  private Locale locale(SerializerProvider provider) {
    return locale != null ? locale.get() : provider.getLocale();
  }
}

package org.grassroots.jackson3;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.grassroots.assessment.Explanation;
import org.grassroots.assessment.ExplanationDocument;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Period;
import org.grassroots.stars.Money;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;

/**
 * The library's values as JSON (JSON 模块), for Jackson 3 (Spring Boot 4's JSON) — the same JSON as
 * {@code grassroots-jackson}'s module for Jackson 2, from the same formatting in the core:
 *
 * <ul>
 *   <li>typed ids as strings, also as map keys ({@link org.grassroots.input.TypedIds});
 *   <li>{@link Money} as yuan with fen ({@code 1240000.00}), read by {@link Money#parseYuan};
 *   <li>{@link Period} as its text ({@code "2024-Q3"});
 *   <li>fixed-point {@code long}s as decimals ({@code 97.7143}): a host's through {@link
 *       FixedPointSerializer} and {@link FixedPointDeserializer} on its fields;
 *   <li>an {@link Explanation} as its {@link org.grassroots.assessment.ExplanationDocument}, texts in
 *       the requested locale (write only);
 *   <li>an {@link InvalidInputException} as {@code {key, field, value, message}} (write only).
 * </ul>
 *
 * <p>The requested locale is the serialization's ({@code mapper.writer().with(Locale.CHINESE)})
 * unless the module is built {@linkplain #GrassrootsModule(Supplier) with a locale source}.
 */
public class GrassrootsModule extends SimpleModule {
  /** Messages in the locale of each serialization ({@code ObjectWriter.with(Locale)}). */
  public GrassrootsModule() {
    this(SerializationContext::getLocale);
  }

  /** Messages in the locale {@code locale} gives at each serialization (e.g. the request's). */
  public GrassrootsModule(Supplier<Locale> locale) {
    this(requestLocale(locale));
  }

  private GrassrootsModule(Function<SerializationContext, Locale> locale) {
    super("grassroots");
    addSerializer(Money.class, new Values.MoneySerializer());
    addSerializer(Period.class, new Values.PeriodSerializer());
    addSerializer(Explanation.class, Values.localised(Explanation.class,
        (e, in) -> ExplanationDocument.of(e, in), locale));
    addSerializer(InvalidInputException.class, Values.localised(InvalidInputException.class,
        Values::invalidInput, locale));
    addDeserializer(Money.class, new Values.MoneyDeserializer());
    addDeserializer(Period.class, new Values.PeriodDeserializer());
  }

  private static Function<SerializationContext, Locale> requestLocale(Supplier<Locale> locale) {
    Objects.requireNonNull(locale, "locale");
    return ignored -> locale.get();
  }

  @Override
  public Object getRegistrationId() {
    return GrassrootsModule.class.getName();
  }

  /** Adds the typed ids (值、键) to what the constructor registered. */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new TypedIdJson.IdSerializers(false));
    context.addKeySerializers(new TypedIdJson.IdSerializers(true));
    context.addDeserializers(new TypedIdJson.IdDeserializers());
    context.addKeyDeserializers(new TypedIdJson.IdKeyDeserializers());
  }
}

package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.Period;
import org.grassroots.stars.Money;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/**
 * Boot's own JSON mapper writes the library's values through the library's module: on Boot 3 the
 * Jackson 2 {@code ObjectMapper} (grassroots-jackson), on Boot 4 the Jackson 3 {@code JsonMapper}
 * (grassroots-jackson3), with no property and no wiring.
 */
class StarterJsonTest {
  static final String JACKSON = "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"
      + "|org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration";

  @Test
  void bootsMapperWritesIdsAsStringsMoneyAsYuanAndPeriodsAsText() {
    Contexts.starter().withConfiguration(Contexts.boot(JACKSON)).run(ctx -> {
      String json = write(ctx, List.of(OrgUnitId.of("c1"), Money.ofFen(124_000_000), Period.quarter(2024, 3)));
      assertThat(json).isEqualTo("[\"c1\",1240000.00,\"2024-Q3\"]");
    });
  }

  /** Boot 4's Jackson 3 mapper when Boot made one, else Boot 3's Jackson 2 mapper. */
  private static String write(ApplicationContext ctx, Object value) throws Exception {
    for (String type : new String[] {"tools.jackson.databind.json.JsonMapper",
        "com.fasterxml.jackson.databind.ObjectMapper"}) {
      Class<?> c;
      try {
        c = Class.forName(type);
      } catch (ClassNotFoundException e) {
        continue; // the other Boot line's Jackson
      }
      if (ctx.getBeanNamesForType(c).length == 1) {
        Object mapper = ctx.getBean(c);
        return (String) c.getMethod("writeValueAsString", Object.class).invoke(mapper, value);
      }
    }
    throw new AssertionError("Boot made no JSON mapper");
  }
}

package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.members.IdNumber;
import org.grassroots.rules.Period;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The auto-configured problem details: a host's controller that lets the library's exceptions
 * through answers 400/404/409 as {@code application/problem+json}, in the requested language, with
 * field and (masked) value, and no stack trace. Reads only the raw response, so that the compiled
 * test runs on Spring 6.2 (Boot 3) and 7 (Boot 4) alike.
 */
class StarterProblemDetailsTest {

  private static WebApplicationContextRunner web() {
    return new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(GrassrootsAutoConfiguration.class))
        .withUserConfiguration(Host.class);
  }

  @Test
  void badInputIs400InTheRequestedLanguageWithFieldAndValueAndNoTrace() {
    web().run(ctx -> {
      MockMvc mvc = mvc(ctx);
      MockHttpServletResponse en = call(mvc, get("/periods/2024-Q5", null));
      assertThat(en.getStatus()).isEqualTo(400);
      assertThat(en.getContentType()).startsWith("application/problem+json");
      String body = body(en);
      assertThat(body).contains("\"title\":\"Invalid input\"", "\"key\":\"rules.period\"", "\"field\":\"period\"",
          "\"value\":\"2024-Q5\"", "\"status\":400").doesNotContain("trace", "Exception", "\tat ");
      assertThat(detail(body)).contains("2024-Q5").doesNotContain("期");
      String zh = body(call(mvc, get("/periods/2024-Q5", "zh-CN,zh;q=0.9")));
      assertThat(zh).contains("\"title\":\"输入有误\"");
      assertThat(detail(zh)).contains("2024-Q5", "期");
    });
  }

  @Test
  void aPersonalValueIsShownMaskedOnly() {
    web().run(ctx -> {
      MockHttpServletResponse r = call(mvc(ctx), get("/members/110101199003071234", null));
      assertThat(r.getStatus()).isEqualTo(400);
      assertThat(body(r)).contains("\"field\":\"member.idNumber\"", "\"value\":\"110**************4\"",
          "\"instance\":\"/members/%7Bid%7D\"").doesNotContain("110101199003071234");
    });
  }

  @Test
  void notFoundIs404AndAConflictOrAStaleVersion409() {
    web().run(ctx -> {
      MockMvc mvc = mvc(ctx);
      MockHttpServletResponse missing = call(mvc, get("/missing", "zh"));
      assertThat(missing.getStatus()).isEqualTo(404);
      assertThat(missing.getContentType()).startsWith("application/problem+json");
      assertThat(body(missing)).contains("\"key\":\"storage.notFound\"", "\"title\":\"未找到\"", "c9");
      assertThat(call(mvc, get("/conflict", null)).getStatus()).isEqualTo(409);
      MockHttpServletResponse stale = call(mvc, get("/stale", null));
      assertThat(stale.getStatus()).isEqualTo(409);
      assertThat(body(stale)).contains("\"key\":\"storage.stale\"", "\"title\":\"Conflict\"");
    });
  }

  @Test
  void springsOwnRefusalsComeInTheSameBilingualForm() {
    web().run(ctx -> {
      MockHttpServletResponse r = call(mvc(ctx), get("/required", "zh"));
      assertThat(r.getStatus()).isEqualTo(400);
      assertThat(body(r)).contains("\"field\":\"ruleset\"", "必须填写", "\"key\":\"boot.problem.missingParameter\"");
    });
  }

  @Test
  void theHostsOwnAdviceWins() {
    web().withUserConfiguration(HostAdvice.class).run(ctx -> {
      MockHttpServletResponse r = call(mvc(ctx), get("/periods/2024-Q5", null));
      assertThat(r.getStatus()).isEqualTo(422);
      assertThat(body(r)).isEqualTo("host: rules.period");
      assertThat(call(mvc(ctx), get("/missing", null)).getStatus()).isEqualTo(404);
    });
  }

  @Test
  void onlyInAServletWebApplicationAndNotWhenSwitchedOffOrReplaced() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(GrassrootsAutoConfiguration.class))
        .run(ctx -> assertThat(ctx).doesNotHaveBean(GrassrootsProblemDetails.class));
    web().run(ctx -> assertThat(ctx).hasSingleBean(GrassrootsProblemDetails.class));
    web().withPropertyValues("grassroots.web.problem-details.enabled=false")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(GrassrootsProblemDetails.class));
    web().withBean("mine", GrassrootsProblemDetails.class, GrassrootsProblemDetails::new)
        .run(ctx -> assertThat(ctx).getBeanNames(GrassrootsProblemDetails.class).containsExactly("mine"));
  }

  private static MockMvc mvc(WebApplicationContext ctx) {
    return MockMvcBuilders.webAppContextSetup(ctx).build();
  }

  /**
   * A GET with an optional {@code Accept-Language}, built without Spring's request builders, whose
   * methods changed their binary signature between Spring 6.2 and 7.
   */
  private static RequestBuilder get(String path, String acceptLanguage) {
    return servletContext -> {
      MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", path);
      if (acceptLanguage != null) {
        request.addHeader("Accept-Language", acceptLanguage);
      }
      return request;
    };
  }

  private static MockHttpServletResponse call(MockMvc mvc, RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static String body(MockHttpServletResponse r) throws Exception {
    return r.getContentAsString(StandardCharsets.UTF_8);
  }

  private static String detail(String body) {
    Matcher m = Pattern.compile("\"detail\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
    assertThat(m.find()).as("a detail in %s", body).isTrue();
    return m.group(1);
  }

  /** A host with Spring MVC and a controller that lets the library's exceptions through. */
  @Configuration(proxyBeanMethods = false)
  @EnableWebMvc
  static class Host {
    @Bean
    Endpoints endpoints() {
      return new Endpoints();
    }
  }

  @RestController
  static class Endpoints {
    @GetMapping("/periods/{text}")
    String period(@PathVariable("text") String text) {
      return Period.parse(text).toString();
    }

    @GetMapping("/members/{id}")
    String member(@PathVariable("id") String id) {
      return IdNumber.parse(id).toString();
    }

    @GetMapping("/missing")
    String missing() {
      throw new NotFoundException("org unit", "c9");
    }

    @GetMapping("/conflict")
    String conflict() {
      throw new ConflictException("storage.duplicateId", "org unit", "c1");
    }

    @GetMapping("/stale")
    String stale() {
      throw new StaleVersionException("org unit", "c1", 1, 2);
    }

    @GetMapping("/required")
    String required(@RequestParam("ruleset") String ruleset) {
      return ruleset;
    }
  }

  /** A host's own advice for bad input (no order: the default). */
  @Configuration(proxyBeanMethods = false)
  static class HostAdvice {
    @Bean
    Mine mine() {
      return new Mine();
    }
  }

  @RestControllerAdvice
  static class Mine {
    @ExceptionHandler(org.grassroots.input.InvalidInputException.class)
    org.springframework.http.ResponseEntity<String> invalid(org.grassroots.input.InvalidInputException e) {
      return org.springframework.http.ResponseEntity.status(422).body("host: " + e.key());
    }
  }
}

package org.grassroots.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small REST service on the grassroots starter (示例服务): assess a district, explain a unit, stars
 * and rewards for a period. No wiring of the library: the starter configures the storage (JDBC on
 * the embedded H2, joining Spring's transactions), the rulesets of {@code application.properties}
 * and the JSON of the library's values.
 */
@SpringBootApplication
public class ExampleApplication {
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }
}

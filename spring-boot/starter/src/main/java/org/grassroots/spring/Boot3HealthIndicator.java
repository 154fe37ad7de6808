package org.grassroots.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The health indicator on Spring Boot 3 ({@code org.springframework.boot.actuate.health}). */
public class Boot3HealthIndicator implements HealthIndicator {
  private final GrassrootsHealth health;

  public Boot3HealthIndicator(GrassrootsHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    GrassrootsHealth.Result r = health.check();
    return (r.up() ? Health.up() : Health.down()).withDetails(r.details()).build();
  }
}

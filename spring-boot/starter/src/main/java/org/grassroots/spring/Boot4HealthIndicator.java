package org.grassroots.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The health indicator on Spring Boot 4 ({@code org.springframework.boot.health.contributor}). */
public class Boot4HealthIndicator implements HealthIndicator {
  private final GrassrootsHealth health;

  public Boot4HealthIndicator(GrassrootsHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    GrassrootsHealth.Result r = health.check();
    return (r.up() ? Health.up() : Health.down()).withDetails(r.details()).build();
  }
}

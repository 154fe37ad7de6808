package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.spring.Contexts.CHANGE;
import static org.grassroots.spring.Contexts.unit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;

class StarterMetricsAndHealthTest {
  static final DistrictId DEMO = DistrictId.of("demo");

  @Test
  void assessmentsAndStorageCallsAreTimedWhenMicrometerIsPresent() {
    Contexts.starter().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("grassroots.rulesets=classpath:grassroots-test/rulesets/*.ruleset.yaml").run(ctx -> {
          StorageProvider storage = ctx.getBean(StorageProvider.class);
          Period y = Period.year(2024);
          storage.organizations().createAll(CHANGE, List.of(unit(DEMO, "s1", OrgKind.STREET_COMMITTEE, null),
              unit(DEMO, "c1", OrgKind.COMMUNITY_ORG, "s1")));
          storage.measurements().putAll(CHANGE, DEMO, List.of(
              new Measurement(OrgUnitId.of("c1"), IndicatorId.of("org.meetings"), y, Fixed.of(7)),
              new Measurement(OrgUnitId.of("c1"), IndicatorId.of("org.mentoring"), y, Fixed.of(2)),
              new Measurement(OrgUnitId.of("c1"), IndicatorId.of("service.satisfaction"), y, Fixed.of(80))));
          long total = ctx.getBean(GrassrootsAssessments.class)
              .assess(DEMO, RulesetId.of("community-assessment"), y).total(OrgUnitId.of("c1"));
          assertThat(total).isEqualTo(Fixed.of(30 + 10 + 30));

          MeterRegistry registry = ctx.getBean(MeterRegistry.class);
          assertThat(registry.get(GrassrootsStorage.METRIC).tag("operation", "organizations.createAll")
              .tag("outcome", "success").timer().count()).isEqualTo(1);
          assertThat(registry.get(GrassrootsStorage.METRIC).tag("operation", "measurements.withinPeriod")
              .timer().count()).isEqualTo(1);
          assertThat(registry.get(GrassrootsAssessments.METRIC).tag("operation", "assess").timer().count())
              .isEqualTo(1);
        });
  }

  @Test
  void withoutAMeterRegistryNothingIsTimedAndTheStoresAreTheAdapters() {
    Contexts.starter().run(ctx -> {
      GrassrootsStorage storage = ctx.getBean(GrassrootsStorage.class);
      assertThat(ctx).doesNotHaveBean(CallTimer.class);
      assertThat(storage.organizations()).isSameAs(storage.adapter().organizations());
    });
  }

  @Test
  void theHealthIndicatorIsUpWithReachableStorageAndDownWhenTheDatabaseIsGone() {
    Contexts.withH2().withPropertyValues("grassroots.personal-data.codec=plain",
        "grassroots.rulesets=classpath:grassroots-test/rulesets/*.ruleset.yaml").run(ctx -> {
          Object indicator = ctx.getBean("grassrootsHealthIndicator");
          assertThat(status(indicator)).isEqualTo("UP");
          assertThat(details(indicator)).containsEntry("storage", "JdbcStorageProvider").containsEntry("rulesets", 1)
              .containsEntry("storageReachable", true);
          ((EmbeddedDatabase) ctx.getBean(DataSource.class)).shutdown();
          assertThat(status(indicator)).isEqualTo("DOWN");
          assertThat(details(indicator)).containsEntry("storageReachable", false);
        });
  }

  @Test
  void theHealthIndicatorCanBeSwitchedOff() {
    Contexts.starter().withPropertyValues("management.health.grassroots.enabled=false")
        .run(ctx -> assertThat(ctx).doesNotHaveBean("grassrootsHealthIndicator"));
  }

  /** The status code of Boot 3's or Boot 4's {@code Health}, whichever the indicator returns. */
  static String status(Object indicator) throws Exception {
    Object health = indicator.getClass().getMethod("health").invoke(indicator);
    Object status = health.getClass().getMethod("getStatus").invoke(health);
    return (String) status.getClass().getMethod("getCode").invoke(status);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> details(Object indicator) throws Exception {
    Method health = indicator.getClass().getMethod("health");
    Object h = health.invoke(indicator);
    return (Map<String, Object>) h.getClass().getMethod("getDetails").invoke(h);
  }
}

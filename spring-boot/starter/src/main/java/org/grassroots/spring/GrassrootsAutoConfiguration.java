package org.grassroots.spring;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.grassroots.spi.StorageProvider;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * Spring Boot auto-configuration of grassroots (自动配置). With a {@code DataSource}, the JDBC
 * storage joining Spring-managed transactions ({@link SpringTransactionConnections}); without one,
 * the in-memory store. Rulesets of {@code grassroots.rulesets} and programs of {@code
 * grassroots.programs} loaded and validated at start-up;
 * Micrometer timers and an Actuator health indicator when those are present; in a Spring MVC
 * application, the library's errors as RFC 9457 problem details. Every bean backs off
 * when the host defines its own of the type. Works on Spring Boot 3.5 and 4.0 (whose
 * auto-configuration classes moved packages: they are named here by both names).
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(GrassrootsProperties.class)
public class GrassrootsAutoConfiguration {

  /**
   * The storage: JDBC over the host's one {@code DataSource} (when spring-jdbc is present), else
   * in-memory. After the host's database initialisation (Flyway, Liquibase, SQL scripts).
   */
  @Bean
  @ConditionalOnMissingBean(StorageProvider.class)
  @DependsOnDatabaseInitialization
  public GrassrootsStorage grassrootsStorage(ObjectProvider<DataSource> dataSource, GrassrootsProperties properties,
      ObjectProvider<CallTimer> timer) {
    DataSource ds = dataSource.getIfUnique();
    StorageProvider adapter = ds != null && ClassUtils.isPresent(SPRING_JDBC, getClass().getClassLoader())
        ? SpringJdbcStorage.build(ds, properties)
        : new InMemoryStorageProvider();
    return new GrassrootsStorage(adapter, timer.getIfAvailable(() -> CallTimer.NONE));
  }

  private static final String SPRING_JDBC = "org.springframework.jdbc.datasource.DataSourceUtils";

  @Bean
  @ConditionalOnMissingBean
  public GrassrootsRulesets grassrootsRulesets(ResourcePatternResolver resources, GrassrootsProperties properties) {
    return GrassrootsRulesets.load(resources, properties.getRulesets());
  }

  @Bean
  @ConditionalOnMissingBean
  public GrassrootsPrograms grassrootsPrograms(ResourcePatternResolver resources, GrassrootsProperties properties) {
    return GrassrootsPrograms.load(resources, properties.getPrograms());
  }

  @Bean
  @ConditionalOnMissingBean
  public GrassrootsAssessments grassrootsAssessments(StorageProvider storage, GrassrootsRulesets rulesets,
      ObjectProvider<CallTimer> timer) {
    return new GrassrootsAssessments(storage, rulesets, timer.getIfAvailable(() -> CallTimer.NONE));
  }

  @Bean
  @ConditionalOnMissingBean
  public GrassrootsHealth grassrootsHealth(StorageProvider storage, GrassrootsRulesets rulesets) {
    return new GrassrootsHealth(storage, rulesets);
  }

  /** Micrometer timers of assessments and storage calls. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean(CallTimer.class)
    @ConditionalOnSingleCandidate(MeterRegistry.class)
    public CallTimer grassrootsCallTimer(MeterRegistry registry) {
      return new MicrometerCallTimer(registry);
    }
  }

  /**
   * The library's Jackson 2 module (Spring Boot 3's JSON), messages in the current request's locale;
   * Spring Boot registers a {@code Module} bean with its {@code ObjectMapper}.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.grassroots.jackson.GrassrootsModule", "com.fasterxml.jackson.databind.Module"})
  static class Jackson {
    @Bean
    @ConditionalOnMissingBean
    public org.grassroots.jackson.GrassrootsModule grassrootsJacksonModule() {
      return new org.grassroots.jackson.GrassrootsModule(org.springframework.context.i18n.LocaleContextHolder::getLocale);
    }
  }

  /**
   * The library's errors as problem details ({@link GrassrootsProblemDetails}) in a servlet web
   * application with Spring MVC; ordered after the host's own advice.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "grassroots.web.problem-details", name = "enabled", matchIfMissing = true)
  static class ProblemDetails {
    @Bean
    @ConditionalOnMissingBean(GrassrootsProblemDetails.class)
    public GrassrootsProblemDetails grassrootsProblemDetails() {
      return new GrassrootsProblemDetails();
    }
  }

  /**
   * The library's Jackson 3 module (Spring Boot 4's JSON), messages in the current request's locale;
   * Spring Boot 4 registers every {@code JacksonModule} bean with its {@code JsonMapper}.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.grassroots.jackson3.GrassrootsModule", "tools.jackson.databind.JacksonModule"})
  static class Jackson3 {
    @Bean
    @ConditionalOnMissingBean
    public org.grassroots.jackson3.GrassrootsModule grassrootsJackson3Module() {
      return new org.grassroots.jackson3.GrassrootsModule(org.springframework.context.i18n.LocaleContextHolder::getLocale);
    }
  }

  /** The library's schema as a repeatable migration of the host's Flyway. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.flywaydb.core.api.migration.JavaMigration")
  @ConditionalOnProperty(prefix = "grassroots.flyway", name = "enabled", havingValue = "true")
  static class Flyway {
    @Bean
    public GrassrootsFlywayMigration grassrootsFlywayMigration(GrassrootsProperties properties) {
      return new GrassrootsFlywayMigration(properties.getTablePrefix());
    }
  }

  /** The health indicator on Spring Boot 3. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  @ConditionalOnProperty(prefix = "management.health.grassroots", name = "enabled", matchIfMissing = true)
  static class Boot3Health {
    @Bean
    @ConditionalOnMissingBean(name = "grassrootsHealthIndicator")
    public Boot3HealthIndicator grassrootsHealthIndicator(GrassrootsHealth health) {
      return new Boot3HealthIndicator(health);
    }
  }

  /** The health indicator on Spring Boot 4. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  @ConditionalOnProperty(prefix = "management.health.grassroots", name = "enabled", matchIfMissing = true)
  static class Boot4Health {
    @Bean
    @ConditionalOnMissingBean(name = "grassrootsHealthIndicator")
    public Boot4HealthIndicator grassrootsHealthIndicator(GrassrootsHealth health) {
      return new Boot4HealthIndicator(health);
    }
  }
}

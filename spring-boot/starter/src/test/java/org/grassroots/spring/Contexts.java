package org.grassroots.spring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the starter's tests share. They name no class that Boot 4 moved, so that they run on Boot
 * 3.5 and 4.0 alike: Boot's own auto-configurations are loaded by either name.
 */
final class Contexts {
  static final Change CHANGE = Change.of("tester", "starter test", Instant.parse("2024-01-01T08:00:00Z"));
  static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  private Contexts() {}

  /** The starter alone: no DataSource. */
  static ApplicationContextRunner starter() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(GrassrootsAutoConfiguration.class));
  }

  /** The starter over an embedded H2 DataSource with Spring's JDBC transaction manager. */
  static ApplicationContextRunner withH2() {
    return starter().withUserConfiguration(H2Host.class);
  }

  /** A host with one embedded H2 database and Spring's JDBC transaction manager on it. */
  @Configuration(proxyBeanMethods = false)
  static class H2Host {
    @Bean
    DataSource dataSource() {
      return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
      return new JdbcTransactionManager(dataSource);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager tm) {
      return new TransactionTemplate(tm);
    }
  }

  /** Boot's auto-configuration classes, each by the first of its names that is on the class path. */
  static AutoConfigurations boot(String... names) {
    List<Class<?>> found = new ArrayList<>();
    for (String alternatives : names) {
      Class<?> c = null;
      for (String n : alternatives.split("\\|")) {
        try {
          c = Class.forName(n);
          break;
        } catch (ClassNotFoundException e) {
          // the other Boot line's name
        }
      }
      if (c == null) {
        throw new IllegalStateException("none of " + alternatives + " is on the class path");
      }
      found.add(c);
    }
    return AutoConfigurations.of(found.toArray(Class<?>[]::new));
  }

  static final String FLYWAY = "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"
      + "|org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

  static OrgUnit unit(DistrictId d, String id, OrgKind kind, String parent) {
    return OrgUnit.establish(d, OrgUnitId.of(id), kind, "单位 " + id, parent == null ? null : OrgUnitId.of(parent), D0);
  }
}

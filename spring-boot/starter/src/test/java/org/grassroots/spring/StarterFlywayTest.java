package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.spring.Contexts.CHANGE;
import static org.grassroots.spring.Contexts.unit;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.spi.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The library's schema under the host's own Flyway, run by Spring Boot's Flyway auto-configuration,
 * with the storage validating (never creating) the tables after Flyway has run.
 */
class StarterFlywayTest {
  final DistrictId d = DistrictId.of("flyway");

  @Test
  void besideTheHostsOwnV1TheSchemaIsARepeatableMigrationInTheHostsHistory() {
    Contexts.withH2().withConfiguration(Contexts.boot(Contexts.FLYWAY)).withPropertyValues(
        "spring.flyway.locations=classpath:grassroots-test/host-migrations",
        "grassroots.flyway.enabled=true", "grassroots.schema-mode=validate", "grassroots.personal-data.codec=plain")
        .run(ctx -> {
          assertThat(ctx).hasNotFailed();
          JdbcTemplate sql = new JdbcTemplate(ctx.getBean(DataSource.class));
          List<Map<String, Object>> history = sql.queryForList(
              "SELECT \"version\", \"description\", \"success\" FROM \"flyway_schema_history\" WHERE \"description\" NOT LIKE '<<%' ORDER BY \"installed_rank\"");
          assertThat(history).extracting(r -> r.get("version")).containsExactly("1", null);
          assertThat(history).extracting(r -> r.get("description")).containsExactly("host tables", "grassroots schema gr_");
          assertThat(history).extracting(r -> r.get("success")).containsOnly(true);
          StorageProvider storage = ctx.getBean(StorageProvider.class);
          storage.organizations().create(CHANGE, unit(d, "s1", OrgKind.STREET_COMMITTEE, null));
          assertThat(storage.organizations().count(d)).isEqualTo(1);
          assertThat(sql.queryForObject("SELECT COUNT(*) FROM host_case", Long.class)).isZero();
        });
  }

  @Test
  void theRepeatableMigrationsChecksumFollowsThePrefixAndTheShippedScripts() {
    assertThat(new GrassrootsFlywayMigration("gr_").getChecksum())
        .isEqualTo(new GrassrootsFlywayMigration("gr_").getChecksum())
        .isNotEqualTo(new GrassrootsFlywayMigration("other_").getChecksum());
    assertThat(new GrassrootsFlywayMigration("gr_").getVersion()).isNull();
  }

  @Test
  void theShippedScriptsAreALocationOfTheHostsFlywayWithThePrefixAsAPlaceholder() {
    Contexts.withH2().withConfiguration(Contexts.boot(Contexts.FLYWAY)).withPropertyValues(
        "spring.flyway.locations=classpath:db/grassroots/h2", "spring.flyway.placeholders.prefix=lib_",
        "grassroots.table-prefix=lib_", "grassroots.schema-mode=validate", "grassroots.personal-data.codec=plain")
        .run(ctx -> {
          assertThat(ctx).hasNotFailed();
          JdbcTemplate sql = new JdbcTemplate(ctx.getBean(DataSource.class));
          assertThat(sql.queryForObject("SELECT \"description\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'",
              String.class)).isEqualTo("grassroots schema");
          StorageProvider storage = ctx.getBean(StorageProvider.class);
          storage.organizations().create(CHANGE, unit(d, "s1", OrgKind.STREET_COMMITTEE, null));
          assertThat(sql.queryForObject("SELECT COUNT(*) FROM lib_org_unit", Long.class)).isEqualTo(1L);
        });
  }

  @Test
  void withoutFlywayAndInValidateModeMissingTablesStopTheStartUp() {
    Contexts.withH2().withPropertyValues("grassroots.schema-mode=validate", "grassroots.personal-data.codec=plain")
        .run(ctx -> {
          assertThat(ctx).hasFailed();
          assertThat(ctx.getStartupFailure()).hasStackTraceContaining("gr_");
        });
  }
}

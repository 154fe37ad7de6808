package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A host that manages its schema with Flyway runs the shipped scripts itself (placeholder
 * {@code prefix}); the provider in VALIDATE mode then accepts the tables and works on them.
 */
class FlywaySchemaTest {
  @ParameterizedTest
  @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "H2_POSTGRESQL_MODE", "H2_MYSQL_MODE", "POSTGRESQL", "MARIADB"})
  void flywayRunsTheShippedScriptAndTheProviderValidatesIt(TestDatabases.Kind kind) {
    String prefix = "fw" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
    JdbcStorageProvider detected = TestDatabases.provider(kind);
    String folder = detected.dialect().schemaScript().replace("/V1__grassroots_schema.sql", "");
    Flyway flyway = Flyway.configure()
        .dataSource(TestDatabases.dataSource(kind))
        .locations("classpath:" + folder)
        .placeholders(Map.of("prefix", prefix))
        .table(prefix + "schema_history")
        // The host's database already holds other tables: start the history below our V1.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
    MigrateResult first = flyway.migrate();
    assertThat(first.migrationsExecuted).isEqualTo(1);
    assertThat(flyway.migrate().migrationsExecuted).isZero();

    JdbcStorageProvider provider = JdbcStorageProvider.builder(TestDatabases.dataSource(kind)).personalData(PersonalDataCodec.PLAIN)
        .tablePrefix(prefix).schemaMode(SchemaMode.VALIDATE).build();
    DistrictId d = DistrictId.of("fw-" + UUID.randomUUID());
    provider.organizations().create(Change.of("host", "flyway", Instant.EPOCH),
        OrgUnit.establish(d, OrgUnitId.of("root"), OrgKind.STREET, "街道", null, LocalDate.of(2024, 1, 1)));
    assertThat(provider.organizations().count(d)).isEqualTo(1);
    // The provider's own CREATE over Flyway's tables changes nothing and succeeds.
    JdbcStorageProvider.builder(TestDatabases.dataSource(kind)).personalData(PersonalDataCodec.PLAIN).tablePrefix(prefix)
        .schemaMode(SchemaMode.CREATE).build();
    assertThat(provider.organizations().count(d)).isEqualTo(1);
  }
}

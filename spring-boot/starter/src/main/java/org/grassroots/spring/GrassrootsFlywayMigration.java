package org.grassroots.spring;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.grassroots.spi.jdbc.Dialect;
import org.grassroots.spi.jdbc.JdbcStorageProvider;
import org.grassroots.spi.jdbc.PersonalDataCodec;
import org.grassroots.spi.jdbc.SchemaMode;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The library's schema as a migration of the host's own Flyway (迁移): a repeatable migration
 * ("grassroots schema", no version), so it never clashes with the host's {@code V1}, runs after
 * the host's versioned migrations, and is recorded in the host's history table. It runs the shipped
 * script of the detected database family with the configured table prefix — the same script a
 * host may also put on {@code spring.flyway.locations} — whose statements are all {@code IF NOT
 * EXISTS}, so it is safe over tables that exist. Spring Boot's Flyway auto-configuration picks it
 * up as a bean ({@code grassroots.flyway.enabled=true}).
 */
public class GrassrootsFlywayMigration implements JavaMigration {
  private final String tablePrefix;

  public GrassrootsFlywayMigration(String tablePrefix) {
    this.tablePrefix = tablePrefix;
  }

  @Override
  public MigrationVersion getVersion() {
    return null; // repeatable
  }

  @Override
  public String getDescription() {
    return "grassroots schema " + tablePrefix;
  }

  /**
   * Changes with the shipped scripts and the prefix, so Flyway runs the migration again when a
   * release adds tables or indexes (the statements are idempotent) or the prefix changes.
   */
  @Override
  public Integer getChecksum() {
    List<String> all = new ArrayList<>();
    for (Dialect d : Dialect.values()) {
      all.addAll(JdbcStorageProvider.schemaStatements(d, tablePrefix));
    }
    return all.hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return false; // the script runs in auto-commit, under the library's schema lock where the engine has one
  }

  @Override
  public void migrate(Context context) {
    Connection c = context.getConnection();
    JdbcStorageProvider.builder(new SingleConnectionDataSource(c, true)).tablePrefix(tablePrefix).schemaMode(SchemaMode.CREATE)
        .personalData(PersonalDataCodec.PLAIN).build();
  }
}

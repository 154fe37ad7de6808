package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grassroots.input.InvalidInputException;
import org.grassroots.spi.StorageException;
import org.junit.jupiter.api.Test;

/**
 * The schema of the JDBC adapter: the dialect detected, scripts applied twice and by two
 * applications at once, and unsafe table prefixes refused.
 */
abstract class JdbcSchemaTests extends JdbcAdapterSupport {
  @Test
  void detectsItsDialect() {
    Dialect expected = switch (kind()) {
      case H2, H2_POSTGRESQL_MODE, H2_MYSQL_MODE -> Dialect.H2;
      case POSTGRESQL -> Dialect.POSTGRESQL;
      case MARIADB -> Dialect.MYSQL;
      case ENVIRONMENT -> provider().dialect();
    };
    assertThat(provider().dialect()).isEqualTo(expected);
  }

  @Test
  void schemaAppliedTwiceAndByTwoApplicationsAtOnceIsSafe() throws Exception {
    String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
    assertThatThrownBy(() -> JdbcStorageProvider.builder(dataSource()).personalData(PersonalDataCodec.PLAIN).tablePrefix(prefix)
        .schemaMode(SchemaMode.VALIDATE).build()).isInstanceOf(StorageException.class);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<JdbcStorageProvider>> starts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      starts.add(pool.submit(() -> JdbcStorageProvider.builder(dataSource()).personalData(PersonalDataCodec.PLAIN).tablePrefix(prefix)
          .schemaMode(SchemaMode.CREATE).build()));
    }
    for (Future<JdbcStorageProvider> f : starts) {
      assertThat(f.get(2, TimeUnit.MINUTES).tablePrefix()).isEqualTo(prefix);
    }
    pool.shutdown();
    JdbcStorageProvider again = JdbcStorageProvider.builder(dataSource()).personalData(PersonalDataCodec.PLAIN).tablePrefix(prefix)
        .schemaMode(SchemaMode.CREATE).build();
    again.organizations().create(CHANGE, unit("only", null));
    assertThat(again.organizations().count(district())).isEqualTo(1);
    assertThat(provider().organizations().count(district())).isZero();
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      for (String[] table : Tables.withPrefix(prefix).expected()) {
        s.execute("DROP TABLE " + table[0]);
      }
    }
  }

  @Test
  void refusesAnUnsafeTablePrefix() {
    for (String bad : List.of("gr; DROP TABLE x", "Gr_", "1gr", "gr-", "a".repeat(25))) {
      assertThatThrownBy(() -> JdbcStorageProvider.builder(dataSource()).tablePrefix(bad))
          .isInstanceOf(InvalidInputException.class);
    }
    assertThat(JdbcStorageProvider.schemaStatements(provider().dialect(), "abc_"))
        .allMatch(s -> s.contains("abc_") && !s.contains("${"));
  }
}

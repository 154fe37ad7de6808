package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.grassroots.spi.StorageException;
import org.junit.jupiter.api.Test;

class DialectTest {
  private static DatabaseMetaData product(String name) {
    return (DatabaseMetaData) Proxy.newProxyInstance(DialectTest.class.getClassLoader(),
        new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> {
          if (method.getName().equals("getDatabaseProductName")) {
            return name;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void detectsTheFamilyFromTheProductName() throws SQLException {
    assertThat(Dialect.detect(product("H2"))).isEqualTo(Dialect.H2);
    assertThat(Dialect.detect(product("PostgreSQL"))).isEqualTo(Dialect.POSTGRESQL);
    assertThat(Dialect.detect(product("MySQL"))).isEqualTo(Dialect.MYSQL);
    assertThat(Dialect.detect(product("MariaDB"))).isEqualTo(Dialect.MYSQL);
  }

  @Test
  void anUnknownProductAsksForTheDialectToBeSet() {
    assertThatThrownBy(() -> Dialect.detect(product("KingbaseES")))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("KingbaseES")
        .hasMessageContaining("set the dialect explicitly");
  }

  @Test
  void anOverrideIsUsedWithoutDetection() {
    JdbcStorageProvider p = JdbcStorageProvider.builder(TestDatabases.dataSource(TestDatabases.Kind.H2)).personalData(PersonalDataCodec.PLAIN)
        .dialect(Dialect.H2).schemaMode(SchemaMode.CREATE).build();
    assertThat(p.dialect()).isEqualTo(Dialect.H2);
  }

  @Test
  void everyFamilyShipsItsScript() {
    for (Dialect d : Dialect.values()) {
      assertThat(JdbcStorageProvider.schemaStatements(d, "gr_")).hasSize(d == Dialect.MYSQL ? 15 : 23); // MySQL declares its indexes inside CREATE TABLE
    }
  }
}

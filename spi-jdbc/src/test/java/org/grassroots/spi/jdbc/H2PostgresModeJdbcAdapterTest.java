package org.grassroots.spi.jdbc;

class H2PostgresModeJdbcAdapterTest extends JdbcAdapterTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2_POSTGRESQL_MODE;
  }
}

package org.grassroots.spi.jdbc;

class PostgresJdbcAdapterTest extends JdbcAdapterTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }
}

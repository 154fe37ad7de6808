package org.grassroots.spi.jdbc;

class H2MySqlModeJdbcAdapterTest extends JdbcAdapterTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2_MYSQL_MODE;
  }
}

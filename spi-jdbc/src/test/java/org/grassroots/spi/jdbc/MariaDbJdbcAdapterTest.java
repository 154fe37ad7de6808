package org.grassroots.spi.jdbc;

class MariaDbJdbcAdapterTest extends JdbcAdapterTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.MARIADB;
  }
}

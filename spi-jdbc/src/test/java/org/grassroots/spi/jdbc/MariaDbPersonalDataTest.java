package org.grassroots.spi.jdbc;

class MariaDbPersonalDataTest extends JdbcPersonalDataTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.MARIADB;
  }
}

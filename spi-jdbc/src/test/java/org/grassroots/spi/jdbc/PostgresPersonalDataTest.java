package org.grassroots.spi.jdbc;

class PostgresPersonalDataTest extends JdbcPersonalDataTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }
}

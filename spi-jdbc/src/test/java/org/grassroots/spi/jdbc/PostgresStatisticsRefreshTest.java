package org.grassroots.spi.jdbc;

class PostgresStatisticsRefreshTest extends StatisticsRefreshTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }

  @Override
  boolean refreshes() {
    return true;
  }
}

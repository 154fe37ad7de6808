package org.grassroots.spi.jdbc;

class MariaDbStatisticsRefreshTest extends StatisticsRefreshTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.MARIADB;
  }

  @Override
  boolean refreshes() {
    return true;
  }
}

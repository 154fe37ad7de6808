package org.grassroots.spi.jdbc;

class H2StatisticsRefreshTest extends StatisticsRefreshTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }

  @Override
  boolean refreshes() {
    return false;
  }
}

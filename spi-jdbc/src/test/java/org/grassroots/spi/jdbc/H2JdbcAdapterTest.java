package org.grassroots.spi.jdbc;

class H2JdbcAdapterTest extends JdbcAdapterTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }
}

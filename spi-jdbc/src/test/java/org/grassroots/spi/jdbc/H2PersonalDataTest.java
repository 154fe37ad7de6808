package org.grassroots.spi.jdbc;

class H2PersonalDataTest extends JdbcPersonalDataTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }
}

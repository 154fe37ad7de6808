package org.grassroots.spi.jdbc;

class H2PostgresModePersonalDataTest extends JdbcPersonalDataTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2_POSTGRESQL_MODE;
  }
}

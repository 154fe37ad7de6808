package org.grassroots.spi.jdbc;

/** The whole contract on H2 in MySQL mode, a transaction per call. */
class H2MySqlModeContractTest extends JdbcContractTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2_MYSQL_MODE;
  }

  @Override
  boolean joined() {
    return false;
  }
}

package org.grassroots.spi.jdbc;

/** The whole contract on MariaDB, a transaction per call. */
class MariaDbContractTest extends JdbcContractTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.MARIADB;
  }

  @Override
  boolean joined() {
    return false;
  }
}

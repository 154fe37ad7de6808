package org.grassroots.spi.jdbc;

/** The whole contract on MariaDB, joining a Spring host's transaction. */
class MariaDbJoinedContractTest extends JdbcContractTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.MARIADB;
  }

  @Override
  boolean joined() {
    return true;
  }
}

package org.grassroots.spi.jdbc;

/** The whole contract on PostgreSQL, joining a Spring host's transaction. */
class PostgresJoinedContractTest extends JdbcContractTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }

  @Override
  boolean joined() {
    return true;
  }
}

package org.grassroots.spi.jdbc;

/** The whole contract on PostgreSQL, a transaction per call. */
class PostgresContractTest extends JdbcContractTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }

  @Override
  boolean joined() {
    return false;
  }
}

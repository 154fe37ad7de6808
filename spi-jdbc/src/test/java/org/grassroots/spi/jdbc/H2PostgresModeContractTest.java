package org.grassroots.spi.jdbc;

/** The whole contract on H2 in PostgreSQL mode, a transaction per call. */
class H2PostgresModeContractTest extends JdbcContractTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2_POSTGRESQL_MODE;
  }

  @Override
  boolean joined() {
    return false;
  }
}

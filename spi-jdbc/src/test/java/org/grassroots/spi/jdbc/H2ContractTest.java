package org.grassroots.spi.jdbc;

/** The whole contract on H2, a transaction per call. */
class H2ContractTest extends JdbcContractTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }

  @Override
  boolean joined() {
    return false;
  }
}

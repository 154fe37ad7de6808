package org.grassroots.spi.jdbc;

/** The whole contract on H2, joining a Spring host's transaction. */
class H2JoinedContractTest extends JdbcContractTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }

  @Override
  boolean joined() {
    return true;
  }
}

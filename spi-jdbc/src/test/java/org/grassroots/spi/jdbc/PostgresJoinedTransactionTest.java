package org.grassroots.spi.jdbc;

class PostgresJoinedTransactionTest extends JoinedTransactionTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }
}

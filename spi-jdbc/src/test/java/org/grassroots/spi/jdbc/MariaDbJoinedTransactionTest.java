package org.grassroots.spi.jdbc;

class MariaDbJoinedTransactionTest extends JoinedTransactionTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.MARIADB;
  }
}

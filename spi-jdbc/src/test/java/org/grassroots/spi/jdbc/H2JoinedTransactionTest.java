package org.grassroots.spi.jdbc;

class H2JoinedTransactionTest extends JoinedTransactionTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }
}

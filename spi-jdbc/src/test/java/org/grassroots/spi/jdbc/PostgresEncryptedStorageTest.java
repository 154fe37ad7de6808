package org.grassroots.spi.jdbc;

class PostgresEncryptedStorageTest extends EncryptedStorageTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }
}

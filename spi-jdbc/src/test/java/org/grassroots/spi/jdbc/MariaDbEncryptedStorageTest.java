package org.grassroots.spi.jdbc;

class MariaDbEncryptedStorageTest extends EncryptedStorageTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.MARIADB;
  }
}

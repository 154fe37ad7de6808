package org.grassroots.spi.jdbc;

class H2EncryptedStorageTest extends EncryptedStorageTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }
}

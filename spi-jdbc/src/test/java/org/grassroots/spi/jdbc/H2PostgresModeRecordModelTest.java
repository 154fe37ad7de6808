package org.grassroots.spi.jdbc;

class H2PostgresModeRecordModelTest extends H2RecordModelTest {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2_POSTGRESQL_MODE;
  }
}

package org.grassroots.spi.jdbc;

class H2MySqlModeRecordModelTest extends H2RecordModelTest {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2_MYSQL_MODE;
  }
}

package org.grassroots.spi.jdbc;

class H2MySqlModeMeasurementModelTest extends H2MeasurementModelTest {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2_MYSQL_MODE;
  }
}

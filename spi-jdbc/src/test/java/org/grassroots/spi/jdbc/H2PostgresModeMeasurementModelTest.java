package org.grassroots.spi.jdbc;

class H2PostgresModeMeasurementModelTest extends H2MeasurementModelTest {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2_POSTGRESQL_MODE;
  }
}

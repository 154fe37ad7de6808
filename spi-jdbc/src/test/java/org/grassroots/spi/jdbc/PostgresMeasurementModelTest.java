package org.grassroots.spi.jdbc;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.rules.Measurement;

class PostgresMeasurementModelTest extends H2MeasurementModelTest {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }

  @Override
  @Property(tries = 15)
  public void storeAgreesWithAMapOfValues(@ForAll("batches") List<List<Measurement>> batches) {
    run(batches);
  }
}

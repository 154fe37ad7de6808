package org.grassroots.spi.jdbc;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.spi.contract.RecordModelContract.Step;
import org.grassroots.spi.contract.RecordSamples;

class PostgresRecordModelTest extends H2RecordModelTest {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }

  @Override
  @Property(tries = 15)
  public void storeAgreesWithAMapOfRecords(@ForAll("samples") RecordSamples.Sample<?> sample, @ForAll("steps") List<Step> steps) {
    run(sample, steps);
  }
}

package org.grassroots.spi.jdbc;

import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.contract.RecordModelContract;

/** Record creates, batches and updates against a map on H2 (many tries); the real servers run fewer. */
class H2RecordModelTest extends RecordModelContract {
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }

  @Override
  protected StorageProvider provider() {
    return TestDatabases.provider(kind());
  }
}

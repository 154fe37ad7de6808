package org.grassroots.storage.inmemory;

import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.contract.RecordModelContract;

class InMemoryRecordModelTest extends RecordModelContract {
  private static final StorageProvider PROVIDER = new InMemoryStorageProvider();

  @Override
  protected StorageProvider provider() {
    return PROVIDER;
  }
}

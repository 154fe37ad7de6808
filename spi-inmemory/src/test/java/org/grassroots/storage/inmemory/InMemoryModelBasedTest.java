package org.grassroots.storage.inmemory;

import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.contract.ModelBasedContract;

class InMemoryModelBasedTest extends ModelBasedContract {
  private static final StorageProvider PROVIDER = new InMemoryStorageProvider();

  @Override
  protected StorageProvider provider() {
    return PROVIDER;
  }
}

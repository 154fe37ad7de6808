package org.grassroots.storage.inmemory;

import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.contract.StorageProviderContract;

/** The in-memory adapter against the whole contract suite. */
class InMemoryStorageProviderTest extends StorageProviderContract {
  private static final StorageProvider PROVIDER = new InMemoryStorageProvider();

  @Override
  protected StorageProvider provider() {
    return PROVIDER;
  }
}

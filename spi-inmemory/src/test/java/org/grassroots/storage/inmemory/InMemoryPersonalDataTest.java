package org.grassroots.storage.inmemory;

import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.contract.PersonalDataContract;

class InMemoryPersonalDataTest extends PersonalDataContract {
  private static final StorageProvider PROVIDER = new InMemoryStorageProvider();

  @Override
  protected StorageProvider provider() {
    return PROVIDER;
  }
}

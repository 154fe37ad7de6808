package org.grassroots.storage.inmemory;

import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.contract.RulesetStoreContract;

class InMemoryRulesetStoreTest extends RulesetStoreContract {
  private static final StorageProvider PROVIDER = new InMemoryStorageProvider();

  @Override
  protected StorageProvider provider() {
    return PROVIDER;
  }
}

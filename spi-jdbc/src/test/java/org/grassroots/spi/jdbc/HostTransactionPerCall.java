package org.grassroots.spi.jdbc;

import org.grassroots.spi.ForwardingStorageProvider;
import org.grassroots.spi.StorageProvider;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A storage provider as a Spring host uses one that joins its transactions: every call of a store
 * runs inside a host transaction ({@link TransactionTemplate}), which commits when the call
 * returns and rolls back when it throws. The contract suite runs the joining adapter through it.
 */
final class HostTransactionPerCall {
  private HostTransactionPerCall() {}

  static StorageProvider wrap(StorageProvider joining, TransactionTemplate host) {
    return ForwardingStorageProvider.aroundEveryCall(joining,
        (operation, call) -> host.execute(status -> call.proceed()));
  }
}

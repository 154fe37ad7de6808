package org.grassroots.spring;

import org.grassroots.spi.ForwardingStorageProvider;
import org.grassroots.spi.StorageProvider;

/**
 * The storage bean of the starter (存储): the configured adapter — JDBC joining Spring's
 * transactions, or in-memory — with every store call timed as {@code grassroots.storage.calls}
 * when Micrometer is present. A plain, non-final class, so Spring can proxy it; {@link #adapter()}
 * gives the adapter itself for its own calls (e.g. {@code JdbcStorageProvider.verifyClosure}).
 */
public class GrassrootsStorage extends ForwardingStorageProvider {
  /** The timer of every store call. */
  public static final String METRIC = "grassroots.storage.calls";

  private final StorageProvider adapter;

  public GrassrootsStorage(StorageProvider adapter, CallTimer timer) {
    super(timer == CallTimer.NONE ? adapter
        : aroundEveryCall(adapter, (operation, call) -> timer.time(METRIC, operation, call::proceed)));
    this.adapter = adapter;
  }

  /** The adapter behind the bean: a {@code JdbcStorageProvider} or an {@code InMemoryStorageProvider}. */
  public StorageProvider adapter() {
    return adapter;
  }
}

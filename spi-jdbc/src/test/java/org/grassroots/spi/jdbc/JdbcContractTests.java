package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.contract.StorageProviderContract;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kit's whole contract on one test database in one transaction mode, by a subclass per
 * database and mode: in its own transaction per call (the default), or joining a Spring host's
 * transaction (each call inside a {@link TransactionTemplate}, see {@link HostTransactionPerCall}),
 * where the library's connection must never have been committed, rolled back or closed by it.
 */
abstract class JdbcContractTests extends StorageProviderContract {
  private final CommitRecorder recorder = new CommitRecorder();
  private StorageProvider provider;

  abstract TestDatabases.Kind kind();

  /** Whether the adapter joins the host's transaction. */
  abstract boolean joined();

  @Override
  protected StorageProvider provider() {
    if (provider == null) {
      JdbcStorageProvider own = TestDatabases.provider(kind());
      if (!joined()) {
        provider = own;
      } else {
        var dataSource = TestDatabases.dataSource(kind());
        JdbcStorageProvider joining = JdbcStorageProvider.builder(dataSource)
            .connections(new SpringJoinedConnections(dataSource, recorder)).personalData(PersonalDataCodec.PLAIN)
            .build();
        provider = HostTransactionPerCall.wrap(joining,
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
      }
    }
    return provider;
  }

  /** The servers run fewer tries of each property than H2 (twice: once per transaction mode). */
  @Override
  protected int propertyTries(int declared) {
    return switch (kind()) {
      case POSTGRESQL, MARIADB, ENVIRONMENT -> Math.min(declared, 15);
      default -> declared;
    };
  }

  @AfterEach
  void theLibraryNeverEndedTheHostsTransaction() {
    assertThat(recorder.transactionCalls()).isEmpty();
  }
}

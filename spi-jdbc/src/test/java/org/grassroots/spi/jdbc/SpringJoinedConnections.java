package org.grassroots.spi.jdbc;

import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The joining {@link ConnectionProvider} as a Spring host binds it (test scope; the integrators'
 * module ships the real one): the connection of the current {@code DataSourceTransactionManager}
 * transaction, handed to the library through a {@link CommitRecorder}; a failure marks the bound
 * {@link ConnectionHolder} rollback-only, so the host's commit becomes a rollback.
 */
final class SpringJoinedConnections implements ConnectionProvider {
  private final DataSource dataSource;
  private final CommitRecorder recorder;

  SpringJoinedConnections(DataSource dataSource, CommitRecorder recorder) {
    this.dataSource = dataSource;
    this.recorder = recorder;
  }

  @Override
  public boolean joinsCallerTransaction() {
    return true;
  }

  @Override
  public Connection connection() {
    return recorder.wrap(DataSourceUtils.getConnection(dataSource));
  }

  @Override
  public void release(Connection c) {
    DataSourceUtils.releaseConnection(CommitRecorder.target(c), dataSource);
  }

  @Override
  public void setRollbackOnly(Connection c) {
    ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
    if (holder != null) {
      holder.setRollbackOnly();
    }
  }
}

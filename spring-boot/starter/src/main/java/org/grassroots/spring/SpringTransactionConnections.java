package org.grassroots.spring;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.grassroots.spi.jdbc.ConnectionProvider;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JDBC storage's connections under Spring's transaction management (Spring 连接来源). Inside a
 * Spring-managed transaction on the same {@code DataSource} ({@code @Transactional}, {@code
 * TransactionTemplate}) a call joins it: it runs on the transaction's connection after a
 * savepoint, never commits, rolls back or closes it, and when it fails it rolls back to its
 * savepoint and marks the transaction rollback-only, so the host's commit becomes a rollback.
 * Outside a transaction a call runs in a transaction of its own on a pooled connection, as the
 * plain adapter does.
 */
public class SpringTransactionConnections implements ConnectionProvider {
  private final DataSource dataSource;

  public SpringTransactionConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** True when the current thread runs in a Spring transaction holding a connection of this data source. */
  @Override
  public boolean joinsCallerTransaction() {
    return TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder;
  }

  @Override
  public Connection connection() throws SQLException {
    return joinsCallerTransaction() ? DataSourceUtils.getConnection(dataSource) : dataSource.getConnection();
  }

  @Override
  public void release(Connection c) throws SQLException {
    if (DataSourceUtils.isConnectionTransactional(c, dataSource)) {
      DataSourceUtils.releaseConnection(c, dataSource);
    } else {
      c.close();
    }
  }

  @Override
  public void setRollbackOnly(Connection c) {
    if (TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder) {
      holder.setRollbackOnly();
    }
  }
}

package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.grassroots.input.Check;

/**
 * Where each storage call gets its connection (连接来源), and whose transaction it runs in.
 *
 * <p><b>Own transactions</b> ({@link #ownTransactions(DataSource)}, the default): every call takes
 * a connection from the host's pool, runs in a transaction of its own, commits or rolls back, and
 * gives the connection back.
 *
 * <p><b>Joining the caller's transaction</b> ({@link #joinsCallerTransaction()} true): every call
 * runs on the connection bound to the caller's current transaction and never commits, rolls back
 * or closes it. A call is still all or nothing: its statements run after a savepoint, and a failed
 * call is rolled back to that savepoint, after which {@link #setRollbackOnly} marks the caller's
 * transaction so that it cannot commit half of its work. The library's rows are committed or
 * rolled back with the host's own. A write holds its district's lock row until the host's
 * transaction ends.
 *
 * <p>The interface is small so that a host binds it to its transaction manager without this
 * module depending on one. With Spring's {@code DataSourceTransactionManager}: {@link #connection}
 * is {@code DataSourceUtils.getConnection(dataSource)}, {@link #release} is {@code
 * DataSourceUtils.releaseConnection(c, dataSource)}, and {@link #setRollbackOnly} marks the bound
 * {@code ConnectionHolder} (or the current {@code TransactionStatus}) rollback-only. With a plain
 * connection the host opened itself ({@code setAutoCommit(false)}): return that connection and
 * record the failure where the host decides whether to commit.
 */
public interface ConnectionProvider {
  /** Own-transaction mode over the host's pool: a connection per call, committed by the adapter. */
  static ConnectionProvider ownTransactions(DataSource dataSource) {
    Check.notNull("dataSource", dataSource);
    return new ConnectionProvider() {
      @Override
      public boolean joinsCallerTransaction() {
        return false;
      }

      @Override
      public Connection connection() throws SQLException {
        return dataSource.getConnection();
      }

      @Override
      public void release(Connection c) throws SQLException {
        c.close();
      }

      @Override
      public void setRollbackOnly(Connection c) {
        // The adapter has rolled its own transaction back; there is no caller's transaction.
      }
    };
  }

  /**
   * True when calls join the caller's transaction (the adapter then never commits, rolls back or
   * closes the connection); false when each call runs in a transaction of its own.
   */
  boolean joinsCallerTransaction();

  /**
   * The connection for one call. When joining, the connection of the caller's current
   * transaction (auto-commit off); the adapter refuses a connection in auto-commit mode, since
   * there is then no transaction to join.
   */
  Connection connection() throws SQLException;

  /**
   * Gives back a connection after the call: closes a pool connection in own-transaction mode;
   * when joining, whatever the binding needs (usually nothing: the connection stays the caller's).
   */
  void release(Connection c) throws SQLException;

  /**
   * When joining: a call on {@code c} failed (its own statements are already rolled back to its
   * savepoint); the caller's transaction must end in a rollback, never in a commit.
   */
  void setRollbackOnly(Connection c);
}

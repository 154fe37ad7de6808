package org.grassroots.spi.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes of many rows in one call (批量写入): inserts by PostgreSQL's COPY or by JDBC batches,
 * versioned updates in chunks, and, when the database refuses a chunk, the exact item it refused
 * (drivers that rewrite batches only know the failing statement). Runs inside the unit of work that
 * {@link Db} opened; the caller rolls back when an item fails. Logs each insert of many rows at DEBUG
 * (table, row count, COPY or batches), never a row's values.
 */
final class Batches {
  private static final System.Logger LOG = System.getLogger(Batches.class.getName());
  /** Rows of one insert from which COPY is worth its extra round trips. */
  static final int COPY_FROM_ROWS = 32;

  final int batchSize;
  private final boolean bulkCopy;
  /** Whether the pool's connections are pgjdbc's; null until the first bulk insert asks. */
  private volatile Boolean copyUsable;
  /** Rows written by COPY (for tests and diagnostics). */
  final LongAdder copiedRows = new LongAdder();

  Batches(int batchSize, boolean bulkCopy) {
    this.batchSize = batchSize;
    this.bulkCopy = bulkCopy;
  }

  /**
   * Inserts {@code items} into {@code table}: by COPY when the provider was built with bulk copy
   * on PostgreSQL over pgjdbc and there are at least {@link #COPY_FROM_ROWS} rows, else as JDBC
   * batches ({@link #batch}). A refused COPY is rolled back to a savepoint and the rows are replayed
   * as batches, so a failing item is named exactly as on every other engine.
   *
   * @param columns the column list, in the order {@code writer} writes them
   */
  <T> void insert(Connection c, String table, String columns, List<T> items, Row.Writer<T> writer)
      throws SQLException {
    if (items.isEmpty()) {
      return;
    }
    if (items.size() >= COPY_FROM_ROWS && copyUsable(c)) {
      Savepoint before = c.setSavepoint();
      try {
        PgCopy.copyIn(c, table, columns, items, writer);
        c.releaseSavepoint(before);
        copiedRows.add(items.size());
        LOG.log(System.Logger.Level.DEBUG, "bulk insert into {0}: {1} rows by COPY", table, items.size());
        return;
      } catch (SQLException refused) {
        c.rollback(before);
        LOG.log(System.Logger.Level.DEBUG, "COPY into {0} refused (SQLState {1}); its {2} rows go again as JDBC batches",
            table, refused.getSQLState(), items.size());
      }
    }
    int n = columns.split(",").length;
    batch(c, "INSERT INTO " + table + " (" + columns + ") VALUES (" + Db.marks(n) + ")", items,
        writer.binder());
  }

  private boolean copyUsable(Connection c) throws SQLException {
    if (!bulkCopy) {
      return false;
    }
    Boolean usable = copyUsable;
    if (usable == null) {
      usable = PgCopy.supports(c);
      copyUsable = usable;
    }
    return usable;
  }

  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement ps, T item) throws SQLException;
  }

  /** Finds, for items whose update count the driver did not report, the first one not applied. */
  @FunctionalInterface
  interface Verifier<T> {
    /** @return the position in {@code items} of the first item not applied, or -1 */
    int firstNotApplied(Connection c, List<T> items) throws SQLException;
  }

  /** A failure of a batch statement at a known item (its position in the caller's list). */
  static final class IndexedSQLException extends SQLException {
    private static final long serialVersionUID = 1L;
    final int index;

    IndexedSQLException(int index, SQLException cause) {
      super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
      this.index = index;
    }

    SQLException sqlCause() {
      return (SQLException) getCause();
    }
  }

  /**
   * Executes {@code sql} for every item with JDBC batching in chunks of {@link #batchSize}. When the
   * database refuses a chunk, the item that failed is found exactly (see {@link #locate}) and
   * reported in an {@link IndexedSQLException}; the caller's transaction is then rolled back whole.
   */
  <T> void batch(Connection c, String sql, List<T> items, Binder<T> binder) throws SQLException {
    if (items.isEmpty()) {
      return;
    }
    logBatches(sql, items.size());
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int start = 0; start < items.size(); start += batchSize) {
        int end = Math.min(items.size(), start + batchSize);
        executeChunk(c, ps, items, start, end, binder);
      }
    }
  }

  private <T> int[] executeChunk(Connection c, PreparedStatement ps, List<T> items, int start, int end,
      Binder<T> binder) throws SQLException {
    for (int i = start; i < end; i++) {
      binder.bind(ps, items.get(i));
      ps.addBatch();
    }
    Savepoint before = c.setSavepoint();
    try {
      int[] counts = ps.executeBatch();
      c.releaseSavepoint(before);
      return counts;
    } catch (BatchUpdateException e) {
      throw new IndexedSQLException(start + locate(c, before, ps, items.subList(start, end), binder, e), e);
    }
  }

  /**
   * The position of the item a refused chunk failed at. Drivers that rewrite a batch into
   * multi-row statements (pgjdbc's reWriteBatchedInserts, MariaDB's bulk protocol) only know the
   * failing statement, so the chunk is rolled back to its savepoint and replayed item by item.
   */
  private static <T> int locate(Connection c, Savepoint before, PreparedStatement ps, List<T> chunk,
      Binder<T> binder, BatchUpdateException e) throws SQLException {
    c.rollback(before);
    ps.clearBatch();
    for (int i = 0; i < chunk.size(); i++) {
      binder.bind(ps, chunk.get(i));
      try {
        ps.executeUpdate();
      } catch (SQLException failed) {
        e.addSuppressed(failed);
        return i;
      }
    }
    return failedPosition(e, chunk.size());
  }

  /**
   * Executes a versioned update ({@code … WHERE … AND version = ?}) for every item in chunks and
   * returns the position of the first item that matched no row (a stale or missing version), or -1.
   * A driver that answers {@link Statement#SUCCESS_NO_INFO} (MariaDB's bulk protocol, MySQL's
   * rewritten batches) tells nothing per row: then {@code verifier} re-reads the chunk. The caller
   * rolls back when an item was not applied.
   */
  <T> int versionedBatch(Connection c, String sql, List<T> items, Binder<T> binder, Verifier<T> verifier)
      throws SQLException {
    if (items.isEmpty()) {
      return -1;
    }
    logBatches(sql, items.size());
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int start = 0; start < items.size(); start += batchSize) {
        int end = Math.min(items.size(), start + batchSize);
        int[] counts = executeChunk(c, ps, items, start, end, binder);
        boolean unknown = counts.length != end - start;
        for (int i = 0; i < counts.length && !unknown; i++) {
          if (counts[i] == 0) {
            return start + i;
          }
          if (counts[i] == Statement.SUCCESS_NO_INFO) {
            unknown = true;
          }
        }
        if (unknown) {
          int bad = verifier.firstNotApplied(c, items.subList(start, end));
          if (bad >= 0) {
            return start + bad;
          }
        }
      }
    }
    return -1;
  }

  /** DEBUG: the statement's head ({@code INSERT INTO gr_member}) and the row count of many rows. */
  private void logBatches(String sql, int rows) {
    if (rows > 1 && LOG.isLoggable(System.Logger.Level.DEBUG)) {
      String[] words = sql.split("\\s+", 4);
      String head = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(3, words.length)));
      LOG.log(System.Logger.Level.DEBUG, "bulk {0}: {1} rows as JDBC batches of up to {2}", head, rows, batchSize);
    }
  }

  private static int failedPosition(BatchUpdateException e, int chunk) {
    int[] counts = e.getUpdateCounts();
    if (counts == null) {
      return 0;
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == Statement.EXECUTE_FAILED) {
        return i;
      }
    }
    // Drivers that stop at the failure report the counts of the items before it.
    return Math.min(counts.length, chunk - 1);
  }
}

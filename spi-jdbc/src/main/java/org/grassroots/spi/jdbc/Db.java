package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.grassroots.district.DistrictId;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.StorageException;

/**
 * Runs every SPI call as one unit of work: a transaction of its own on a connection of the host's
 * pool, or, when the {@link ConnectionProvider} joins the caller's transaction, a savepoint inside
 * it. Serialises the writes of one district behind a row lock (which also hands out the audit
 * sequence), and turns driver exceptions into {@link StorageException}s. Writers of different
 * districts never wait on each other; readers never wait.
 *
 * <p>Logs (through {@link System.Logger}, never a value of a row): a call slower than the slow-call
 * threshold at INFO, with its operation name and duration; a transient failure retried at INFO, with
 * its SQLState and vendor code.
 */
final class Db {
  /** Attempts of a transaction that failed transiently (deadlock, serialisation, lock time-out). */
  private static final int ATTEMPTS = 4;
  /** Slow-call threshold of a provider built without one. */
  static final Duration DEFAULT_SLOW_CALL = Duration.ofSeconds(1);

  private static final System.Logger LOG = System.getLogger(Db.class.getName());

  final ConnectionProvider connections;
  final Dialect dialect;
  final Tables tables;
  /** Inserts and versioned updates of many rows, naming a refused item exactly. */
  final Batches batches;
  private final Set<DistrictId> knownDistricts = ConcurrentHashMap.newKeySet();
  private final String insertDistrict;
  private final String lockDistrict;
  private final String upsertDistrict;
  /** Calls that take at least this long are logged at INFO. */
  private final long slowCallNanos;

  Db(DataSource dataSource, Dialect dialect, Tables tables, int batchSize) {
    this(ConnectionProvider.ownTransactions(dataSource), dialect, tables, batchSize, false, DEFAULT_SLOW_CALL);
  }

  Db(ConnectionProvider connections, Dialect dialect, Tables tables, int batchSize, boolean bulkCopy,
      Duration slowCall) {
    this.slowCallNanos = slowCall.toNanos();
    this.connections = connections;
    this.dialect = dialect;
    this.tables = tables;
    this.batches = new Batches(batchSize, bulkCopy && dialect == Dialect.POSTGRESQL && PgCopy.available());
    this.insertDistrict = "INSERT INTO " + tables.district() + " (district, audit_seq) VALUES (?, 0)";
    this.upsertDistrict = insertDistrict + " ON DUPLICATE KEY UPDATE audit_seq = audit_seq";
    this.lockDistrict =
        "SELECT audit_seq FROM " + tables.district() + " WHERE district = ? FOR UPDATE";
  }

  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  @FunctionalInterface
  interface WriteWork<T> {
    T run(WriteTx tx) throws SQLException;
  }

  /**
   * Runs a read in one transaction (a consistent view across its statements where the engine gives
   * one); when joining, on the caller's transaction, which a failed statement marks rollback-only.
   */
  <T> T read(String operation, Work<T> work) {
    long start = System.nanoTime();
    try {
      if (connections.joinsCallerTransaction()) {
        return joined(operation, work, false);
      }
      return inTransaction(operation, work);
    } finally {
      timed(operation, start);
    }
  }

  /**
   * Runs a write of {@code district} as one unit: locks the district's row, runs the work, appends
   * its audit entries. In own-transaction mode it then commits, and anything thrown rolls
   * everything back; when joining, anything thrown rolls back to the call's savepoint and marks the
   * caller's transaction rollback-only.
   */
  <T> T write(String operation, DistrictId district, WriteWork<T> work) {
    long start = System.nanoTime();
    try {
      if (connections.joinsCallerTransaction()) {
        return joined(operation, c -> locked(c, district, work), true);
      }
      ensureDistrict(operation, district);
      return inTransaction(operation, c -> locked(c, district, work));
    } finally {
      timed(operation, start);
    }
  }

  /** Logs the call at INFO when it took at least the slow-call threshold (failed calls too). */
  private void timed(String operation, long start) {
    long nanos = System.nanoTime() - start;
    if (nanos >= slowCallNanos) {
      LOG.log(System.Logger.Level.INFO, "slow storage call {0}: {1} ms (threshold {2} ms)", operation,
          String.valueOf(nanos / 1_000_000), String.valueOf(slowCallNanos / 1_000_000));
    }
  }

  private <T> T locked(Connection c, DistrictId district, WriteWork<T> work) throws SQLException {
    if (dialect == Dialect.MYSQL && connections.joinsCallerTransaction()) {
      // Under the host's isolation (MySQL's default repeatable read locks gaps), first writers of a
      // district that insert its row and then lock it deadlock each other; an upsert takes the
      // row's exclusive lock at once, so they queue instead.
      try (PreparedStatement ps = c.prepareStatement(upsertDistrict)) {
        ps.setString(1, district.value());
        ps.executeUpdate();
      }
    }
    long seq = lockRow(c, district);
    if (seq < 0) {
      // Joining: the lock row is made inside the caller's transaction (it goes if that rolls back).
      Savepoint before = c.setSavepoint();
      try (PreparedStatement ps = c.prepareStatement(insertDistrict)) {
        ps.setString(1, district.value());
        ps.executeUpdate();
        c.releaseSavepoint(before);
      } catch (SQLException e) {
        if (!dialect.isDuplicateKey(e)) {
          throw e;
        }
        c.rollback(before); // another transaction made it first
      }
      seq = lockRow(c, district);
      if (seq < 0) {
        throw new IllegalStateException("district row vanished: " + district);
      }
    }
    WriteTx tx = new WriteTx(c, district, seq, this);
    T result = work.run(tx);
    tx.flushAudit();
    return result;
  }

  /** Locks the district's row; its audit sequence, or -1 when the row does not exist. */
  private long lockRow(Connection c, DistrictId district) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(lockDistrict)) {
      ps.setString(1, district.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  /** The district's lock row exists before any transaction locks it (own short transaction). */
  private void ensureDistrict(String operation, DistrictId district) {
    if (knownDistricts.contains(district)) {
      return;
    }
    Connection c = null;
    try {
      c = connections.connection();
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement(insertDistrict)) {
        ps.setString(1, district.value());
        ps.executeUpdate();
      } catch (SQLException e) {
        if (!dialect.isDuplicateKey(e)) {
          throw e;
        }
      } finally {
        c.setAutoCommit(auto);
      }
      knownDistricts.add(district);
    } catch (SQLException e) {
      throw translate(operation, e);
    } finally {
      release(c, null);
    }
  }

  /**
   * Runs {@code work} on the caller's transaction, never committing, rolling back or closing it. A
   * write runs after a savepoint and is rolled back to it when it fails; a failed write, or a read
   * whose statement failed, marks the caller's transaction rollback-only.
   */
  private <T> T joined(String operation, Work<T> work, boolean write) {
    Connection c;
    try {
      c = connections.connection();
    } catch (SQLException e) {
      throw translate(operation, e);
    }
    Throwable failure = null;
    try {
      if (c.getAutoCommit()) {
        throw new StorageException("jdbc.noTransaction", operation);
      }
      Savepoint before = write ? c.setSavepoint() : null;
      try {
        T result = work.run(c);
        if (before != null) {
          c.releaseSavepoint(before);
        }
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        failure = e;
        if (before != null) {
          try {
            c.rollback(before);
          } catch (SQLException r) {
            e.addSuppressed(r);
          }
        }
        if (write || e instanceof SQLException) {
          connections.setRollbackOnly(c);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw translate(operation, e);
    } finally {
      release(c, failure);
    }
  }

  private void release(Connection c, Throwable failure) {
    if (c == null) {
      return;
    }
    try {
      connections.release(c);
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }

  private <T> T inTransaction(String operation, Work<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Connection c = null;
      Throwable failure = null;
      try {
        c = connections.connection();
        boolean auto = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
          // Read committed everywhere: MySQL's default repeatable read would take gap locks.
          c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          failure = e;
          rollbackQuietly(c, e);
          throw e;
        } finally {
          if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
            c.setTransactionIsolation(isolation);
          }
          c.setAutoCommit(auto);
        }
      } catch (SQLException e) {
        if (attempt < ATTEMPTS && dialect.isTransient(e)) {
          LOG.log(System.Logger.Level.INFO,
              "storage call {0} failed transiently (SQLState {1}, vendor code {2}); retrying, attempt {3} of {4}",
              operation, e.getSQLState(), String.valueOf(e.getErrorCode()), attempt + 1, ATTEMPTS);
          last = e;
          continue;
        }
        throw translate(operation, e);
      } finally {
        release(c, failure);
      }
    }
    throw translate(operation, last);
  }

  private static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(DriverFailures.sanitized(r));
    }
  }

  /**
   * A driver failure as a storage exception: a duplicate key is a conflict, anything else a
   * failure. The message names the operation, SQLState and vendor code, never the row's values; the
   * driver's exception is kept as cause in its {@linkplain DriverFailures sanitised} form (SQLState,
   * vendor code, class and stack trace, no driver text).
   */
  StorageException translate(String operation, SQLException e) {
    if (e instanceof Batches.IndexedSQLException indexed) {
      e = indexed.sqlCause();
    }
    e = DriverFailures.sanitized(e); // keeps SQLState and vendor code, never a driver's text
    String state = String.valueOf(e.getSQLState());
    if (dialect.isDuplicateKey(e) || state.startsWith("23")) {
      return new ConflictException("jdbc.constraint",
          new Object[] {operation, state, String.valueOf(e.getErrorCode())}, e);
    }
    return new StorageException("jdbc.failure", new Object[] {operation, state, String.valueOf(e.getErrorCode())}, e);
  }

  // ---------------------------------------------------------------- queries

  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Runs {@code sql} with {@code args} bound in order and reads every row. */
  static <T> List<T> query(Connection c, String sql, RowReader<T> reader, Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
      return out;
    }
  }

  /** Keys bound as one array on PostgreSQL ({@code = ANY (?)}): one statement, one plan. */
  private static final int ARRAY_CHUNK = 10_000;

  /**
   * Runs {@code sqlEndingInIn} (a query ending in {@code <column> IN}, district bound first) for
   * {@code keys} and reads every row. On PostgreSQL the keys go as one array parameter ({@code
   * <column> = ANY (?)}), chunks of 10,000, which the server plans once; elsewhere as IN lists of
   * 500 bound parameters. Never values in SQL.
   */
  <T> List<T> queryIn(Connection c, String sqlEndingInIn, DistrictId d, List<String> keys,
      RowReader<T> reader) throws SQLException {
    return queryIn(c, sqlEndingInIn, new Object[] {d.value()}, keys, reader);
  }

  /** {@link #queryIn(Connection, String, DistrictId, List, RowReader)} with other leading parameters. */
  <T> List<T> queryIn(Connection c, String sqlEndingInIn, Object[] leading, List<String> keys,
      RowReader<T> reader) throws SQLException {
    if (!sqlEndingInIn.endsWith(" IN")) {
      throw new IllegalArgumentException("query must end in ' IN': " + sqlEndingInIn);
    }
    List<T> out = new ArrayList<>();
    if (dialect == Dialect.POSTGRESQL) {
      String sql = sqlEndingInIn.substring(0, sqlEndingInIn.length() - 2) + "= ANY (?)";
      for (List<String> chunk : chunks(keys, ARRAY_CHUNK)) {
        java.sql.Array array = c.createArrayOf("varchar", chunk.toArray());
        try {
          Object[] args = java.util.Arrays.copyOf(leading, leading.length + 1);
          args[leading.length] = array;
          out.addAll(query(c, sql, reader, args));
        } finally {
          array.free();
        }
      }
      return out;
    }
    for (List<String> chunk : chunks(keys, 500)) {
      Object[] args = java.util.Arrays.copyOf(leading, leading.length + chunk.size());
      for (int i = 0; i < chunk.size(); i++) {
        args[leading.length + i] = chunk.get(i);
      }
      out.addAll(query(c, sqlEndingInIn + " (" + marks(chunk.size()) + ")", reader, args));
    }
    return out;
  }

  /**
   * The district of a batch: every item must be non-null and of the first item's district; an item
   * of another district fails the batch as not found in this one.
   */
  static <T> DistrictId batchDistrict(String field, List<T> items, java.util.function.Function<T, DistrictId> district) {
    for (int i = 0; i < items.size(); i++) {
      org.grassroots.input.Check.notNull(field + "[" + i + "]", items.get(i));
    }
    DistrictId d = district.apply(items.get(0));
    for (int i = 0; i < items.size(); i++) {
      DistrictId other = district.apply(items.get(i));
      if (!other.equals(d)) {
        throw new org.grassroots.spi.BatchFailedException(i,
            new org.grassroots.spi.NotFoundException("district", other.value()));
      }
    }
    return d;
  }

  // ---------------------------------------------------------------- batches


  /** Chunks of at most {@code size} for IN lists (bound parameters, never values in SQL). */
  static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      out.add(items.subList(i, Math.min(items.size(), i + size)));
    }
    return out;
  }

  /** {@code ?, ?, …} for an IN list of {@code n} bound parameters. */
  static String marks(int n) {
    StringBuilder sb = new StringBuilder(n * 3);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "?" : ", ?");
    }
    return sb.toString();
  }
}

package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.grassroots.district.DistrictId;

/**
 * Refreshes the planner's statistics (统计信息) of the hierarchy tables after bulk loads.
 *
 * <p>Right after a district is imported the planner's statistics still describe the tables as they
 * were (PostgreSQL's autovacuum comes later, InnoDB recalculates in the background): they say the
 * new district has next to no rows, so the recursive query of {@code verifyClosure} gets a
 * nested-loop plan that is quadratic in the district's units (10,000 units took 72 s on
 * PostgreSQL, 53–206 ms once analysed). This class counts the units the provider has written per
 * district and, once a district's new units reach as many again as it had at its last refresh (and
 * at least {@link #MIN_ROWS}), analyses the tables right after the write commits: {@code ANALYZE} on
 * PostgreSQL, {@code ANALYZE TABLE} on the MySQL family; H2 analyses itself as rows change.
 * Doubling as the trigger keeps the refreshes of a long import in calls to a handful (log₂ of its
 * growth).
 *
 * <p>Joined to a host's transaction ({@link ConnectionProvider#joinsCallerTransaction}) nothing is
 * refreshed: the rows commit with the host's work, after the call; a host importing many units that
 * way analyses the tables after its commit (spi-jdbc/README, "Statistics after bulk loads").
 *
 * <p>A refresh is best effort: the write has committed, so a failure (say, a host user who may not
 * analyse the tables) is logged without values and the call still succeeds.
 */
final class Statistics {
  /** Units written since the last refresh from which a refresh is worth its cost. */
  static final long MIN_ROWS = 1_000;

  private static final System.Logger LOG = System.getLogger(Statistics.class.getName());

  private final Db db;
  private final List<String> tables;
  /** Per district: units written since its last refresh, and units it had then. */
  private final Map<DistrictId, long[]> counts = new ConcurrentHashMap<>();
  private final AtomicLong refreshes = new AtomicLong();

  Statistics(Db db, List<String> tables) {
    this.db = db;
    this.tables = List.copyOf(tables);
  }

  /** Counts {@code rows} units of {@code district} just committed; refreshes when due. */
  void written(DistrictId district, long rows) {
    // joined to a host's transaction the rows are not committed yet: analysing now would describe the
    // tables without them, and the host's transaction is not ours to run statements in outside its work
    if (db.dialect == Dialect.H2 || rows <= 0 || db.connections.joinsCallerTransaction()) {
      return;
    }
    long[] c = counts.computeIfAbsent(district, d -> new long[2]);
    synchronized (c) {
      c[0] += rows;
      if (c[0] < Math.max(MIN_ROWS, c[1])) {
        return;
      }
      c[1] += c[0];
      c[0] = 0;
    }
    refresh();
  }

  /** How many refreshes this provider has run (tests and diagnostics). */
  long refreshes() {
    return refreshes.get();
  }

  private void refresh() {
    String verb = db.dialect == Dialect.POSTGRESQL ? "ANALYZE " : "ANALYZE TABLE ";
    try {
      Connection c = db.connections.connection();
      try {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          for (String table : tables) {
            // MySQL answers ANALYZE TABLE with a result set; nothing in it is needed.
            s.execute(verb + table);
          }
          refreshes.incrementAndGet();
          LOG.log(System.Logger.Level.DEBUG, "planner statistics refreshed after a bulk load: {0}", tables);
        } finally {
          c.setAutoCommit(auto);
        }
      } finally {
        db.connections.release(c);
      }
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.WARNING, "statistics refresh after a bulk load failed: SQLState {0}, vendor code {1}",
          e.getSQLState(), e.getErrorCode());
    }
  }
}

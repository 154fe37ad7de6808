package org.grassroots.spi.jdbc;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Driver exceptions without row values (去除数据库驱动异常中的个人信息). A driver's text may quote the
 * statement with its bound values (pgjdbc's {@code BatchUpdateException}: "Batch entry 0 INSERT …
 * VALUES ('…', '110105…', '138…')"), the failing row (PostgreSQL's "Failing row contains (…)") or a
 * value too long (H2): a host logging the storage exception with its chain would log members' ID
 * numbers and phones. So before a driver exception becomes the cause of a storage exception it is
 * replaced by a {@link Sanitized} copy that keeps what a host needs — SQLState, vendor code, the
 * driver's exception class and the stack trace — and drops every message. Its next exceptions,
 * causes and suppressed exceptions are replaced the same way.
 */
final class DriverFailures {
  /** How deep a chain is followed (next exceptions, causes, suppressed); drivers' chains are short. */
  private static final int MAX_DEPTH = 16;

  private DriverFailures() {}

  /**
   * A driver exception as a host may see it: only SQLState, vendor code, class and stack trace.
   * Returns {@code e} itself when it is already sanitised.
   */
  static SQLException sanitized(SQLException e) {
    if (e == null || e instanceof Sanitized) {
      return e;
    }
    return (SQLException) copy(e, new IdentityHashMap<>(), 0);
  }

  /** Any throwable of a driver's chain, copied without its message. */
  private static Throwable copy(Throwable t, Map<Throwable, Throwable> done, int depth) {
    Throwable seen = done.get(t);
    if (seen != null) {
      return seen;
    }
    Sanitized out = t instanceof SQLException sql
        ? new Sanitized(sql.getClass().getName(), sql.getSQLState(), sql.getErrorCode())
        : new Sanitized(t.getClass().getName(), null, 0);
    done.put(t, out);
    out.setStackTrace(t.getStackTrace());
    if (depth >= MAX_DEPTH) {
      return out;
    }
    if (t instanceof SQLException sql) {
      SQLException next = sql.getNextException();
      if (next != null && next != sql && !done.containsKey(next)) {
        out.setNextException((SQLException) copy(next, done, depth + 1));
      }
    }
    Throwable cause = t.getCause();
    if (cause != null && cause != t) {
      out.initCause(copy(cause, done, depth + 1));
    }
    for (Throwable s : t.getSuppressed()) {
      out.addSuppressed(copy(s, done, depth + 1));
    }
    return out;
  }

  /**
   * A driver's exception with its message withheld: the message names the driver's exception class,
   * SQLState and vendor code only.
   */
  static final class Sanitized extends SQLException {
    private static final long serialVersionUID = 1L;
    private final String driverClass;

    Sanitized(String driverClass, String sqlState, int vendorCode) {
      super(driverClass + ": SQLState " + sqlState + ", vendor code " + vendorCode
          + " (the driver's message is withheld: it may quote row values)", sqlState, vendorCode);
      this.driverClass = driverClass;
    }

    /** The class name of the driver's exception this copy stands for. */
    String driverClass() {
      return driverClass;
    }
  }
}

package org.grassroots.spi.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Bulk inserts through PostgreSQL's {@code COPY … FROM STDIN} (text format) when the connection is
 * pgjdbc's. Loaded only when pgjdbc is on the class path ({@link #available}); the adapter does not
 * require it. COPY refuses a whole statement without saying which row failed, so {@link Db#insert}
 * takes a savepoint first and, on failure, replays the rows as JDBC batches, which name the item.
 */
final class PgCopy {
  /** Characters buffered before they are sent (about 64 KB of UTF-8). */
  private static final int FLUSH_AT = 1 << 15;

  private PgCopy() {}

  /** Whether pgjdbc is on the class path. */
  static boolean available() {
    try {
      Class.forName("org.postgresql.PGConnection", false, PgCopy.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Whether {@code c} is (or wraps) a pgjdbc connection; call only when {@link #available}. */
  static boolean supports(Connection c) throws SQLException {
    return c.isWrapperFor(PGConnection.class);
  }

  /** Copies {@code items} into {@code table}'s {@code columns}, in order. */
  static <T> void copyIn(Connection c, String table, String columns, List<T> items, Row.Writer<T> writer)
      throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    TextRow row = new TextRow();
    try (PGCopyOutputStream out =
        new PGCopyOutputStream(pg, "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 16)) {
      for (T item : items) {
        row.start();
        writer.write(row, item);
        row.sb.append('\n');
        if (row.sb.length() >= FLUSH_AT) {
          out.write(row.sb.toString().getBytes(StandardCharsets.UTF_8));
          row.sb.setLength(0);
        }
      }
      out.write(row.sb.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      if (e.getCause() instanceof SQLException s) {
        throw s;
      }
      throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), "58030", e);
    }
  }

  /** A row as a line of COPY text: tab-separated, {@code \N} for null, backslash escapes. */
  private static final class TextRow implements Row {
    final StringBuilder sb = new StringBuilder(FLUSH_AT + 1024);
    private boolean first;

    void start() {
      first = true;
    }

    private StringBuilder next() {
      if (!first) {
        sb.append('\t');
      }
      first = false;
      return sb;
    }

    @Override
    public Row text(String value) {
      StringBuilder b = next();
      if (value == null) {
        b.append("\\N");
        return this;
      }
      for (int i = 0; i < value.length(); i++) {
        char ch = value.charAt(i);
        switch (ch) {
          case '\\' -> b.append("\\\\");
          case '\t' -> b.append("\\t");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          default -> b.append(ch);
        }
      }
      return this;
    }

    @Override
    public Row number(long value) {
      next().append(value);
      return this;
    }

    @Override
    public Row date(LocalDate value) {
      if (value == null) {
        next().append("\\N");
      } else {
        next().append(value);
      }
      return this;
    }

    @Override
    public Row bool(boolean value) {
      next().append(value ? 't' : 'f');
      return this;
    }
  }
}

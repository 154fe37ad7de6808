package org.grassroots.spi.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The values of one row, written column by column in order. One writer per table serves both ways
 * a row reaches the database: bound to a prepared statement ({@link #bound}), or as a line of
 * PostgreSQL {@code COPY} text ({@link PgCopy}), so the two insert paths cannot disagree on a column.
 */
interface Row {
  /** A nullable text column. */
  Row text(String value) throws SQLException;

  /** A whole number column ({@code BIGINT} or {@code INT}). */
  Row number(long value) throws SQLException;

  /** A nullable date column. */
  Row date(LocalDate value) throws SQLException;

  /** A boolean column. */
  Row bool(boolean value) throws SQLException;

  default Row text(Optional<String> value) throws SQLException {
    return text(value.orElse(null));
  }

  /** Writes the columns of an item of type {@code T}. */
  @FunctionalInterface
  interface Writer<T> {
    void write(Row row, T item) throws SQLException;

    /** This writer as a binder of a statement's parameters from 1. */
    default Batches.Binder<T> binder() {
      return (ps, item) -> write(bound(ps, 1), item);
    }
  }

  /** A row bound to {@code ps}'s parameters from {@code first} on. */
  static Row bound(PreparedStatement ps, int first) {
    return new Row() {
      private int i = first;

      @Override
      public Row text(String value) throws SQLException {
        if (value == null) {
          ps.setNull(i++, Types.VARCHAR);
        } else {
          ps.setString(i++, value);
        }
        return this;
      }

      @Override
      public Row number(long value) throws SQLException {
        ps.setLong(i++, value);
        return this;
      }

      @Override
      public Row date(LocalDate value) throws SQLException {
        if (value == null) {
          ps.setNull(i++, Types.DATE);
        } else {
          ps.setObject(i++, value);
        }
        return this;
      }

      @Override
      public Row bool(boolean value) throws SQLException {
        ps.setBoolean(i++, value);
        return this;
      }
    };
  }
}

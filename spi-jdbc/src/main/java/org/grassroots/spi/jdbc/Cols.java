package org.grassroots.spi.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;

/** Binding and reading of nullable columns, the same on every driver. */
final class Cols {
  private Cols() {}

  static void text(PreparedStatement ps, int i, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      ps.setString(i, v.get());
    } else {
      ps.setNull(i, Types.VARCHAR);
    }
  }

  static void date(PreparedStatement ps, int i, LocalDate v) throws SQLException {
    if (v != null) {
      ps.setObject(i, v);
    } else {
      ps.setNull(i, Types.DATE);
    }
  }

  static LocalDate date(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i, LocalDate.class);
  }

  static Optional<String> text(ResultSet rs, int i) throws SQLException {
    return Optional.ofNullable(rs.getString(i));
  }
}

package org.grassroots.spi.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;

/** The columns of an audit entry; the instant is kept as seconds and nanoseconds, exactly. */
final class AuditRows {
  static final String COLUMNS =
      "seq, subject_type, subject_id, action, actor, reason, at_seconds, at_nanos, before_fields,"
          + " after_fields";

  private AuditRows() {}

  /** District then {@link #COLUMNS}: 11 columns. */
  static final String INSERT_COLUMNS = "district, " + COLUMNS;

  static void write(Row row, AuditEntry e) throws SQLException {
    row.text(e.district().value())
        .number(e.sequence())
        .text(e.subjectType())
        .text(e.subjectId())
        .text(e.action())
        .text(e.actor())
        .text(e.reason())
        .number(e.at().getEpochSecond())
        .number(e.at().getNano())
        .text(FieldsCodec.write(e.before()))
        .text(FieldsCodec.write(e.after()));
  }

  static AuditEntry read(ResultSet rs, DistrictId district) throws SQLException {
    return new AuditEntry(
        rs.getLong(1),
        district,
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        Instant.ofEpochSecond(rs.getLong(7), rs.getInt(8)),
        FieldsCodec.read(rs.getString(9)),
        FieldsCodec.read(rs.getString(10)));
  }
}

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

  static String insertSql(Tables t) {
    return "INSERT INTO " + t.audit() + " (district, " + COLUMNS + ") VALUES (" + Db.marks(11) + ")";
  }

  static void bind(PreparedStatement ps, AuditEntry e) throws SQLException {
    ps.setString(1, e.district().value());
    ps.setLong(2, e.sequence());
    ps.setString(3, e.subjectType());
    ps.setString(4, e.subjectId());
    ps.setString(5, e.action());
    ps.setString(6, e.actor());
    ps.setString(7, e.reason());
    ps.setLong(8, e.at().getEpochSecond());
    ps.setInt(9, e.at().getNano());
    ps.setString(10, FieldsCodec.write(e.before()));
    ps.setString(11, FieldsCodec.write(e.after()));
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

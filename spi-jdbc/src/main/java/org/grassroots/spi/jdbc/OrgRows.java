package org.grassroots.spi.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.DivisionCode;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TemporaryMandate;

/** The columns of an organisation unit, shared by the current table and the revision table. */
final class OrgRows {
  static final String COLUMNS =
      "id, kind, name, parent_id, division_code, status, valid_from, valid_to, temp_project,"
          + " temp_ends_on, successor, revision_date, version";

  private OrgRows() {}

  /** {@code COLUMNS} qualified with a table alias. */
  static String columns(String alias) {
    return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
  }

  static String insertSql(String table) {
    return "INSERT INTO " + table + " (district, " + COLUMNS + ") VALUES (" + Db.marks(14) + ")";
  }

  /** Binds district then {@link #COLUMNS}: 14 parameters. */
  static void bind(PreparedStatement ps, OrgUnit u) throws SQLException {
    ps.setString(1, u.district().value());
    ps.setString(2, u.id().value());
    ps.setString(3, u.kind().code());
    ps.setString(4, u.name());
    Cols.text(ps, 5, u.parent().map(OrgUnitId::value));
    Cols.text(ps, 6, u.divisionCode().map(DivisionCode::value));
    ps.setString(7, u.status().name());
    Cols.date(ps, 8, u.validFrom());
    Cols.date(ps, 9, u.validTo().orElse(null));
    Cols.text(ps, 10, u.temporary().map(TemporaryMandate::project));
    Cols.date(ps, 11, u.temporary().map(TemporaryMandate::endsOn).orElse(null));
    Cols.text(ps, 12, u.successor().map(OrgUnitId::value));
    Cols.date(ps, 13, u.revisionDate());
    ps.setLong(14, u.version());
  }

  /** Reads {@link #COLUMNS} starting at column {@code from}. */
  static OrgUnit read(ResultSet rs, int from, DistrictId district) throws SQLException {
    int i = from;
    OrgUnitId id = OrgUnitId.of(rs.getString(i++));
    OrgKind kind = OrgKind.of(rs.getString(i++));
    String name = rs.getString(i++);
    Optional<OrgUnitId> parent = Cols.text(rs, i++).map(OrgUnitId::of);
    Optional<DivisionCode> code = Cols.text(rs, i++).map(DivisionCode::of);
    OrgStatus status = OrgStatus.valueOf(rs.getString(i++));
    var validFrom = Cols.date(rs, i++);
    var validTo = Optional.ofNullable(Cols.date(rs, i++));
    Optional<String> project = Cols.text(rs, i++);
    var endsOn = Cols.date(rs, i++);
    Optional<OrgUnitId> successor = Cols.text(rs, i++).map(OrgUnitId::of);
    var revisionDate = Cols.date(rs, i++);
    long version = rs.getLong(i);
    Optional<TemporaryMandate> temporary =
        project.map(p -> new TemporaryMandate(p, endsOn));
    return new OrgUnit(id, district, kind, name, parent, code, status, validFrom, validTo,
        temporary, successor, revisionDate, version);
  }
}

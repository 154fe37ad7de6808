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
    bindValues(ps, 3, u);
  }

  /** {@code UPDATE … SET <the columns after id> WHERE district, id and the previous version}. */
  static String updateSql(String table) {
    return "UPDATE " + table + " SET " + COLUMNS.substring(COLUMNS.indexOf(',') + 2).replace(",", " = ?,")
        + " = ? WHERE district = ? AND id = ? AND version = ?";
  }

  /** Binds a new state for {@link #updateSql}: expects the stored version to be one less. */
  static void bindUpdate(PreparedStatement ps, OrgUnit u) throws SQLException {
    int next = bindValues(ps, 1, u);
    ps.setString(next, u.district().value());
    ps.setString(next + 1, u.id().value());
    ps.setLong(next + 2, u.version() - 1);
  }

  /** Binds the columns after id (kind … version) from {@code i}; returns the next index. */
  private static int bindValues(PreparedStatement ps, int i, OrgUnit u) throws SQLException {
    ps.setString(i++, u.kind().code());
    ps.setString(i++, u.name());
    Cols.text(ps, i++, u.parent().map(OrgUnitId::value));
    Cols.text(ps, i++, u.divisionCode().map(DivisionCode::value));
    ps.setString(i++, u.status().name());
    Cols.date(ps, i++, u.validFrom());
    Cols.date(ps, i++, u.validTo().orElse(null));
    Cols.text(ps, i++, u.temporary().map(TemporaryMandate::project));
    Cols.date(ps, i++, u.temporary().map(TemporaryMandate::endsOn).orElse(null));
    Cols.text(ps, i++, u.successor().map(OrgUnitId::value));
    Cols.date(ps, i++, u.revisionDate());
    ps.setLong(i++, u.version());
    return i;
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

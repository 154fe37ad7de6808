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

  /** District then {@link #COLUMNS}: 14 columns. */
  static final String INSERT_COLUMNS = "district, " + COLUMNS;

  /** Writes district then {@link #COLUMNS}: 14 values. */
  static void write(Row row, OrgUnit u) throws SQLException {
    writeValues(row.text(u.district().value()).text(u.id().value()), u);
  }

  /** {@code UPDATE … SET <the columns after id> WHERE district, id and the previous version}. */
  static String updateSql(String table) {
    return "UPDATE " + table + " SET " + COLUMNS.substring(COLUMNS.indexOf(',') + 2).replace(",", " = ?,")
        + " = ? WHERE district = ? AND id = ? AND version = ?";
  }

  /** Binds a new state for {@link #updateSql}: expects the stored version to be one less. */
  static void bindUpdate(PreparedStatement ps, OrgUnit u) throws SQLException {
    writeValues(Row.bound(ps, 1), u).text(u.district().value()).text(u.id().value()).number(u.version() - 1);
  }

  /** Writes the columns after id (kind … version). */
  private static Row writeValues(Row row, OrgUnit u) throws SQLException {
    return row.text(u.kind().code())
        .text(u.name())
        .text(u.parent().map(OrgUnitId::value))
        .text(u.divisionCode().map(DivisionCode::value))
        .text(u.status().name())
        .date(u.validFrom())
        .date(u.validTo().orElse(null))
        .text(u.temporary().map(TemporaryMandate::project))
        .date(u.temporary().map(TemporaryMandate::endsOn).orElse(null))
        .text(u.successor().map(OrgUnitId::value))
        .date(u.revisionDate())
        .number(u.version());
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

package org.grassroots.spi.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.members.PhoneNumber;

/** The columns of a member; personal data in the form the integrator's codec chooses. */
final class MemberRows {
  private final PersonalDataCodec codec;
  private final Tables t;

  MemberRows(Tables t, PersonalDataCodec codec) {
    this.t = t;
    this.codec = codec;
  }

  static final String COLUMNS =
      "id, name, id_number, phone, organization, serving_community, in_service, household, active,"
          + " version";

  String insertSql() {
    return "INSERT INTO " + t.member() + " (district, " + COLUMNS + ") VALUES (" + Db.marks(11) + ")";
  }

  /** Binds district then {@link #COLUMNS}: 11 parameters. */
  void bind(PreparedStatement ps, Member m) throws SQLException {
    ps.setString(1, m.district().value());
    ps.setString(2, m.id().value());
    bindValues(ps, 3, m);
  }

  /** {@code UPDATE … SET <the columns after id> WHERE district, id and the previous version}. */
  String updateSql() {
    return "UPDATE " + t.member() + " SET " + COLUMNS.substring(COLUMNS.indexOf(',') + 2).replace(",", " = ?,")
        + " = ? WHERE district = ? AND id = ? AND version = ?";
  }

  /** Binds a new state for {@link #updateSql}: expects the stored version to be one less. */
  void bindUpdate(PreparedStatement ps, Member m) throws SQLException {
    int next = bindValues(ps, 1, m);
    ps.setString(next, m.district().value());
    ps.setString(next + 1, m.id().value());
    ps.setLong(next + 2, m.version() - 1);
  }

  private int bindValues(PreparedStatement ps, int i, Member m) throws SQLException {
    ps.setString(i++, m.name());
    ps.setString(i++, codec.encode(PersonalDataCodec.ID_NUMBER, m.idNumber().reveal()));
    Cols.text(ps, i++, m.phone().map(p -> codec.encode(PersonalDataCodec.PHONE, p.reveal())));
    ps.setString(i++, m.organization().value());
    Cols.text(ps, i++, m.servingCommunity().map(OrgUnitId::value));
    ps.setBoolean(i++, m.inService());
    Cols.text(ps, i++, m.household().map(OrgUnitId::value));
    ps.setBoolean(i++, m.active());
    ps.setLong(i++, m.version());
    return i;
  }

  Member read(ResultSet rs, DistrictId district) throws SQLException {
    return new Member(
        MemberId.of(rs.getString(1)),
        district,
        rs.getString(2),
        IdNumber.parse(codec.decode(PersonalDataCodec.ID_NUMBER, rs.getString(3))),
        Cols.text(rs, 4).map(p -> PhoneNumber.parse(codec.decode(PersonalDataCodec.PHONE, p))),
        OrgUnitId.of(rs.getString(5)),
        Cols.text(rs, 6).map(OrgUnitId::of),
        rs.getBoolean(7),
        Cols.text(rs, 8).map(OrgUnitId::of),
        rs.getBoolean(9),
        rs.getLong(10));
  }
}

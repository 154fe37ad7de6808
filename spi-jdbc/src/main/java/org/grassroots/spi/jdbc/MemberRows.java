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

/** The columns of a member. */
final class MemberRows {
  static final String COLUMNS =
      "id, name, id_number, phone, organization, serving_community, in_service, household, active,"
          + " version";

  private MemberRows() {}

  static String insertSql(Tables t) {
    return "INSERT INTO " + t.member() + " (district, " + COLUMNS + ") VALUES (" + Db.marks(11) + ")";
  }

  /** Binds district then {@link #COLUMNS}: 11 parameters. */
  static void bind(PreparedStatement ps, Member m) throws SQLException {
    ps.setString(1, m.district().value());
    ps.setString(2, m.id().value());
    ps.setString(3, m.name());
    ps.setString(4, m.idNumber().reveal());
    Cols.text(ps, 5, m.phone().map(PhoneNumber::reveal));
    ps.setString(6, m.organization().value());
    Cols.text(ps, 7, m.servingCommunity().map(OrgUnitId::value));
    ps.setBoolean(8, m.inService());
    Cols.text(ps, 9, m.household().map(OrgUnitId::value));
    ps.setBoolean(10, m.active());
    ps.setLong(11, m.version());
  }

  static Member read(ResultSet rs, DistrictId district) throws SQLException {
    return new Member(
        MemberId.of(rs.getString(1)),
        district,
        rs.getString(2),
        IdNumber.parse(rs.getString(3)),
        Cols.text(rs, 4).map(PhoneNumber::parse),
        OrgUnitId.of(rs.getString(5)),
        Cols.text(rs, 6).map(OrgUnitId::of),
        rs.getBoolean(7),
        Cols.text(rs, 8).map(OrgUnitId::of),
        rs.getBoolean(9),
        rs.getLong(10));
  }
}

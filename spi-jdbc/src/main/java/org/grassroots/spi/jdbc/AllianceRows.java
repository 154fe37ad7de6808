package org.grassroots.spi.jdbc;

import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.alliance.AllianceMembership;
import org.grassroots.alliance.ConvenerRotation;
import org.grassroots.alliance.MemberUnitKind;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;

/**
 * The columns of an alliance and of its memberships (a child table, in list order). The rotation
 * order is a comma-separated list of unit ids: ids cannot contain a comma.
 */
final class AllianceRows {
  static final String COLUMNS =
      "id, name, anchor, rotation_order, rotation_start, rotation_turn, version";
  static final String MEMBERSHIP_COLUMNS = "unit_id, pos, name, kind, joined_on, left_on";

  private AllianceRows() {}

  static String insertSql(Tables t) {
    return "INSERT INTO " + t.alliance() + " (district, " + COLUMNS + ") VALUES (" + Db.marks(8) + ")";
  }

  static String insertMembershipSql(Tables t) {
    return "INSERT INTO " + t.allianceMembership() + " (district, alliance_id, " + MEMBERSHIP_COLUMNS
        + ") VALUES (" + Db.marks(8) + ")";
  }

  static void bind(PreparedStatement ps, Alliance a) throws SQLException {
    ps.setString(1, a.district().value());
    ps.setString(2, a.id().value());
    ps.setString(3, a.name());
    ps.setString(4, a.anchor().value());
    if (a.rotation().isPresent()) {
      ConvenerRotation r = a.rotation().get();
      ps.setString(5, Joiner.on(',').join(r.order()));
      ps.setObject(6, r.start());
      ps.setString(7, r.turn().toString());
    } else {
      ps.setNull(5, Types.VARCHAR);
      ps.setNull(6, Types.DATE);
      ps.setNull(7, Types.VARCHAR);
    }
    ps.setLong(8, a.version());
  }

  /** A membership row: the alliance and the membership's position in its list. */
  record MembershipRow(Alliance alliance, int pos, AllianceMembership m) {}

  static void bindMembership(PreparedStatement ps, MembershipRow row) throws SQLException {
    ps.setString(1, row.alliance().district().value());
    ps.setString(2, row.alliance().id().value());
    ps.setString(3, row.m().unitId());
    ps.setInt(4, row.pos());
    ps.setString(5, row.m().name());
    ps.setString(6, row.m().kind().name());
    ps.setObject(7, row.m().joinedOn());
    Cols.date(ps, 8, row.m().leftOn().orElse(null));
  }

  static List<MembershipRow> membershipRows(Alliance a) {
    ImmutableList.Builder<MembershipRow> b = ImmutableList.builder();
    for (int i = 0; i < a.memberships().size(); i++) {
      b.add(new MembershipRow(a, i, a.memberships().get(i)));
    }
    return b.build();
  }

  /** An alliance from the values of {@link #COLUMNS} in order, with its memberships. */
  static Alliance fromValues(Object[] v, DistrictId district, List<AllianceMembership> memberships) {
    Optional<ConvenerRotation> rotation = Optional.empty();
    if (v[3] != null) {
      rotation = Optional.of(new ConvenerRotation(
          ImmutableList.copyOf(Splitter.on(',').split((String) v[3])),
          (java.time.LocalDate) v[4],
          Period.parse((String) v[5])));
    }
    return new Alliance(AllianceId.of((String) v[0]), district, (String) v[1],
        OrgUnitId.of((String) v[2]), ImmutableList.copyOf(memberships), rotation, (Long) v[6]);
  }

  /** Reads {@link #MEMBERSHIP_COLUMNS} after the alliance id column: unit_id at {@code from}. */
  static AllianceMembership readMembership(ResultSet rs, int from) throws SQLException {
    return new AllianceMembership(
        rs.getString(from),
        rs.getString(from + 2),
        MemberUnitKind.valueOf(rs.getString(from + 3)),
        Cols.date(rs, from + 4),
        Optional.ofNullable(Cols.date(rs, from + 5)));
  }
}

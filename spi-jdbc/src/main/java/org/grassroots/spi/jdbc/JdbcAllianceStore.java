package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.alliance.AllianceMembership;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.spi.AllianceStore;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StaleVersionException;

/** Alliances in one table and their memberships in a child table, in list order. */
final class JdbcAllianceStore implements AllianceStore {
  private static final String T = AuditEntry.ALLIANCE;

  private final Db db;
  private final Tables t;
  private final String select;

  JdbcAllianceStore(Db db) {
    this.db = db;
    this.t = db.tables;
    this.select = "SELECT " + AllianceRows.COLUMNS + " FROM " + t.alliance() + " WHERE district = ?";
  }

  @Override
  public Alliance create(Change change, Alliance alliance) {
    Check.notNull("change", change);
    Check.notNull("alliance", alliance);
    Check.between("alliance.version", alliance.version(), 0, 0);
    return db.write("alliances.create", alliance.district(), tx -> {
      if (!query(tx.c, tx.district, select + " AND id = ?", tx.district.value(), alliance.id().value()).isEmpty()) {
        throw new ConflictException("storage.duplicateId", T, alliance.id().value());
      }
      requireAnchor(tx.c, tx.district, alliance.anchor());
      Alliance stored = alliance.withVersion(1);
      db.batches.batch(tx.c, AllianceRows.insertSql(t), List.of(stored), AllianceRows::bind);
      db.batches.batch(tx.c, AllianceRows.insertMembershipSql(t), AllianceRows.membershipRows(stored),
          AllianceRows::bindMembership);
      tx.audit(T, stored.id().value(), "create", change, null, stored);
      return stored;
    });
  }

  private void requireAnchor(Connection c, DistrictId d, OrgUnitId anchor) throws SQLException {
    if (Db.query(c, "SELECT 1 FROM " + t.unit() + " WHERE district = ? AND id = ?", rs -> 1,
        d.value(), anchor.value()).isEmpty()) {
      throw new NotFoundException(AuditEntry.ORG_UNIT, anchor.value());
    }
  }

  @Override
  public Optional<Alliance> find(DistrictId district, AllianceId id) {
    Check.notNull("district", district);
    Check.notNull("id", id);
    return db.read("alliances.find", c -> {
      List<Alliance> rows = query(c, district, select + " AND id = ?", district.value(), id.value());
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    });
  }

  @Override
  public Alliance update(Change change, Alliance updated) {
    Check.notNull("change", change);
    Check.notNull("updated", updated);
    return db.write("alliances.update", updated.district(), tx -> {
      String id = updated.id().value();
      List<Alliance> rows = query(tx.c, tx.district, select + " AND id = ?", tx.district.value(), id);
      if (rows.isEmpty()) {
        throw new NotFoundException(T, id);
      }
      Alliance current = rows.get(0);
      if (current.version() != updated.version()) {
        throw new StaleVersionException(T, id, updated.version(), current.version());
      }
      requireAnchor(tx.c, tx.district, updated.anchor());
      Alliance stored = updated.withVersion(current.version() + 1);
      try (PreparedStatement ps = tx.c.prepareStatement("UPDATE " + t.alliance()
          + " SET name = ?, anchor = ?, rotation_order = ?, rotation_start = ?, rotation_turn = ?,"
          + " version = ? WHERE district = ? AND id = ? AND version = ?")) {
        ps.setString(1, stored.name());
        ps.setString(2, stored.anchor().value());
        if (stored.rotation().isPresent()) {
          ps.setString(3, String.join(",", stored.rotation().get().order()));
          ps.setObject(4, stored.rotation().get().start());
          ps.setString(5, stored.rotation().get().turn().toString());
        } else {
          ps.setNull(3, java.sql.Types.VARCHAR);
          ps.setNull(4, java.sql.Types.DATE);
          ps.setNull(5, java.sql.Types.VARCHAR);
        }
        ps.setLong(6, stored.version());
        ps.setString(7, tx.district.value());
        ps.setString(8, id);
        ps.setLong(9, current.version());
        if (ps.executeUpdate() != 1) {
          throw new StaleVersionException(T, id, updated.version(), current.version());
        }
      }
      try (PreparedStatement ps = tx.c.prepareStatement("DELETE FROM " + t.allianceMembership()
          + " WHERE district = ? AND alliance_id = ?")) {
        ps.setString(1, tx.district.value());
        ps.setString(2, id);
        ps.executeUpdate();
      }
      db.batches.batch(tx.c, AllianceRows.insertMembershipSql(t), AllianceRows.membershipRows(stored),
          AllianceRows::bindMembership);
      tx.audit(T, id, "update", change, current, stored);
      return stored;
    });
  }

  @Override
  public Page<Alliance> list(DistrictId district, PageRequest page) {
    Check.notNull("district", district);
    Check.notNull("page", page);
    return Pages.of(db.read("alliances.list", c -> query(c, district,
        select + " ORDER BY id LIMIT ? OFFSET ?", district.value(), page.limit() + 1, page.offset())), page);
  }

  @Override
  public List<Alliance> byAnchor(DistrictId district, OrgUnitId anchor) {
    Check.notNull("district", district);
    Check.notNull("anchor", anchor);
    return db.read("alliances.byAnchor", c -> List.copyOf(query(c, district,
        select + " AND anchor = ? ORDER BY id", district.value(), anchor.value())));
  }

  /**
   * Alliances with their memberships: the rows first, then the memberships of the id range they
   * span in one query.
   */
  private List<Alliance> query(Connection c, DistrictId d, String sql, Object... args) throws SQLException {
    List<Object[]> heads = Db.query(c, sql, rs -> new Object[] {rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getString(4), Cols.date(rs, 5), rs.getString(6), rs.getLong(7)}, args);
    List<String> ids = heads.stream().map(h -> (String) h[0]).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, List<AllianceMembership>> members = new HashMap<>();
    String lo = ids.stream().min(String::compareTo).orElseThrow();
    String hi = ids.stream().max(String::compareTo).orElseThrow();
    for (Object[] row : Db.query(c, "SELECT alliance_id, " + AllianceRows.MEMBERSHIP_COLUMNS
        + " FROM " + t.allianceMembership()
        + " WHERE district = ? AND alliance_id >= ? AND alliance_id <= ? ORDER BY alliance_id, pos",
        rs -> new Object[] {rs.getString(1), AllianceRows.readMembership(rs, 2)}, d.value(), lo, hi)) {
      members.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((AllianceMembership) row[1]);
    }
    List<Alliance> out = new ArrayList<>(heads.size());
    for (Object[] h : heads) {
      out.add(AllianceRows.fromValues(h, d, members.getOrDefault((String) h[0], List.of())));
    }
    return out;
  }
}

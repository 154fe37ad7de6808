package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.MemberStore;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.HierarchyEdits;
import org.grassroots.spi.StaleVersionException;
import org.grassroots.spi.StorageException;

/**
 * Party members in one table. The ID number and phone are stored whole (the form the SPI hands
 * over); every audit record holds them masked.
 */
final class JdbcMemberStore implements MemberStore {
  private static final String T = AuditEntry.MEMBER;

  private final Db db;
  private final Tables t;
  private final MemberRows rows;
  private final String select;
  private final String updateVersioned;

  JdbcMemberStore(Db db, PersonalDataCodec codec) {
    this.db = db;
    this.t = db.tables;
    this.rows = new MemberRows(t, codec);
    this.select = "SELECT " + MemberRows.COLUMNS + " FROM " + t.member() + " WHERE district = ?";
    this.updateVersioned = rows.updateSql();
  }

  @Override
  public List<Member> createAll(Change change, List<Member> members) {
    Check.notNull("change", change);
    Check.notNull("members", members);
    if (members.isEmpty()) {
      return List.of();
    }
    DistrictId district = Db.batchDistrict("members", members, Member::district);
    return db.write("members.createAll", district, tx -> {
      Set<String> seen = new HashSet<>();
      Map<String, Boolean> units = unitStates(tx.c, district, members);
      Set<String> existing = new HashSet<>(db.queryIn(tx.c, "SELECT id FROM " + t.member()
          + " WHERE district = ? AND id IN", district, members.stream().map(m -> m.id().value()).toList(),
          rs -> rs.getString(1)));
      for (int i = 0; i < members.size(); i++) {
        Member m = members.get(i);
        if (!seen.add(m.id().value()) || existing.contains(m.id().value())) {
          throw new BatchFailedException(i, new ConflictException("storage.duplicateId", T, m.id().value()));
        }
        StorageException bad = checkUnits(m, units);
        if (bad != null) {
          throw new BatchFailedException(i, bad);
        }
      }
      List<Member> stored = members.stream().map(m -> m.withVersion(1)).toList();
      try {
        db.batches.batch(tx.c, rows.insertSql(), stored, rows::bind);
      } catch (Batches.IndexedSQLException e) {
        throw new BatchFailedException(e.index, db.translate("members.createAll", e));
      }
      for (Member m : stored) {
        tx.audit(T, m.id().value(), "create", change, null, m);
      }
      return stored;
    });
  }

  /** Existence (key) and activity (value) of every unit the members refer to. */
  private Map<String, Boolean> unitStates(Connection c, DistrictId d, List<Member> members)
      throws SQLException {
    Set<String> ids = new HashSet<>();
    for (Member m : members) {
      ids.add(m.organization().value());
      m.servingCommunity().ifPresent(u -> ids.add(u.value()));
      m.household().ifPresent(u -> ids.add(u.value()));
    }
    Map<String, Boolean> out = new HashMap<>();
    for (String[] row : db.queryIn(c, "SELECT id, status FROM " + t.unit() + " WHERE district = ? AND id IN",
        d, new ArrayList<>(ids), rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      out.put(row[0], "ACTIVE".equals(row[1]));
    }
    return out;
  }

  /**
   * The first problem with the units {@code m} refers to: every one must exist in the district,
   * and an active member's must be active (so that no unit ends behind its active members' back).
   */
  private static StorageException checkUnits(Member m, Map<String, Boolean> units) {
    List<Optional<OrgUnitId>> refs = List.of(Optional.of(m.organization()), m.servingCommunity(), m.household());
    for (Optional<OrgUnitId> ref : refs) {
      if (ref.isEmpty()) {
        continue;
      }
      String u = ref.get().value();
      Boolean active = units.get(u);
      if (active == null) {
        return new NotFoundException(AuditEntry.ORG_UNIT, u);
      }
      if (m.active() && !active) {
        return new ConflictException("storage.parentInactive", m.id().value(), u);
      }
    }
    return null;
  }

  @Override
  public Optional<Member> find(DistrictId district, MemberId id) {
    Check.notNull("district", district);
    Check.notNull("id", id);
    return db.read("members.find", c -> one(c, district, id.value()));
  }

  private Optional<Member> one(Connection c, DistrictId d, String id) throws SQLException {
    List<Member> rows = query(c, d, select + " AND id = ?", d.value(), id);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private List<Member> query(Connection c, DistrictId d, String sql, Object... args) throws SQLException {
    return Db.query(c, sql, rs -> rows.read(rs, d), args);
  }

  @Override
  public Member update(Change change, Member updated) {
    Check.notNull("change", change);
    Check.notNull("updated", updated);
    return db.write("members.update", updated.district(), tx -> {
      Member current = one(tx.c, tx.district, updated.id().value())
          .orElseThrow(() -> new NotFoundException(T, updated.id().value()));
      if (current.version() != updated.version()) {
        throw new StaleVersionException(T, updated.id().value(), updated.version(), current.version());
      }
      StorageException bad = checkUnits(updated, unitStates(tx.c, tx.district, List.of(updated)));
      if (bad != null) {
        throw bad;
      }
      Member stored = updated.withVersion(current.version() + 1);
      write(tx, List.of(stored));
      tx.audit(T, stored.id().value(), "update", change, current, stored);
      return stored;
    });
  }

  /** Writes new states (version + 1 each, checked against the stored version). */
  private void write(WriteTx tx, List<Member> states) throws SQLException {
    int stale = db.batches.versionedBatch(tx.c, updateVersioned, states, rows::bindUpdate,
        (c, chunk) -> {
          for (int i = 0; i < chunk.size(); i++) {
            Optional<Member> now = one(c, tx.district, chunk.get(i).id().value());
            if (now.isEmpty() || now.get().version() != chunk.get(i).version()) {
              return i;
            }
          }
          return -1;
        });
    if (stale >= 0) {
      Member m = states.get(stale);
      long actual = one(tx.c, tx.district, m.id().value()).map(Member::version).orElse(0L);
      throw new StaleVersionException(T, m.id().value(), m.version() - 1, actual);
    }
  }

  /** A merge moves members whose organisation or serving community is {@code from} to {@code to}. */
  void moveMembers(WriteTx tx, Change change, OrgUnitId from, OrgUnitId to) throws SQLException {
    List<Member> affected = query(tx.c, tx.district,
        select + " AND (organization = ? OR serving_community = ?) ORDER BY id",
        tx.district.value(), from.value(), from.value());
    List<Member> moved = new ArrayList<>();
    for (Member m : affected) {
      moved.add(HierarchyEdits.memberAfter(m, from, to));
    }
    write(tx, moved);
    for (int i = 0; i < moved.size(); i++) {
      tx.audit(T, moved.get(i).id().value(), "merge", change, affected.get(i),
          moved.get(i));
    }
  }

  @Override
  public Page<Member> list(DistrictId district, PageRequest page) {
    Check.notNull("district", district);
    Check.notNull("page", page);
    return Pages.of(db.read("members.list", c -> query(c, district,
        select + " ORDER BY id LIMIT ? OFFSET ?", district.value(), page.limit() + 1, page.offset())), page);
  }

  @Override
  public List<Member> byOrganization(DistrictId district, OrgUnitId organization) {
    Check.notNull("district", district);
    Check.notNull("organization", organization);
    return db.read("members.byOrganization", c -> List.copyOf(query(c, district,
        select + " AND organization = ? ORDER BY id", district.value(), organization.value())));
  }

  @Override
  public List<Member> servingIn(DistrictId district, OrgUnitId community) {
    Check.notNull("district", district);
    Check.notNull("community", community);
    return db.read("members.servingIn", c -> List.copyOf(query(c, district,
        select + " AND serving_community = ? ORDER BY id", district.value(), community.value())));
  }

  @Override
  public long count(DistrictId district) {
    Check.notNull("district", district);
    return db.read("members.count", c -> Pages.count(c,
        "SELECT COUNT(*) FROM " + t.member() + " WHERE district = ?", district));
  }
}

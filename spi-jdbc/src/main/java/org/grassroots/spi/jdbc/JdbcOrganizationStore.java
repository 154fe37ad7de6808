package org.grassroots.spi.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.HierarchyEdits;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.OrganizationStore;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StaleVersionException;
import org.grassroots.spi.StorageException;
import org.grassroots.spi.UnitUpdates;
import org.grassroots.spi.jdbc.ClosureTable.ClosureRow;

/**
 * Organisation units in three tables: the current revision of each unit ({@code parent_id} is the
 * truth of the tree), every revision (history, as-of), and the closure (ancestor, descendant,
 * depth) kept in the same transaction as every create, move and merge, so that subtree, ancestors
 * and roll-ups are plain indexed SQL.
 */
final class JdbcOrganizationStore implements OrganizationStore {
  private static final String T = AuditEntry.ORG_UNIT;
  /** Bound parameters per IN list: well below every driver's limit. */
  private static final int IN_CHUNK = 500;

  private final Db db;
  private final Tables t;
  private final JdbcMemberStore members;
  private final String selectOne;
  private final String updateVersioned;
  private final ClosureTable closure;
  final Statistics statistics;

  JdbcOrganizationStore(Db db, JdbcMemberStore members) {
    this.db = db;
    this.members = members;
    this.t = db.tables;
    this.selectOne =
        "SELECT " + OrgRows.COLUMNS + " FROM " + t.unit() + " WHERE district = ? AND id = ?";
    this.updateVersioned = OrgRows.updateSql(t.unit());
    this.closure = new ClosureTable(db);
    this.statistics = new Statistics(db, List.of(t.unit(), t.revision(), t.closure()));
  }

  // ---------------------------------------------------------------- writes

  @Override
  public List<OrgUnit> createAll(Change change, List<OrgUnit> units) {
    Check.notNull("change", change);
    Check.notNull("units", units);
    if (units.isEmpty()) {
      return List.of();
    }
    DistrictId district = Db.batchDistrict("units", units, OrgUnit::district);
    List<OrgUnit> stored = db.write("organizations.createAll", district, tx -> insertUnits(tx, change, units));
    statistics.written(district, stored.size());
    return stored;
  }

  private List<OrgUnit> insertUnits(WriteTx tx, Change change, List<OrgUnit> units)
      throws SQLException {
    Map<String, Integer> position = new HashMap<>(units.size() * 2);
    int failedAt = Integer.MAX_VALUE;
    StorageException failure = null;
    for (int i = 0; i < units.size() && i < failedAt; i++) {
      if (position.putIfAbsent(units.get(i).id().value(), i) != null) {
        failedAt = i;
        failure = new ConflictException("storage.duplicateId", T, units.get(i).id().value());
      }
    }
    // Ids that exist already.
    List<String> ids = units.stream().map(u -> u.id().value()).toList();
    for (String existing : existingIds(tx.c, tx.district, ids)) {
      int i = position.get(existing);
      if (i < failedAt) {
        failedAt = i;
        failure = new ConflictException("storage.duplicateId", T, existing);
      }
    }
    // Parents outside the batch: their status and their ancestors.
    // A parent counts as in the batch only when it comes earlier; any other is looked up.
    List<String> outside = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      int self = i;
      units.get(i).parent().map(OrgUnitId::value)
          .filter(p -> !(position.containsKey(p) && position.get(p) < self)).ifPresent(outside::add);
    }
    List<String> outsideIds = outside.stream().distinct().toList();
    Map<String, OrgStatus> outsideStatus = statuses(tx.c, tx.district, outsideIds);
    for (int i = 0; i < units.size() && i < failedAt; i++) {
      OrgUnit u = units.get(i);
      if (u.parent().isEmpty()) {
        continue;
      }
      String p = u.parent().get().value();
      Integer at = position.get(p);
      OrgStatus status = at != null && at < i ? units.get(at).status() : outsideStatus.get(p);
      if (status == null) {
        failedAt = i;
        failure = new NotFoundException(T, p);
      } else if (!status.isActive()) {
        failedAt = i;
        failure = new ConflictException("storage.parentInactive", u.id().value(), p);
      }
    }
    if (failure != null) {
      throw new BatchFailedException(failedAt, failure);
    }
    Map<String, List<ClosureRow>> chains = closure.ancestorChains(tx.c, tx.district, outsideIds);
    List<ClosureRow> rows = new ArrayList<>(units.size() * 6);
    int[] owner = new int[units.size() * 8];
    List<OrgUnit> stored = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      OrgUnit u = units.get(i);
      String id = u.id().value();
      List<ClosureRow> chain = new ArrayList<>();
      chain.add(new ClosureRow(id, id, 0));
      if (u.parent().isPresent()) {
        for (ClosureRow r : chains.get(u.parent().get().value())) {
          chain.add(new ClosureRow(r.ancestor(), id, r.depth() + 1));
        }
      }
      chains.put(id, chain);
      if (owner.length < rows.size() + chain.size()) {
        owner = java.util.Arrays.copyOf(owner, 2 * (rows.size() + chain.size()));
      }
      java.util.Arrays.fill(owner, rows.size(), rows.size() + chain.size(), i);
      rows.addAll(chain);
      stored.add(u.withVersion(1));
    }
    // The database may still refuse an item the checks passed (a row written behind the
    // provider's back): the batch names the item where the driver tells which row failed, and
    // the transaction rolls back everything.
    String op = "organizations.createAll";
    try {
      db.batches.insert(tx.c, t.unit(), OrgRows.INSERT_COLUMNS, stored, OrgRows::write);
      db.batches.insert(tx.c, t.revision(), OrgRows.INSERT_COLUMNS, stored, OrgRows::write);
    } catch (Batches.IndexedSQLException e) {
      throw new BatchFailedException(e.index, db.translate(op, e));
    }
    try {
      closure.insert(tx.c, tx.district, rows);
    } catch (Batches.IndexedSQLException e) {
      throw new BatchFailedException(owner[e.index], db.translate(op, e));
    }
    for (OrgUnit u : stored) {
      tx.audit(T, u.id().value(), "create", change, null, u);
    }
    return List.copyOf(stored);
  }

  private List<String> existingIds(Connection c, DistrictId d, List<String> ids) throws SQLException {
    return db.queryIn(c, "SELECT id FROM " + t.unit() + " WHERE district = ? AND id IN", d, ids,
        rs -> rs.getString(1));
  }

  private Map<String, OrgStatus> statuses(Connection c, DistrictId d, List<String> ids) throws SQLException {
    Map<String, OrgStatus> out = new HashMap<>();
    for (String[] row : db.queryIn(c, "SELECT id, status FROM " + t.unit() + " WHERE district = ? AND id IN",
        d, ids, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
      out.put(row[0], OrgStatus.valueOf(row[1]));
    }
    return out;
  }

  @Override
  public List<OrgUnit> updateAll(Change change, List<OrgUnit> units) {
    Check.notNull("change", change);
    Check.notNull("units", units);
    if (units.isEmpty()) {
      return List.of();
    }
    DistrictId district = Db.batchDistrict("units", units, OrgUnit::district);
    return db.write("organizations.updateAll", district, tx -> {
      Map<String, OrgUnit> stored = new HashMap<>(units.size() * 2);
      for (OrgUnit u : db.queryIn(tx.c, "SELECT " + OrgRows.COLUMNS + " FROM " + t.unit()
          + " WHERE district = ? AND id IN", tx.district, units.stream().map(u -> u.id().value()).toList(),
          rs -> OrgRows.read(rs, 1, tx.district))) {
        stored.put(u.id().value(), u);
      }
      UnitUpdates checks = new UnitUpdates();
      List<OrgUnit> next = new ArrayList<>(units.size());
      for (int i = 0; i < units.size(); i++) {
        OrgUnit updated = units.get(i);
        OrgUnit current = stored.get(updated.id().value());
        checks.check(i, current, updated, unit -> activeDependants(tx.c, tx.district, unit.value()));
        next.add(updated.withVersion(current.version() + 1));
      }
      writeRevisions(tx, next);
      for (OrgUnit u : next) {
        tx.audit(T, u.id().value(), "update", change, stored.get(u.id().value()), u);
      }
      return List.copyOf(next);
    });
  }

  @Override
  public OrgUnit move(Change change, DistrictId district, OrgUnitId id, long expectedVersion,
      OrgUnitId newParent, LocalDate on) {
    Check.notNull("change", change);
    Check.notNull("district", district);
    Check.notNull("id", id);
    Check.notNull("on", on);
    return db.write("organizations.move", district, tx -> {
      HierarchyEdits.Edit<OrgUnit> move =
          HierarchyEdits.planMove(view(tx), id, expectedVersion, newParent, on);
      closure.reparent(tx, id.value(), newParent == null ? null : newParent.value());
      writeRevisions(tx, List.of(move.after()));
      tx.audit(T, id.value(), "move", change, move.before(), move.after());
      return move.after();
    });
  }

  @Override
  public OrgUnit merge(Change change, DistrictId district, OrgUnitId absorbed, long absorbedVersion,
      OrgUnitId survivor, LocalDate on) {
    Check.notNull("change", change);
    Check.notNull("district", district);
    Check.notNull("absorbed", absorbed);
    Check.notNull("survivor", survivor);
    Check.notNull("on", on);
    return db.write("organizations.merge", district, tx -> {
      HierarchyEdits.MergePlan plan =
          HierarchyEdits.planMerge(view(tx), absorbed, absorbedVersion, survivor, on);
      List<OrgUnit> changed = new ArrayList<>();
      for (HierarchyEdits.Edit<OrgUnit> child : plan.children()) {
        closure.reparent(tx, child.before().id().value(), survivor.value());
        changed.add(child.after());
      }
      changed.add(plan.absorbed().after());
      writeRevisions(tx, changed);
      for (HierarchyEdits.Edit<OrgUnit> child : plan.children()) {
        tx.audit(T, child.before().id().value(), "merge", change, child.before(),
            child.after());
      }
      members.moveMembers(tx, change, absorbed, survivor);
      tx.audit(T, absorbed.value(), "merge", change, plan.absorbed().before(),
          plan.absorbed().after());
      return plan.absorbed().after();
    });
  }

  /** The district's current tree as the planner reads it, inside the write. */
  private HierarchyEdits.View<SQLException> view(WriteTx tx) {
    return new HierarchyEdits.View<>() {
      @Override
      public Optional<OrgUnit> current(OrgUnitId id) throws SQLException {
        return JdbcOrganizationStore.this.current(tx.c, tx.district, id.value());
      }

      @Override
      public boolean isBelow(OrgUnitId unit, OrgUnitId root) throws SQLException {
        return !unit.equals(root) && closure.isAncestor(tx.c, tx.district, root.value(), unit.value());
      }

      @Override
      public List<OrgUnit> children(OrgUnitId parent) throws SQLException {
        return JdbcOrganizationStore.this.children(tx.c, tx.district, parent.value());
      }
    };
  }

  /** Active children plus active members whose organisation or serving community is the unit. */
  private long activeDependants(Connection c, DistrictId d, String id) throws SQLException {
    return countWith(c, "SELECT COUNT(*) FROM " + t.unit()
            + " WHERE district = ? AND parent_id = ? AND status = 'ACTIVE'", d.value(), id)
        + countWith(c, "SELECT COUNT(*) FROM " + t.member() + " WHERE district = ? AND active = TRUE"
            + " AND (organization = ? OR serving_community = ?)", d.value(), id, id);
  }

  private static long countWith(Connection c, String sql, Object... args) throws SQLException {
    return Db.query(c, sql, rs -> rs.getLong(1), args).get(0);
  }

  /** Writes new current states (version + 1 each, checked) and their revisions. */
  private void writeRevisions(WriteTx tx, List<OrgUnit> states) throws SQLException {
    int stale = db.batches.versionedBatch(tx.c, updateVersioned, states,
        OrgRows::bindUpdate, (c, chunk) -> firstNotApplied(c, tx.district, chunk));
    if (stale >= 0) {
      OrgUnit u = states.get(stale);
      long actual = current(tx.c, tx.district, u.id().value()).map(OrgUnit::version).orElse(0L);
      throw new StaleVersionException(T, u.id().value(), u.version() - 1, actual);
    }
    db.batches.insert(tx.c, t.revision(), OrgRows.INSERT_COLUMNS, states, OrgRows::write);
  }

  /** The first unit of {@code chunk} whose stored version is not its new version. */
  private int firstNotApplied(Connection c, DistrictId d, List<OrgUnit> chunk) throws SQLException {
    Map<String, Long> versions = new HashMap<>();
    for (Object[] row : db.queryIn(c, "SELECT id, version FROM " + t.unit() + " WHERE district = ? AND id IN",
        d, chunk.stream().map(u -> u.id().value()).toList(), rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
      versions.put((String) row[0], (Long) row[1]);
    }
    for (int i = 0; i < chunk.size(); i++) {
      Long v = versions.get(chunk.get(i).id().value());
      if (v == null || v != chunk.get(i).version()) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- reads

  private Optional<OrgUnit> current(Connection c, DistrictId d, String id) throws SQLException {
    List<OrgUnit> rows = query(c, d, selectOne, d.value(), id);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private static List<OrgUnit> query(Connection c, DistrictId d, String sql, Object... args) throws SQLException {
    return Db.query(c, sql, rs -> OrgRows.read(rs, 1, d), args);
  }

  private List<OrgUnit> children(Connection c, DistrictId d, String parent) throws SQLException {
    return query(c, d, "SELECT " + OrgRows.COLUMNS + " FROM " + t.unit()
        + " WHERE district = ? AND parent_id = ? ORDER BY id", d.value(), parent);
  }

  @Override
  public Optional<OrgUnit> find(DistrictId district, OrgUnitId id) {
    Check.notNull("district", district);
    Check.notNull("id", id);
    return db.read("organizations.find", c -> current(c, district, id.value()));
  }

  @Override
  public List<OrgUnit> children(DistrictId district, OrgUnitId parent) {
    Check.notNull("district", district);
    Check.notNull("parent", parent);
    return db.read("organizations.children", c -> List.copyOf(children(c, district, parent.value())));
  }

  @Override
  public List<OrgUnit> subtree(DistrictId district, OrgUnitId root) {
    Check.notNull("district", district);
    Check.notNull("root", root);
    List<OrgUnit> all = db.read("organizations.subtree", c -> query(c, district,
        "SELECT " + OrgRows.columns("u") + " FROM " + t.closure() + " c JOIN " + t.unit()
            + " u ON u.district = c.district AND u.id = c.descendant"
            + " WHERE c.district = ? AND c.ancestor = ?", district.value(), root.value()));
    if (all.isEmpty()) {
      throw new NotFoundException(T, root.value());
    }
    return preOrder(root, all);
  }

  /** Parent before children, siblings by id (binary order, as {@link OrgUnitId} compares). */
  static List<OrgUnit> preOrder(OrgUnitId root, List<OrgUnit> units) {
    Map<OrgUnitId, List<OrgUnit>> byParent = new HashMap<>();
    OrgUnit top = null;
    for (OrgUnit u : units) {
      if (u.id().equals(root)) {
        top = u;
      } else {
        byParent.computeIfAbsent(u.parent().orElseThrow(), k -> new ArrayList<>()).add(u);
      }
    }
    ImmutableList.Builder<OrgUnit> out = ImmutableList.builderWithExpectedSize(units.size());
    Deque<OrgUnit> stack = new ArrayDeque<>();
    stack.push(top);
    while (!stack.isEmpty()) {
      OrgUnit u = stack.pop();
      out.add(u);
      List<OrgUnit> kids = byParent.get(u.id());
      if (kids != null) {
        kids.sort(Comparator.comparing(OrgUnit::id).reversed());
        kids.forEach(stack::push);
      }
    }
    return out.build();
  }

  @Override
  public List<OrgUnit> ancestors(DistrictId district, OrgUnitId id) {
    Check.notNull("district", district);
    Check.notNull("id", id);
    return db.read("organizations.ancestors", c -> {
      if (current(c, district, id.value()).isEmpty()) {
        throw new NotFoundException(T, id.value());
      }
      return List.copyOf(query(c, district, "SELECT " + OrgRows.columns("u") + " FROM " + t.closure()
          + " c JOIN " + t.unit() + " u ON u.district = c.district AND u.id = c.ancestor"
          + " WHERE c.district = ? AND c.descendant = ? AND c.depth > 0 ORDER BY c.depth",
          district.value(), id.value()));
    });
  }

  @Override
  public Page<OrgUnit> list(DistrictId district, PageRequest page) {
    Check.notNull("district", district);
    Check.notNull("page", page);
    List<OrgUnit> rows = db.read("organizations.list", c -> query(c, district,
        "SELECT " + OrgRows.COLUMNS + " FROM " + t.unit()
            + " WHERE district = ? ORDER BY id LIMIT ? OFFSET ?",
        district.value(), page.limit() + 1, page.offset()));
    return Pages.of(rows, page);
  }

  @Override
  public long count(DistrictId district) {
    Check.notNull("district", district);
    return db.read("organizations.count", c -> Pages.count(c,
        "SELECT COUNT(*) FROM " + t.unit() + " WHERE district = ?", district));
  }

  @Override
  public List<OrgUnit> history(DistrictId district, OrgUnitId id) {
    Check.notNull("district", district);
    Check.notNull("id", id);
    List<OrgUnit> all = db.read("organizations.history", c -> List.copyOf(query(c, district,
        "SELECT " + OrgRows.COLUMNS + " FROM " + t.revision()
            + " WHERE district = ? AND id = ? ORDER BY version", district.value(), id.value())));
    if (all.isEmpty()) {
      throw new NotFoundException(T, id.value());
    }
    return all;
  }

  @Override
  public List<OrgUnit> asOf(DistrictId district, LocalDate date) {
    Check.notNull("district", district);
    Check.notNull("date", date);
    List<OrgUnit> inForce = db.read("organizations.asOf", c -> query(c, district,
        "SELECT " + OrgRows.columns("r") + " FROM " + t.revision() + " r"
            + " WHERE r.district = ? AND r.version = (SELECT MAX(x.version) FROM " + t.revision()
            + " x WHERE x.district = r.district AND x.id = r.id AND x.revision_date <= ?)"
            + " ORDER BY r.id", district.value(), date));
    return inForce.stream().filter(u -> u.existsOn(date)).collect(ImmutableList.toImmutableList());
  }
}

package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.StaleVersionException;
import org.grassroots.spi.StarStore;
import org.grassroots.spi.Versioned;
import org.grassroots.stars.StarBook;
import org.grassroots.stars.StarChange;

/**
 * Star books in four tables: the book's row (version, threshold, last period), its changes (one row
 * each, only the publicity ever updated), the current failure counts (replaced on each save), and
 * its trail as the positions of its records in the district's audit table — each record is stored
 * once, in the audit trail, and read back from there with sequence 0 as the book holds it.
 */
final class JdbcStarStore implements StarStore {
  private final Db db;
  private final Tables t;
  private final String trailColumns;

  JdbcStarStore(Db db) {
    this.db = db;
    this.t = db.tables;
    List<String> cols = new ArrayList<>();
    for (String c : AuditRows.COLUMNS.split(",")) {
      cols.add("a." + c.strip());
    }
    this.trailColumns = String.join(", ", cols);
  }

  @Override
  public Versioned<StarBook> save(Change change, RulesetId scheme, long expectedVersion, StarBook book) {
    Check.notNull("change", change);
    Check.notNull("scheme", scheme);
    Check.notNull("book", book);
    DistrictId d = book.district();
    String dv = d.value();
    String sv = scheme.value();
    return db.write("stars.save", d, tx -> {
      Optional<Versioned<StarBook>> cur = load(tx.c, d, scheme);
      long version = cur.map(Versioned::version).orElse(0L);
      if (expectedVersion != version) {
        throw new StaleVersionException(SUBJECT_TYPE, sv, expectedVersion, version);
      }
      StarBook stored = cur.map(Versioned::value).orElse(StarBook.empty(d, book.failuresBeforeRevoke()));
      List<AuditEntry> added = StarStore.checkAppendOnly(scheme, stored, book);
      String lastPeriod = book.lastPeriod().map(Period::toString).orElse(null);
      if (cur.isEmpty()) {
        update(tx.c, "INSERT INTO " + t.starBook() + " (district, scheme, version, failures_before_revoke,"
            + " last_period) VALUES (?, ?, ?, ?, ?)", dv, sv, 1L, book.failuresBeforeRevoke(), lastPeriod);
      } else if (update(tx.c, "UPDATE " + t.starBook() + " SET version = ?, last_period = ?"
          + " WHERE district = ? AND scheme = ? AND version = ?", version + 1, lastPeriod, dv, sv, version) != 1) {
        throw new StaleVersionException(SUBJECT_TYPE, sv, expectedVersion, version);
      }
      List<StarChange> moved = new ArrayList<>();
      for (int i = 0; i < stored.changes().size(); i++) {
        if (!book.changes().get(i).equals(stored.changes().get(i))) {
          moved.add(book.changes().get(i));
        }
      }
      db.batches.batch(tx.c, "UPDATE " + t.starChange() + " SET publicity = ? WHERE district = ? AND scheme = ? AND seq = ?",
          moved, (ps, c) -> {
            ps.setString(1, StarRows.publicity(c.publicity()));
            ps.setString(2, dv);
            ps.setString(3, sv);
            ps.setLong(4, c.sequence());
          });
      db.batches.batch(tx.c, StarRows.insertChangeSql(t), book.changes().subList(stored.changes().size(), book.changes().size()),
          (ps, c) -> StarRows.bindChange(ps, dv, sv, c));
      update(tx.c, "DELETE FROM " + t.starFailure() + " WHERE district = ? AND scheme = ?", dv, sv);
      db.batches.batch(tx.c, "INSERT INTO " + t.starFailure() + " (district, scheme, unit_id, star, failed)"
          + " VALUES (?, ?, ?, ?, ?)", StarRows.failureRows(book.failures()), (ps, r) -> {
            ps.setString(1, dv);
            ps.setString(2, sv);
            ps.setString(3, (String) r[0]);
            ps.setString(4, (String) r[1]);
            ps.setInt(5, (Integer) r[2]);
          });
      List<long[]> trail = new ArrayList<>();
      long pos = stored.trail().size();
      for (AuditEntry e : added) {
        trail.add(new long[] {pos++, tx.audit(e)});
      }
      db.batches.batch(tx.c, "INSERT INTO " + t.starTrail() + " (district, scheme, pos, audit_seq) VALUES (?, ?, ?, ?)",
          trail, (ps, r) -> {
            ps.setString(1, dv);
            ps.setString(2, sv);
            ps.setLong(3, r[0]);
            ps.setLong(4, r[1]);
          });
      tx.audit(SUBJECT_TYPE, sv, "save", change, () -> StarStore.describe(version, stored),
          () -> StarStore.describe(version + 1, book));
      return new Versioned<>(book, version + 1);
    });
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null) {
          ps.setNull(i + 1, java.sql.Types.VARCHAR);
        } else {
          ps.setObject(i + 1, args[i]);
        }
      }
      return ps.executeUpdate();
    }
  }

  /** The stored book with its version, read in the caller's transaction. */
  private Optional<Versioned<StarBook>> load(Connection c, DistrictId d, RulesetId scheme) throws SQLException {
    String dv = d.value();
    String sv = scheme.value();
    List<Object[]> head = Db.query(c, "SELECT version, failures_before_revoke, last_period FROM " + t.starBook()
        + " WHERE district = ? AND scheme = ?", rs -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3)},
        dv, sv);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<StarChange> changes = Db.query(c, "SELECT " + StarRows.CHANGE_COLUMNS + " FROM " + t.starChange()
        + " WHERE district = ? AND scheme = ? ORDER BY seq", StarRows::readChange, dv, sv);
    Map<OrgUnitId, Map<RuleId, Integer>> failures = new LinkedHashMap<>();
    Db.query(c, "SELECT unit_id, star, failed FROM " + t.starFailure() + " WHERE district = ? AND scheme = ?"
        + " ORDER BY unit_id, star", rs -> failures.computeIfAbsent(OrgUnitId.of(rs.getString(1)),
            u -> new LinkedHashMap<>()).put(RuleId.of(rs.getString(2)), rs.getInt(3)), dv, sv);
    List<AuditEntry> trail = Db.query(c, "SELECT " + trailColumns + " FROM " + t.starTrail() + " s JOIN "
        + t.audit() + " a ON a.district = s.district AND a.seq = s.audit_seq"
        + " WHERE s.district = ? AND s.scheme = ? ORDER BY s.pos", rs -> AuditRows.read(rs, d).withSequence(0), dv, sv);
    Object[] h = head.get(0);
    StarBook book = new StarBook(d, (Integer) h[1], Optional.ofNullable((String) h[2]).map(Period::parse), changes,
        failures, trail);
    return Optional.of(new Versioned<>(book, (Long) h[0]));
  }

  @Override
  public Optional<Versioned<StarBook>> find(DistrictId district, RulesetId scheme) {
    Check.notNull("district", district);
    Check.notNull("scheme", scheme);
    return db.read("stars.find", c -> {
      // The book spans several statements; under read committed a save may land between them, so
      // the version is read again after them and the book reloaded if it moved.
      while (true) {
        Optional<Versioned<StarBook>> book = load(c, district, scheme);
        List<Long> now = Db.query(c, "SELECT version FROM " + t.starBook() + " WHERE district = ? AND scheme = ?",
            rs -> rs.getLong(1), district.value(), scheme.value());
        if (book.map(Versioned::version).orElse(0L).equals(now.isEmpty() ? 0L : now.get(0))) {
          return book;
        }
      }
    });
  }

  @Override
  public List<RulesetId> schemes(DistrictId district) {
    Check.notNull("district", district);
    return List.copyOf(db.read("stars.schemes", c -> Db.query(c, "SELECT scheme FROM " + t.starBook()
        + " WHERE district = ? ORDER BY scheme", rs -> RulesetId.of(rs.getString(1)), district.value())));
  }
}

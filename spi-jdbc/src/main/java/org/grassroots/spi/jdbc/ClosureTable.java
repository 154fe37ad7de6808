package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.district.DistrictId;

/**
 * The closure table of the hierarchy (闭包表): one row (ancestor, descendant, depth) for every unit
 * and each of its ancestors, itself at depth 0, written in the same transaction as the units it
 * describes, so that subtrees, ancestors and roll-ups are plain indexed SQL. The organisation store
 * decides what changes; this class reads and writes the rows.
 */
final class ClosureTable {
  private static final String COLUMNS = "district, ancestor, descendant, depth";

  /** One row of the closure: {@code ancestor} is {@code depth} levels above {@code descendant}. */
  record ClosureRow(String ancestor, String descendant, int depth) {}

  private final Db db;
  private final Tables t;
  private final String delete;

  ClosureTable(Db db) {
    this.db = db;
    this.t = db.tables;
    this.delete = "DELETE FROM " + t.closure() + " WHERE district = ? AND ancestor = ? AND descendant = ?";
  }

  /**
   * Inserts {@code rows} in batches.
   *
   * @throws Batches.IndexedSQLException naming the row the database refused
   */
  void insert(Connection c, DistrictId d, List<ClosureRow> rows) throws SQLException {
    db.batches.insert(c, t.closure(), COLUMNS, rows, (row, r) -> write(row, d, r));
  }

  private static void write(Row row, DistrictId d, ClosureRow r) throws SQLException {
    row.text(d.value()).text(r.ancestor()).text(r.descendant()).number(r.depth());
  }

  /** For each unit: its closure rows as descendant (itself at depth 0, then its ancestors). */
  Map<String, List<ClosureRow>> ancestorChains(Connection c, DistrictId d, List<String> ids) throws SQLException {
    Map<String, List<ClosureRow>> out = new HashMap<>();
    for (ClosureRow r : db.queryIn(c, "SELECT ancestor, descendant, depth FROM " + t.closure()
        + " WHERE district = ? AND descendant IN", d, ids,
        rs -> new ClosureRow(rs.getString(1), rs.getString(2), rs.getInt(3)))) {
      out.computeIfAbsent(r.descendant(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** Whether {@code ancestor} is {@code descendant} or above it. */
  boolean isAncestor(Connection c, DistrictId d, String ancestor, String descendant) throws SQLException {
    return !Db.query(c, "SELECT depth FROM " + t.closure()
        + " WHERE district = ? AND ancestor = ? AND descendant = ?", rs -> rs.getInt(1),
        d.value(), ancestor, descendant).isEmpty();
  }

  /**
   * Moves the closure of {@code id}'s subtree: the pairs (old ancestor, member of the subtree) go,
   * the pairs (new ancestor, member) come. Row by row in batches, because MySQL refuses a DELETE
   * with a subquery on its own table.
   */
  void reparent(WriteTx tx, String id, String newParent) throws SQLException {
    DistrictId d = tx.district;
    List<ClosureRow> subtree = Db.query(tx.c, "SELECT descendant, depth FROM " + t.closure()
        + " WHERE district = ? AND ancestor = ?", rs -> new ClosureRow(id, rs.getString(1), rs.getInt(2)),
        d.value(), id);
    List<ClosureRow> oldAncestors = ancestorChains(tx.c, d, List.of(id)).getOrDefault(id, List.of())
        .stream().filter(r -> r.depth() > 0).toList();
    List<ClosureRow> newAncestors = newParent == null ? List.of()
        : ancestorChains(tx.c, d, List.of(newParent)).getOrDefault(newParent, List.of());
    List<ClosureRow> gone = new ArrayList<>();
    List<ClosureRow> come = new ArrayList<>();
    for (ClosureRow s : subtree) {
      for (ClosureRow a : oldAncestors) {
        gone.add(new ClosureRow(a.ancestor(), s.descendant(), 0));
      }
      for (ClosureRow a : newAncestors) {
        come.add(new ClosureRow(a.ancestor(), s.descendant(), a.depth() + 1 + s.depth()));
      }
    }
    db.batches.batch(tx.c, delete, gone, (ps, r) -> {
      ps.setString(1, d.value());
      ps.setString(2, r.ancestor());
      ps.setString(3, r.descendant());
    });
    insert(tx.c, d, come);
  }
}

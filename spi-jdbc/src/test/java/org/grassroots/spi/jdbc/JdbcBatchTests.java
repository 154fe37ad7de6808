package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * Batches in the JDBC adapter: loads across JDBC chunks with the closure, a batch the database
 * refuses halfway or the checks refuse leaves nothing, a stale version inside a batch is found with
 * the driver flags in use, and a broken closure is found and rebuilt.
 */
abstract class JdbcBatchTests extends JdbcAdapterSupport {
  @Test
  void batchLoadsAcrossChunksWithTheClosure() {
    List<OrgUnit> units = tree(2500);
    List<OrgUnit> stored = provider().organizations().createAll(CHANGE, units);
    assertThat(stored).hasSize(units.size()).allMatch(u -> u.version() == 1);
    assertThat(provider().organizations().count(district())).isEqualTo(units.size());
    assertThat(provider().verifyClosure(district())).isZero();
    assertThat(provider().audit().count(district())).isEqualTo(units.size());
  }


  @Test
  void aBatchThatFailsInTheDatabaseHalfwayLeavesNothing() throws SQLException {
    List<OrgUnit> units = tree(2500);
    // A revision row written behind the provider's back: the checks pass, the database refuses
    // item 1700 in the second JDBC chunk, after 1,700 units went to the database.
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO gr_org_unit_rev (district, "
            + OrgRows.COLUMNS + ") VALUES (" + Db.marks(14) + ")")) {
      c.setAutoCommit(true);
      OrgRows.write(Row.bound(ps, 1), units.get(1700).withVersion(1));
      ps.executeUpdate();
    }
    assertThatThrownBy(() -> provider().organizations().createAll(CHANGE, units))
        .isInstanceOf(BatchFailedException.class)
        .satisfies(e -> {
          BatchFailedException b = (BatchFailedException) e;
          assertThat(b.getCause()).isInstanceOf(ConflictException.class);
          // The driver's refusal is kept as the cause, for the host's logs.
          assertThat(b.getCause().getCause()).isInstanceOf(SQLException.class);
          assertThat(b.index()).isEqualTo(1700);
        });
    assertThat(provider().organizations().count(district())).isZero();
    assertThat(provider().audit().count(district())).isZero();
    assertThat(rows("gr_org_closure")).isZero();
    assertThat(rows("gr_org_unit_rev")).isEqualTo(1);
  }

  long rows(String table) throws SQLException {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE district = ?")) {
      ps.setString(1, district().value());
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void aBatchRefusedByTheChecksNamesTheItemAndWritesNothing() {
    create("exists", null);
    List<OrgUnit> units = new ArrayList<>(tree(1500));
    units.set(1234, unit("c1234", "missing-parent"));
    assertThatThrownBy(() -> provider().organizations().createAll(CHANGE, units))
        .isInstanceOf(BatchFailedException.class)
        .satisfies(e -> {
          assertThat(((BatchFailedException) e).index()).isEqualTo(1234);
          assertThat(((BatchFailedException) e).getCause()).isInstanceOf(NotFoundException.class);
        });
    units.set(1234, unit("c1234", "s5"));
    units.set(900, unit("exists", null));
    assertThatThrownBy(() -> provider().organizations().createAll(CHANGE, units))
        .isInstanceOf(BatchFailedException.class)
        .satisfies(e -> assertThat(((BatchFailedException) e).index()).isEqualTo(900));
    assertThat(provider().organizations().count(district())).isEqualTo(1);
    assertThat(provider().audit().count(district())).isEqualTo(1);
  }

  @Test
  void aStaleVersionInsideABatchIsFoundWithTheDriverFlagsInUse() throws SQLException {
    List<OrgUnit> units = provider().organizations().createAll(CHANGE, tree(2300));
    Db db = new Db(dataSource(), provider().dialect(), Tables.withPrefix("gr_"), 1000);
    String sql = "UPDATE gr_org_unit SET name = ?, version = ? WHERE district = ? AND id = ? AND version = ?";
    List<OrgUnit> next = new ArrayList<>();
    for (OrgUnit u : units) {
      next.add(u.withName("新" + u.name(), D0).withVersion(2));
    }
    next.set(1500, next.get(1500).withVersion(7)); // expects version 6: stale
    AtomicInteger verified = new AtomicInteger();
    try (Connection c = dataSource().getConnection()) {
      c.setAutoCommit(false);
      int stale = db.batches.versionedBatch(c, sql, next, (ps, u) -> {
        ps.setString(1, u.name());
        ps.setLong(2, u.version());
        ps.setString(3, u.district().value());
        ps.setString(4, u.id().value());
        ps.setLong(5, u.version() - 1);
      }, (conn, chunk) -> {
        verified.incrementAndGet();
        for (int i = 0; i < chunk.size(); i++) {
          try (PreparedStatement ps = conn.prepareStatement(
              "SELECT version FROM gr_org_unit WHERE district = ? AND id = ?")) {
            ps.setString(1, district().value());
            ps.setString(2, chunk.get(i).id().value());
            try (var rs = ps.executeQuery()) {
              if (!rs.next() || rs.getLong(1) != chunk.get(i).version()) {
                return i;
              }
            }
          }
        }
        return -1;
      });
      c.rollback();
      assertThat(stale).isEqualTo(1500);
    }
    if (kind() == TestDatabases.Kind.MARIADB) {
      // MariaDB's bulk protocol reports SUCCESS_NO_INFO: the re-read found it.
      assertThat(verified.get()).isPositive();
    }
    assertThat(provider().organizations().get(district(), OrgUnitId.of("root")).version()).isEqualTo(1);
  }

  @Test
  void rebuildRepairsABrokenClosure() throws SQLException {
    provider().organizations().createAll(CHANGE, tree(300));
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "DELETE FROM gr_org_closure WHERE district = ? AND ancestor = ? AND descendant <> ancestor")) {
      c.setAutoCommit(true);
      ps.setString(1, district().value());
      ps.setString(2, "s7");
      ps.executeUpdate();
    }
    assertThat(provider().verifyClosure(district())).isEqualTo(5); // s7 had 5 communities
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "INSERT INTO gr_org_closure (district, ancestor, descendant, depth) VALUES (?, ?, ?, ?)")) {
      c.setAutoCommit(true);
      ps.setString(1, district().value());
      ps.setString(2, "s8");
      ps.setString(3, "c56");
      ps.setInt(4, 1);
      ps.executeUpdate();
    }
    assertThat(provider().verifyClosure(district())).isEqualTo(6); // and one row too many
    assertThat(provider().rebuildClosure(district())).isEqualTo(1 + 50 * 2 + 249 * 3);
    assertThat(provider().verifyClosure(district())).isZero();
  }
}

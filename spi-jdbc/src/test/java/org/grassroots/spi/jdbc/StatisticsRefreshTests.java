package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.junit.jupiter.api.Test;

/**
 * A bulk load of units refreshes the planner's statistics of the hierarchy tables once the
 * district's new units reach the threshold (and then each time they double), so that {@code
 * verifyClosure} right after an import is not planned for an empty district; smaller writes do not.
 * Behaviour only: the timing is in BENCHMARKS.md.
 */
abstract class StatisticsRefreshTests {
  private static final Change CHANGE = Change.of("tester", "import", Instant.parse("2024-01-01T08:00:00Z"));
  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  abstract TestDatabases.Kind kind();

  /** Whether this database gets explicit refreshes (H2 analyses itself). */
  abstract boolean refreshes();

  static List<OrgUnit> tree(DistrictId d, String prefix, int n) {
    List<OrgUnit> out = new ArrayList<>();
    out.add(OrgUnit.establish(d, OrgUnitId.of(prefix + "root"), OrgKind.STREET_COMMITTEE, "街道", null, D0));
    for (int i = 1; i < n; i++) {
      out.add(OrgUnit.establish(d, OrgUnitId.of(prefix + i), OrgKind.COMMUNITY_ORG, "社区 " + i,
          OrgUnitId.of(i < 20 ? prefix + "root" : prefix + (i % 19 + 1)), D0));
    }
    return out;
  }

  @Test
  void aBulkLoadRefreshesTheStatisticsAndASmallWriteDoesNot() throws SQLException {
    String prefix = "st" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
    JdbcStorageProvider p = JdbcStorageProvider.builder(TestDatabases.dataSource(kind())).tablePrefix(prefix)
        .schemaMode(SchemaMode.CREATE).personalData(PersonalDataCodec.PLAIN).build();
    DistrictId d = DistrictId.of("stats-" + UUID.randomUUID());
    p.organizations().createAll(CHANGE, tree(d, "a", 300));
    p.organizations().createAll(CHANGE, tree(d, "b", 300));
    assertThat(p.statisticsRefreshes()).isZero();
    assertThat(analysedByHand(prefix)).isFalse();
    p.organizations().createAll(CHANGE, tree(d, "c", 500)); // 1,100 new units in the district
    assertThat(p.statisticsRefreshes()).isEqualTo(refreshes() ? 1 : 0);
    assertThat(analysedByHand(prefix)).isEqualTo(refreshes() && kind() == TestDatabases.Kind.POSTGRESQL);
    p.organizations().createAll(CHANGE, tree(d, "d", 900)); // 900 more: fewer than the 1,100 it had
    assertThat(p.statisticsRefreshes()).isEqualTo(refreshes() ? 1 : 0);
    p.organizations().createAll(CHANGE, tree(d, "e", 300)); // 1,200: it has doubled
    assertThat(p.statisticsRefreshes()).isEqualTo(refreshes() ? 2 : 0);
    DistrictId other = DistrictId.of("stats-" + UUID.randomUUID());
    p.organizations().createAll(CHANGE, tree(other, "a", 1_000)); // a new district is counted on its own
    assertThat(p.statisticsRefreshes()).isEqualTo(refreshes() ? 3 : 0);
    assertThat(p.verifyClosure(d)).isZero();
  }

  /** On PostgreSQL: whether the closure table was analysed by a statement (not by autovacuum). */
  private boolean analysedByHand(String prefix) throws SQLException {
    if (kind() != TestDatabases.Kind.POSTGRESQL) {
      return false;
    }
    try (Connection c = TestDatabases.dataSource(kind()).getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = ?")) {
      ps.setString(1, prefix + "org_closure");
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getBoolean(1);
      }
    }
  }
}

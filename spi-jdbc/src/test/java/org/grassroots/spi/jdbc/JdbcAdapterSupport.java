package org.grassroots.spi.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;

/**
 * What the JDBC adapter tests share: the test database of a subclass, a fresh random district per
 * test, and helpers that build units, members and trees in it. The tests themselves are grouped
 * by concern and run on every test database through the nested classes of {@link JdbcAdapterTests}.
 */
abstract class JdbcAdapterSupport {
  static final LocalDate D0 = LocalDate.of(2024, 1, 1);
  static final Change CHANGE = Change.of("tester", "test", Instant.parse("2024-01-01T08:00:00.123456789Z"));

  abstract TestDatabases.Kind kind();

  JdbcStorageProvider p;
  DistrictId d;

  JdbcStorageProvider provider() {
    if (p == null) {
      p = TestDatabases.provider(kind());
    }
    return p;
  }

  DataSource dataSource() {
    return TestDatabases.dataSource(kind());
  }

  DistrictId district() {
    if (d == null) {
      d = DistrictId.of("d-" + UUID.randomUUID());
    }
    return d;
  }

  OrgUnit unit(String id, String parent) {
    return OrgUnit.establish(district(), OrgUnitId.of(id), OrgKind.COMMUNITY_ORG, "单位 " + id,
        parent == null ? null : OrgUnitId.of(parent), D0);
  }

  OrgUnit create(String id, String parent) {
    return provider().organizations().create(CHANGE, unit(id, parent));
  }

  static IdNumber idNumber(int n) {
    String first = String.format("11010519491231%03d", n % 1000);
    return IdNumber.parse(first + IdNumber.checkCharacter(first));
  }

  Member member(String id, String org) {
    return Member.of(district(), MemberId.of(id), "党员" + id, idNumber(id.hashCode() & 0xffff), OrgUnitId.of(org));
  }

  List<String> ids(List<OrgUnit> units) {
    return units.stream().map(u -> u.id().value()).toList();
  }

  /** A root, 50 streets, and communities under them; parents before children. */
  List<OrgUnit> tree(int n) {
    List<OrgUnit> units = new ArrayList<>();
    units.add(unit("root", null));
    for (int i = 1; i < n; i++) {
      units.add(i <= 50 ? unit("s" + i, "root") : unit("c" + i, "s" + (1 + i % 50)));
    }
    return units;
  }
}

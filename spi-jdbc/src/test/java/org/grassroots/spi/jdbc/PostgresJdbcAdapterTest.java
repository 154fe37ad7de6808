package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.DivisionCode;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TemporaryMandate;
import org.junit.jupiter.api.Test;

class PostgresJdbcAdapterTest extends JdbcAdapterTests {
  @Override
  TestDatabases.Kind kind() {
    return TestDatabases.Kind.POSTGRESQL;
  }

  @Test
  void aBulkLoadGoesThroughCopy() {
    List<OrgUnit> units = tree(2500);
    long before = provider().copiedRows();
    provider().organizations().createAll(CHANGE, units);
    // Units, their first revisions, closure rows (root 1, streets 2, communities 3) and audit.
    long closure = 1 + 50 * 2 + (units.size() - 51) * 3L;
    assertThat(provider().copiedRows() - before).isEqualTo(3L * units.size() + closure);
    assertThat(provider().verifyClosure(district())).isZero();
  }

  /**
   * COPY's text format escapes what JDBC binds as is: the same units loaded both ways (names with
   * backslashes, tabs, quotes and line breaks; every optional column present and absent) give
   * the same rows in every table.
   */
  @Test
  void copyWritesExactlyWhatBatchesWrite() throws SQLException {
    JdbcStorageProvider batches = JdbcStorageProvider.builder(dataSource()).personalData(PersonalDataCodec.PLAIN).bulkCopy(false).build();
    DistrictId viaCopy = DistrictId.of(district().value() + "-copy");
    DistrictId viaBatches = DistrictId.of(district().value() + "-batch");
    long copiedBefore = provider().copiedRows();
    provider().organizations().createAll(CHANGE, awkward(viaCopy));
    batches.organizations().createAll(CHANGE, awkward(viaBatches));
    assertThat(provider().copiedRows()).isGreaterThan(copiedBefore);
    assertThat(batches.copiedRows()).isZero();
    for (String table : List.of("gr_org_unit", "gr_org_unit_rev", "gr_org_closure", "gr_audit")) {
      List<String> a = rowsOf(table, viaCopy);
      assertThat(a).as(table).hasSizeGreaterThanOrEqualTo(40).isEqualTo(rowsOf(table, viaBatches));
    }
    OrgUnit copied = provider().organizations().get(viaCopy, OrgUnitId.of("u-2"));
    assertThat(copied.describe()).isEqualTo(batches.organizations().get(viaBatches, OrgUnitId.of("u-2")).describe());
    assertThat(copied.temporary()).contains(new TemporaryMandate("项目\t2", D0.plusYears(1)));
  }

  private static List<OrgUnit> awkward(DistrictId d) {
    List<OrgUnit> units = new ArrayList<>();
    units.add(OrgUnit.establish(d, OrgUnitId.of("root"), OrgKind.COMMUNITY_ORG, "根 \\N root", null, D0));
    String[] names = {"a\\b", "tab\there", "line\nbreak", "cr\rhere", "quote ' \"", "\\N", "逗号,分号;", "x"};
    for (int i = 0; i < 40; i++) {
      boolean rich = i % 2 == 0;
      units.add(new OrgUnit(OrgUnitId.of("u-" + i), d, rich ? OrgKind.TEMPORARY_BRANCH : OrgKind.COMMUNITY_ORG,
          names[i % names.length] + " " + i, Optional.of(OrgUnitId.of("root")),
          rich ? Optional.of(DivisionCode.of("110101001001")) : Optional.empty(), OrgStatus.ACTIVE, D0,
          Optional.empty(),
          rich ? Optional.of(new TemporaryMandate("项目\t" + i, D0.plusYears(1))) : Optional.empty(),
          Optional.empty(), D0.plusDays(i), 0));
    }
    return units;
  }

  /** Every row of {@code table} in {@code d}, columns after the district joined, in a stable order. */
  private List<String> rowsOf(String table, DistrictId d) throws SQLException {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE district = ?")) {
      ps.setString(1, d.value());
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder sb = new StringBuilder();
          for (int i = 1; i <= n; i++) {
            if (!rs.getMetaData().getColumnName(i).equalsIgnoreCase("district")) {
              sb.append(rs.getString(i)).append('|');
            }
          }
          out.add(sb.toString());
        }
      }
      out.sort(null);
      return out;
    }
  }
}

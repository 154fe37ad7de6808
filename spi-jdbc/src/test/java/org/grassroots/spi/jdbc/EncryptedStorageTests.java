package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.ledgers.EntryId;
import org.grassroots.ledgers.LedgerEntry;
import org.grassroots.ledgers.LedgerKind;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.members.PhoneNumber;
import org.grassroots.ledgers.LedgerRecordKinds;
import org.grassroots.spi.StorageException;
import org.junit.jupiter.api.Test;

/**
 * Members and records stored through the {@link EncryptingPersonalDataCodec}: the raw tables hold no
 * clear ID number, phone or ledger subject; everything reads back equal; members are found by ID
 * number through the keyed hash; a changed stored value is refused; the builder makes the host name
 * its choice.
 */
abstract class EncryptedStorageTests {
  private static final Change CHANGE = Change.of("tester", "encrypted", Instant.parse("2024-01-01T08:00:00Z"));
  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);
  private static final Map<TestDatabases.Kind, JdbcStorageProvider> PROVIDERS = new ConcurrentHashMap<>();
  private static final String SUBJECT = "困难家庭王秘密住幸福里3号楼";

  abstract TestDatabases.Kind kind();

  DataSource dataSource() {
    return TestDatabases.dataSource(kind());
  }

  JdbcStorageProvider provider() {
    return PROVIDERS.computeIfAbsent(kind(), k -> JdbcStorageProvider.builder(dataSource())
        .tablePrefix("enc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_")
        .schemaMode(SchemaMode.CREATE).personalData(EncryptingPersonalDataCodecTest.codecA()).build());
  }

  static IdNumber idNumber(int n) {
    String base = "1101051975061" + String.format("%04d", n);
    return IdNumber.parse(base + IdNumber.checkCharacter(base));
  }

  private List<String[]> rawMembers(DistrictId d) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT id, id_number, phone FROM " + provider().tablePrefix() + "member WHERE district = ? ORDER BY id")) {
      ps.setString(1, d.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
    }
    return out;
  }

  private DistrictId districtWithMembers(int n) {
    DistrictId d = DistrictId.of("enc-" + UUID.randomUUID());
    provider().organizations().create(CHANGE, OrgUnit.establish(d, OrgUnitId.of("org"), OrgKind.COMMUNITY_ORG, "社区", null, D0));
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      members.add(Member.of(d, MemberId.of("m" + i), "党员 " + i, idNumber(i), OrgUnitId.of("org"))
          .withPhone(PhoneNumber.parse(String.format("1391234%04d", i))));
    }
    provider().members().createAll(CHANGE, members);
    return d;
  }

  @Test
  void storedBytesHoldNoClearValueAndReadBackEqual() throws SQLException {
    DistrictId d = districtWithMembers(5);
    List<String[]> raw = rawMembers(d);
    assertThat(raw).hasSize(5);
    for (int i = 0; i < raw.size(); i++) {
      String[] row = raw.get(i);
      int n = Integer.parseInt(row[0].substring(1));
      assertThat(row[1]).startsWith("gr1:").doesNotContain(idNumber(n).reveal()).doesNotContain(idNumber(n).reveal().substring(6, 14));
      assertThat(row[2]).startsWith("gr1::a:").doesNotContain(String.format("1391234%04d", n));
      Member m = provider().members().get(d, MemberId.of(row[0]));
      assertThat(m.idNumber()).isEqualTo(idNumber(n));
      assertThat(m.phone().orElseThrow().reveal()).isEqualTo(String.format("1391234%04d", n));
    }
    LedgerEntry e = LedgerEntry.open(EntryId.of("e1"), LedgerKind.ASSISTANCE, OrgUnitId.of("org"), MemberId.of("m1"),
        D0, SUBJECT);
    provider().records().create(CHANGE, d, LedgerRecordKinds.LEDGER_ENTRY, e);
    assertThat(provider().records().find(d, LedgerRecordKinds.LEDGER_ENTRY, "e1").orElseThrow().value()).isEqualTo(e);
    try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT fields_json FROM " + provider().tablePrefix() + "record WHERE district = ?")) {
      ps.setString(1, d.value());
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).contains("gr1::a:").doesNotContain("王秘密").doesNotContain("幸福里");
      }
    }
  }

  @Test
  void membersAreFoundByIdNumberThroughTheKeyedHash() {
    DistrictId d = districtWithMembers(40);
    assertThat(provider().membersByIdNumber(d, idNumber(17))).extracting(m -> m.id().value()).containsExactly("m17");
    assertThat(provider().membersByIdNumber(d, idNumber(99))).isEmpty();
    assertThat(provider().membersByIdNumber(DistrictId.of("enc-other"), idNumber(17))).isEmpty();
    // the same search on plainly stored members
    JdbcStorageProvider plain = TestDatabases.provider(kind());
    DistrictId p = DistrictId.of("plain-" + UUID.randomUUID());
    plain.organizations().create(CHANGE, OrgUnit.establish(p, OrgUnitId.of("org"), OrgKind.COMMUNITY_ORG, "社区", null, D0));
    plain.members().create(CHANGE, Member.of(p, MemberId.of("x"), "党员", idNumber(3), OrgUnitId.of("org")));
    assertThat(plain.membersByIdNumber(p, idNumber(3))).extracting(m -> m.id().value()).containsExactly("x");
    assertThat(plain.membersByIdNumber(p, idNumber(4))).isEmpty();
  }

  @Test
  void aChangedStoredValueIsRefusedNamingTheFieldOnly() throws SQLException {
    DistrictId d = districtWithMembers(1);
    String stored = rawMembers(d).get(0)[1];
    String changed = stored.substring(0, stored.length() - 6) + (stored.charAt(stored.length() - 6) == 'A' ? 'B' : 'A')
        + stored.substring(stored.length() - 5);
    try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
        "UPDATE " + provider().tablePrefix() + "member SET id_number = ? WHERE district = ?")) {
      c.setAutoCommit(true);
      ps.setString(1, changed);
      ps.setString(2, d.value());
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    assertThatThrownBy(() -> provider().members().get(d, MemberId.of("m0"))).isInstanceOf(StorageException.class)
        .hasMessageContaining("member.idNumber").hasMessageNotContaining(idNumber(0).reveal());
  }

  @Test
  void theBuilderMakesTheHostNameItsChoice() {
    assertThatThrownBy(() -> JdbcStorageProvider.builder(dataSource()).build())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("jdbc.personalDataRequired"))
        .hasMessageContaining("PersonalDataCodec.PLAIN").hasMessageContaining("个人信息");
  }
}

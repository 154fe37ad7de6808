package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.alliance.AllianceMembership;
import org.grassroots.alliance.ConvenerRotation;
import org.grassroots.alliance.MemberUnitKind;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.DivisionCode;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TemporaryMandate;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.members.PhoneNumber;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StaleVersionException;
import org.grassroots.spi.StorageException;
import org.grassroots.spi.StorageProvider;
import org.junit.jupiter.api.Test;

/**
 * What only the JDBC adapter can get wrong, run on every test database by a subclass per database:
 * the closure against {@code parent_id}, binary id order, batches that fail in the middle, stale
 * versions inside a batch under the driver flags in use, schema scripts applied twice and by two
 * applications at once, and concurrent writers. Each test uses a fresh random district. The
 * contract suite of {@code grassroots-spi-testkit} runs in {@link JdbcContractTests}.
 */
abstract class JdbcAdapterTests {
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

  // ------------------------------------------------------------ organisation units

  @Test
  void storesEveryFieldOfAUnitAndAudits() {
    OrgUnit root = create("root", null);
    OrgUnit rich = new OrgUnit(OrgUnitId.of("tmp-1"), district(), OrgKind.TEMPORARY_BRANCH,
        "返迁临时党支部 'quoted' \"x\"", Optional.of(root.id()), Optional.of(DivisionCode.of("110101001001")),
        OrgStatus.ACTIVE, D0, Optional.empty(),
        Optional.of(new TemporaryMandate("首批返迁", D0.plusYears(1))), Optional.empty(), D0.plusDays(3), 0);
    OrgUnit stored = provider().organizations().create(CHANGE, rich);
    assertThat(stored).isEqualTo(rich.withVersion(1));
    assertThat(provider().organizations().get(district(), rich.id())).isEqualTo(stored);
    List<AuditEntry> trail = provider().audit().forSubject(district(), AuditEntry.ORG_UNIT, "tmp-1");
    assertThat(trail).hasSize(1);
    assertThat(trail.get(0).after()).isEqualTo(stored.describe());
    assertThat(trail.get(0).at()).isEqualTo(CHANGE.at());
    assertThat(trail.get(0).sequence()).isEqualTo(2);
  }

  @Test
  void refusesDuplicatesMissingAndInactiveParents() {
    create("a", null);
    assertThatThrownBy(() -> create("a", null)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> create("b", "nobody")).isInstanceOf(NotFoundException.class);
    OrgUnit c = create("c", null);
    provider().organizations().update(CHANGE, c.withEnd(OrgStatus.DISSOLVED, D0.plusDays(1), null));
    assertThatThrownBy(() -> create("e", "c")).isInstanceOf(ConflictException.class);
    assertThat(provider().organizations().count(district())).isEqualTo(2);
  }

  @Test
  void listsInBinaryIdOrderAndPages() {
    for (String id : List.of("b", "B", "_x", "a", "A", "0", "a.b", "a-b", "Z:1")) {
      create(id, null);
    }
    List<String> expected = new ArrayList<>(List.of("b", "B", "_x", "a", "A", "0", "a.b", "a-b", "Z:1"));
    expected.sort(String::compareTo); // binary (UTF-16 = ASCII) order
    var first = provider().organizations().list(district(), PageRequest.first(4));
    var second = provider().organizations().list(district(), first.next().orElseThrow());
    var third = provider().organizations().list(district(), second.next().orElseThrow());
    assertThat(ids(first.items())).isEqualTo(expected.subList(0, 4));
    assertThat(ids(second.items())).isEqualTo(expected.subList(4, 8));
    assertThat(ids(third.items())).isEqualTo(expected.subList(8, 9));
    assertThat(third.hasMore()).isFalse();
    create("kids", null);
    for (String id : List.of("k-b", "k-B", "k-a", "k_A")) {
      create(id, "kids");
    }
    assertThat(ids(provider().organizations().children(district(), OrgUnitId.of("kids"))))
        .containsExactly("k-B", "k-a", "k-b", "k_A");
  }

  @Test
  void subtreeIsPreOrderAndAncestorsNearestFirst() {
    create("r", null);
    create("r.b", "r");
    create("r.a", "r");
    create("r.a.2", "r.a");
    create("r.a.1", "r.a");
    create("r.b.1", "r.b");
    assertThat(ids(provider().organizations().subtree(district(), OrgUnitId.of("r"))))
        .containsExactly("r", "r.a", "r.a.1", "r.a.2", "r.b", "r.b.1");
    assertThat(ids(provider().organizations().ancestors(district(), OrgUnitId.of("r.a.2"))))
        .containsExactly("r.a", "r");
    assertThat(provider().verifyClosure(district())).isZero();
  }

  @Test
  void movesKeepTheClosureWholeAndRefuseCycles() {
    create("r", null);
    create("x", "r");
    create("x1", "x");
    create("x11", "x1");
    create("y", "r");
    OrgUnit moved = provider().organizations().move(CHANGE, district(), OrgUnitId.of("x1"), 1,
        OrgUnitId.of("y"), D0.plusDays(5));
    assertThat(moved.parent()).contains(OrgUnitId.of("y"));
    assertThat(moved.version()).isEqualTo(2);
    assertThat(ids(provider().organizations().ancestors(district(), OrgUnitId.of("x11"))))
        .containsExactly("x1", "y", "r");
    assertThat(provider().verifyClosure(district())).isZero();
    assertThatThrownBy(() -> provider().organizations().move(CHANGE, district(), OrgUnitId.of("y"), 1,
        OrgUnitId.of("x11"), D0.plusDays(6))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> provider().organizations().move(CHANGE, district(), OrgUnitId.of("x1"), 1,
        OrgUnitId.of("r"), D0.plusDays(6))).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> provider().organizations().move(CHANGE, district(), OrgUnitId.of("x1"), 2,
        OrgUnitId.of("r"), D0.plusDays(4))).isInstanceOf(InvalidInputException.class);
    // to the top and back
    provider().organizations().move(CHANGE, district(), OrgUnitId.of("x1"), 2, null, D0.plusDays(7));
    assertThat(ids(provider().organizations().ancestors(district(), OrgUnitId.of("x11"))))
        .containsExactly("x1");
    assertThat(provider().verifyClosure(district())).isZero();
  }

  @Test
  void mergeMovesChildrenAndMembersAndEndsTheAbsorbedUnit() {
    create("r", null);
    create("old", "r");
    create("new", "r");
    create("old.1", "old");
    create("old.1.1", "old.1");
    provider().members().create(CHANGE, member("m1", "old"));
    provider().members().create(CHANGE, member("m2", "r").withDualRegistration(OrgUnitId.of("old")));
    OrgUnit ended = provider().organizations().merge(CHANGE, district(), OrgUnitId.of("old"), 1,
        OrgUnitId.of("new"), D0.plusMonths(1));
    assertThat(ended.status()).isEqualTo(OrgStatus.MERGED);
    assertThat(ended.successor()).contains(OrgUnitId.of("new"));
    assertThat(ids(provider().organizations().subtree(district(), OrgUnitId.of("new"))))
        .containsExactly("new", "old.1", "old.1.1");
    assertThat(provider().members().get(district(), MemberId.of("m1")).organization()).isEqualTo(OrgUnitId.of("new"));
    assertThat(provider().members().get(district(), MemberId.of("m2")).servingCommunity()).contains(OrgUnitId.of("new"));
    assertThat(provider().members().get(district(), MemberId.of("m2")).version()).isEqualTo(2);
    assertThat(provider().verifyClosure(district())).isZero();
    assertThat(provider().audit().forSubject(district(), AuditEntry.ORG_UNIT, "old"))
        .extracting(AuditEntry::action).containsExactly("create", "merge");
    assertThatThrownBy(() -> provider().organizations().merge(CHANGE, district(), OrgUnitId.of("r"), 1,
        OrgUnitId.of("old.1"), D0.plusMonths(2))).isInstanceOf(ConflictException.class);
  }

  @Test
  void updateChecksVersionsImmutableFieldsAndActiveChildren() {
    OrgUnit r = create("r", null);
    create("c", "r");
    OrgUnit renamed = provider().organizations().update(CHANGE, r.withName("新名", D0.plusDays(2)));
    assertThat(renamed.version()).isEqualTo(2);
    assertThatThrownBy(() -> provider().organizations().update(CHANGE, r.withName("x", D0.plusDays(3))))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> provider().organizations().update(CHANGE, renamed.withParent(OrgUnitId.of("c"), D0.plusDays(3))))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> provider().organizations().update(CHANGE, renamed.withEnd(OrgStatus.DISSOLVED, D0.plusDays(3), null)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> provider().organizations().update(CHANGE, unit("ghost", null).withVersion(1)))
        .isInstanceOf(NotFoundException.class);
    assertThat(provider().organizations().get(district(), r.id())).isEqualTo(renamed);
  }

  @Test
  void historyAndTheTreeAsOfADate() {
    OrgUnit r = create("r", null);
    create("s", "r");
    provider().organizations().update(CHANGE, r.withName("改名", D0.plusDays(10)));
    OrgUnit s = provider().organizations().get(district(), OrgUnitId.of("s"));
    provider().organizations().update(CHANGE, s.withEnd(OrgStatus.DISSOLVED, D0.plusDays(20), null));
    assertThat(provider().organizations().history(district(), r.id())).extracting(OrgUnit::version)
        .containsExactly(1L, 2L);
    assertThat(provider().organizations().asOf(district(), D0.plusDays(5)))
        .extracting(OrgUnit::name).containsExactly("单位 r", "单位 s");
    assertThat(provider().organizations().asOf(district(), D0.plusDays(15)))
        .extracting(OrgUnit::name).containsExactly("改名", "单位 s");
    assertThat(ids(provider().organizations().asOf(district(), D0.plusDays(20)))).containsExactly("r");
    assertThat(provider().organizations().asOf(district(), D0.minusDays(1))).isEmpty();
  }

  @Test
  void districtsDoNotSeeEachOther() {
    create("shared-id", null);
    DistrictId other = DistrictId.of("o-" + UUID.randomUUID());
    assertThat(provider().organizations().find(other, OrgUnitId.of("shared-id"))).isEmpty();
    OrgUnit theirs = provider().organizations().create(CHANGE,
        OrgUnit.establish(other, OrgUnitId.of("shared-id"), OrgKind.STREET, "别区", null, D0));
    assertThat(theirs.version()).isEqualTo(1);
    assertThat(provider().organizations().count(other)).isEqualTo(1);
    assertThat(provider().audit().count(other)).isEqualTo(1);
    assertThat(provider().audit().list(other, PageRequest.first(10)).items().get(0).sequence()).isEqualTo(1);
  }

  // ------------------------------------------------------------ batches

  @Test
  void batchLoadsAcrossChunksWithTheClosure() {
    List<OrgUnit> units = tree(2500);
    List<OrgUnit> stored = provider().organizations().createAll(CHANGE, units);
    assertThat(stored).hasSize(units.size()).allMatch(u -> u.version() == 1);
    assertThat(provider().organizations().count(district())).isEqualTo(units.size());
    assertThat(provider().verifyClosure(district())).isZero();
    assertThat(provider().audit().count(district())).isEqualTo(units.size());
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

  // ------------------------------------------------------------ members, alliances, audit

  @Test
  void membersRoundTripWithPersonalDataMaskedInTheTrail() {
    create("org", null);
    create("home", null);
    Member m = member("m-1", "org").withPhone(PhoneNumber.parse("13812345678"))
        .withDualRegistration(OrgUnitId.of("home"));
    Member stored = provider().members().create(CHANGE, m);
    assertThat(provider().members().get(district(), m.id())).isEqualTo(stored);
    assertThat(provider().members().byOrganization(district(), OrgUnitId.of("org"))).containsExactly(stored);
    assertThat(provider().members().servingIn(district(), OrgUnitId.of("home"))).containsExactly(stored);
    AuditEntry e = provider().audit().forSubject(district(), AuditEntry.MEMBER, "m-1").get(0);
    assertThat(e.after().toString()).doesNotContain(m.idNumber().reveal()).doesNotContain("13812345678");
    assertThatThrownBy(() -> provider().members().update(CHANGE, m.withActive(false)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> provider().members().create(CHANGE, member("m-2", "nowhere")))
        .isInstanceOf(NotFoundException.class);
    assertThat(provider().members().update(CHANGE, stored.withActive(false)).version()).isEqualTo(2);
  }

  @Test
  void personalDataIsStoredInTheFormTheIntegratorChooses() throws SQLException {
    // A stand-in for the integrator's encryption: reversible, and never the plain value.
    PersonalDataCodec sealed = new PersonalDataCodec() {
      @Override
      public String encode(String field, String plain) {
        return "sealed:" + field + ":" + java.util.Base64.getEncoder().encodeToString(
            new StringBuilder(plain).reverse().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }

      @Override
      public String decode(String field, String stored) {
        String b64 = stored.substring(("sealed:" + field + ":").length());
        return new StringBuilder(new String(java.util.Base64.getDecoder().decode(b64),
            java.nio.charset.StandardCharsets.UTF_8)).reverse().toString();
      }
    };
    JdbcStorageProvider sealedProvider = JdbcStorageProvider.builder(dataSource()).personalData(sealed).build();
    sealedProvider.organizations().create(CHANGE, unit("org", null));
    Member m = member("m-s", "org").withPhone(PhoneNumber.parse("13912345678"));
    Member stored = sealedProvider.members().create(CHANGE, m);
    assertThat(sealedProvider.members().get(district(), m.id())).isEqualTo(stored);
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT id_number, phone FROM gr_member WHERE district = ? AND id = ?")) {
      ps.setString(1, district().value());
      ps.setString(2, "m-s");
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).startsWith("sealed:member.idNumber:").doesNotContain(m.idNumber().reveal());
        assertThat(rs.getString(2)).startsWith("sealed:member.phone:").doesNotContain("13912345678");
      }
    }
  }

  @Test
  void personalFieldsOfRecordsGoThroughTheCodecAndReadBackPlain() throws SQLException {
    PersonalDataCodec sealed = new PersonalDataCodec() {
      @Override
      public String encode(String field, String plain) {
        return "sealed:" + field + ":" + java.util.Base64.getEncoder().encodeToString(
            plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }

      @Override
      public String decode(String field, String stored) {
        return new String(java.util.Base64.getDecoder().decode(stored.substring(("sealed:" + field + ":").length())),
            java.nio.charset.StandardCharsets.UTF_8);
      }
    };
    JdbcStorageProvider sealedProvider = JdbcStorageProvider.builder(dataSource()).personalData(sealed).build();
    org.grassroots.ledgers.LedgerEntry e = org.grassroots.ledgers.LedgerEntry.open(
        org.grassroots.ledgers.EntryId.of("e1"), org.grassroots.ledgers.LedgerKind.ASSISTANCE, OrgUnitId.of("c1"),
        MemberId.of("m1"), D0, "困难家庭 王某某 低保");
    var kind = org.grassroots.ledgers.LedgerRecordKinds.LEDGER_ENTRY;
    sealedProvider.records().create(CHANGE, district(), kind, e);
    assertThat(sealedProvider.records().find(district(), kind, "e1").orElseThrow().value()).isEqualTo(e);
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT fields_json, owner_id, status FROM gr_record WHERE district = ? AND kind = ? AND id = ?")) {
      ps.setString(1, district().value());
      ps.setString(2, kind.name());
      ps.setString(3, "e1");
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).contains("sealed:ledger-entry.subject:").doesNotContain("王某某");
        assertThat(rs.getString(2)).isEqualTo("c1");
        assertThat(rs.getString(3)).isEqualTo("OPEN");
      }
    }
    assertThat(provider().audit().forSubject(district(), kind.name(), "e1").get(0).after().get("subject"))
        .doesNotContain("王某某");
  }

  @Test
  void alliancesKeepMembershipsInOrderWithTheirRotation() {
    create("street", null);
    Alliance a = Alliance.of(district(), AllianceId.of("big"), "大党工委", OrgUnitId.of("street"))
        .withMembership(AllianceMembership.joined("u-b", "医院", MemberUnitKind.PUBLIC_INSTITUTION, D0))
        .withMembership(AllianceMembership.joined("u-a", "物业", MemberUnitKind.PROPERTY_MANAGER, D0)
            .leaving(D0.plusMonths(6)));
    a = a.withRotation(new ConvenerRotation(ImmutableList.of("u-b", "u-a"), D0, Period.ofMonths(1)));
    Alliance stored = provider().alliances().create(CHANGE, a);
    assertThat(provider().alliances().get(district(), a.id())).isEqualTo(stored);
    Alliance updated = provider().alliances().update(CHANGE,
        stored.withMembership(AllianceMembership.joined("u-c", "企业", MemberUnitKind.NON_PUBLIC_ENTERPRISE, D0)));
    assertThat(provider().alliances().byAnchor(district(), OrgUnitId.of("street"))).containsExactly(updated);
    assertThat(updated.memberships()).extracting(AllianceMembership::unitId).containsExactly("u-b", "u-a", "u-c");
    assertThatThrownBy(() -> provider().alliances().update(CHANGE, stored)).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> provider().alliances().create(CHANGE,
        Alliance.of(district(), AllianceId.of("x"), "x", OrgUnitId.of("nowhere")))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    create("org", null);
    int threads = 6;
    int updates = 15;
    for (int t = 0; t < threads; t++) {
      provider().members().create(CHANGE, member("m" + t, "org"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger stale = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        for (int i = 0; i < updates; i++) {
          // Every thread updates every member once per round: versions collide, nothing is lost.
          for (int m = 0; m < threads; m++) {
            while (true) {
              Member cur = provider().members().get(district(), MemberId.of("m" + m));
              try {
                provider().members().update(CHANGE, cur.withActive(!cur.active()));
                break;
              } catch (StaleVersionException e) {
                stale.incrementAndGet();
              }
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    for (int m = 0; m < threads; m++) {
      assertThat(provider().members().get(district(), MemberId.of("m" + m)).version())
          .isEqualTo(1 + threads * updates);
    }
    long entries = 1 + threads + (long) threads * threads * updates;
    assertThat(provider().audit().count(district())).isEqualTo(entries);
    List<Long> seqs = new ArrayList<>();
    for (var page = provider().audit().list(district(), PageRequest.first(10_000)); ; ) {
      page.items().forEach(e -> seqs.add(e.sequence()));
      if (page.next().isEmpty()) {
        break;
      }
      page = provider().audit().list(district(), page.next().get());
    }
    assertThat(seqs).hasSize((int) entries);
    for (int i = 0; i < seqs.size(); i++) {
      assertThat(seqs.get(i)).isEqualTo(i + 1L);
    }
  }

  // ------------------------------------------------------------ schema

  @Test
  void detectsItsDialect() {
    Dialect expected = switch (kind()) {
      case H2, H2_POSTGRESQL_MODE, H2_MYSQL_MODE -> Dialect.H2;
      case POSTGRESQL -> Dialect.POSTGRESQL;
      case MARIADB -> Dialect.MYSQL;
      case ENVIRONMENT -> provider().dialect();
    };
    assertThat(provider().dialect()).isEqualTo(expected);
  }

  @Test
  void schemaAppliedTwiceAndByTwoApplicationsAtOnceIsSafe() throws Exception {
    String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
    assertThatThrownBy(() -> JdbcStorageProvider.builder(dataSource()).personalData(PersonalDataCodec.PLAIN).tablePrefix(prefix)
        .schemaMode(SchemaMode.VALIDATE).build()).isInstanceOf(StorageException.class);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<JdbcStorageProvider>> starts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      starts.add(pool.submit(() -> JdbcStorageProvider.builder(dataSource()).personalData(PersonalDataCodec.PLAIN).tablePrefix(prefix)
          .schemaMode(SchemaMode.CREATE).build()));
    }
    for (Future<JdbcStorageProvider> f : starts) {
      assertThat(f.get(2, TimeUnit.MINUTES).tablePrefix()).isEqualTo(prefix);
    }
    pool.shutdown();
    JdbcStorageProvider again = JdbcStorageProvider.builder(dataSource()).personalData(PersonalDataCodec.PLAIN).tablePrefix(prefix)
        .schemaMode(SchemaMode.CREATE).build();
    again.organizations().create(CHANGE, unit("only", null));
    assertThat(again.organizations().count(district())).isEqualTo(1);
    assertThat(provider().organizations().count(district())).isZero();
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      for (String[] table : Tables.withPrefix(prefix).expected()) {
        s.execute("DROP TABLE " + table[0]);
      }
    }
  }

  @Test
  void refusesAnUnsafeTablePrefix() {
    for (String bad : List.of("gr; DROP TABLE x", "Gr_", "1gr", "gr-", "a".repeat(25))) {
      assertThatThrownBy(() -> JdbcStorageProvider.builder(dataSource()).tablePrefix(bad))
          .isInstanceOf(InvalidInputException.class);
    }
    assertThat(JdbcStorageProvider.schemaStatements(provider().dialect(), "abc_"))
        .allMatch(s -> s.contains("abc_") && !s.contains("${"));
  }
}

package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.alliance.AllianceMembership;
import org.grassroots.alliance.ConvenerRotation;
import org.grassroots.alliance.MemberUnitKind;
import org.grassroots.audit.AuditEntry;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.members.PhoneNumber;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * Members, records, alliances and the audit trail in the JDBC adapter: personal data masked in the
 * trail and stored in the form the integrator chooses, memberships kept in order, and concurrent
 * writers that lose nothing.
 */
abstract class JdbcMemberTests extends JdbcAdapterSupport {
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
}

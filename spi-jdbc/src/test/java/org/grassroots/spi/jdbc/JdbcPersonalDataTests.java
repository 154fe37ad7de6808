package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.grassroots.district.DistrictId;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.ledgers.LedgerRecordKinds;
import org.grassroots.orders.OrderRecordKinds;
import org.grassroots.volunteering.VolunteeringRecordKinds;
import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.contract.PersonalDataContract;
import org.junit.jupiter.api.Test;

/**
 * The personal-data contract on a JDBC database, plus refusals the database itself makes — a host's
 * CHECK constraint refusing a member or a record row, a stored form too long for its column — whose
 * driver exceptions quote the row (pgjdbc's "Batch entry 0 INSERT … VALUES (…)", PostgreSQL's
 * "Failing row contains (…)", H2's "Value too long … '110105…'"). The storage exception's whole
 * printed chain holds no personal value, and still carries the database's SQLState.
 */
abstract class JdbcPersonalDataTests extends PersonalDataContract {
  /** A member of this name and a record of this id are refused by the database's CHECK constraints. */
  static final String REFUSED = "refused";
  private static final java.util.Map<TestDatabases.Kind, JdbcStorageProvider> PROVIDERS = new ConcurrentHashMap<>();

  abstract TestDatabases.Kind kind();

  /** A provider over its own tables, whose member and record tables carry a host's CHECK constraint. */
  @Override
  protected JdbcStorageProvider provider() {
    return PROVIDERS.computeIfAbsent(kind(), k -> {
      String prefix = "pd" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
      JdbcStorageProvider p = JdbcStorageProvider.builder(TestDatabases.dataSource(k)).tablePrefix(prefix)
          .schemaMode(SchemaMode.CREATE).personalData(PersonalDataCodec.PLAIN)
          .slowCallThreshold(java.time.Duration.ZERO).build(); // every call logged: the log check sees them all
      try (Connection c = TestDatabases.dataSource(k).getConnection(); Statement s = c.createStatement()) {
        c.setAutoCommit(true);
        s.execute("ALTER TABLE " + prefix + "member ADD CONSTRAINT " + prefix + "no_refused_member CHECK (name <> '"
            + REFUSED + "')");
        s.execute("ALTER TABLE " + prefix + "record ADD CONSTRAINT " + prefix + "no_refused_record CHECK (id <> '"
            + REFUSED + "')");
      } catch (SQLException e) {
        throw new IllegalStateException("constraints not added", e);
      }
      return p;
    });
  }

  /** Checks the refusal's printed chain and that a SQLState of class 23 (integrity) reached the host. */
  private static void refusedByTheDatabase(String what, Runnable call) {
    Throwable t = refused(what, call);
    List<String> states = new ArrayList<>();
    for (Throwable x = t; x != null; x = x.getCause()) {
      if (x instanceof SQLException sql) {
        states.add(sql.getSQLState());
      }
    }
    assertThat(states).as("%s: the SQLStates in the chain", what).anyMatch(s -> s != null && s.startsWith("23"));
  }

  @Test
  void aMemberRowTheDatabaseRefusesLeavesNoPersonalValueInTheChain() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    Member refusedMember = Member.of(d, MemberId.of("m-r"), REFUSED, ID_NUMBER, uid("org")).withPhone(PHONE);
    refusedByTheDatabase("member insert", () -> provider().members().create(change("insert"), refusedMember));
    List<Member> batch = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      batch.add(personalMember(d, "m" + i, "org"));
    }
    batch.set(33, refusedMember);
    refusedByTheDatabase("member batch", () -> provider().members().createAll(change("batch"), batch));
    Member stored = provider().members().create(change("insert"), personalMember(d, "m-ok", "org"));
    refusedByTheDatabase("member update", () -> provider().members().update(change("rename"),
        new Member(stored.id(), d, REFUSED, stored.idNumber(), stored.phone(), stored.organization(),
            stored.servingCommunity(), stored.inService(), stored.household(), stored.active(), stored.version())));
  }

  @Test
  void aRecordRowTheDatabaseRefusesLeavesNoPersonalValueInTheChain() {
    DistrictId d = freshDistrict();
    refusedByTheDatabase("ledger entry insert", () -> provider().records().create(change("insert"), d,
        LedgerRecordKinds.LEDGER_ENTRY, ledgerEntry(REFUSED, "u1")));
    refusedByTheDatabase("service order insert", () -> provider().records().create(change("insert"), d,
        OrderRecordKinds.SERVICE_ORDER, serviceOrder(REFUSED, "u1")));
    refusedByTheDatabase("volunteer team insert", () -> provider().records().create(change("insert"), d,
        VolunteeringRecordKinds.VOLUNTEER_TEAM, volunteerTeam(REFUSED, "u1")));
  }

  @Test
  void aStoredFormTooLongForItsColumnLeavesNoPersonalValueInTheChain() {
    PersonalDataCodec padded = new PersonalDataCodec() {
      @Override
      public String encode(String field, String plain) {
        return plain + "#".repeat(600);
      }

      @Override
      public String decode(String field, String stored) {
        return stored.substring(0, stored.length() - 600);
      }
    };
    JdbcStorageProvider p = JdbcStorageProvider.builder(TestDatabases.dataSource(kind()))
        .tablePrefix(provider().tablePrefix()).personalData(padded).build();
    DistrictId d = freshDistrict();
    p.organizations().create(change("org"), unit(d, "org", null));
    Throwable t = refused("ID number too long for its column",
        () -> p.members().create(change("insert"), personalMember(d, "m1", "org")));
    assertThat(t).hasMessageContaining("SQLState");
  }
}

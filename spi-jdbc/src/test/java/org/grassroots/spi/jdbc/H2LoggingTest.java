package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.members.PhoneNumber;
import org.grassroots.spi.contract.LibraryLogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC storage logs, every level captured ({@link LibraryLogs}): schema creation, bulk
 * inserts, slow calls and retries, by operation name, table, count and SQLState, and no personal
 * value — not even when the driver's own failure quotes the row.
 */
class H2LoggingTest {
  private static final String NAME = "党员王秘密";
  private static final String PHONE = "13912348765";
  private static final Change CHANGE = Change.of("logging-test", "load", Instant.parse("2024-05-01T08:00:00Z"));

  private final String prefix = "lg" + UUID.randomUUID().toString().replace("-", "").substring(0, 8) + "_";
  private final DistrictId district = DistrictId.of("lg-" + UUID.randomUUID());

  @BeforeEach
  void capture() {
    LibraryLogs.capture();
  }

  private JdbcStorageProvider.Builder builder(DataSource dataSource) {
    return JdbcStorageProvider.builder(dataSource).tablePrefix(prefix).schemaMode(SchemaMode.CREATE)
        .personalData(PersonalDataCodec.PLAIN);
  }

  private static IdNumber idNumber(int i) {
    String base = "11010519750615" + String.format("%03d", i);
    return IdNumber.parse(base + IdNumber.checkCharacter(base));
  }

  private OrgUnit unit(String id) {
    return OrgUnit.establish(district, OrgUnitId.of(id), OrgKind.COMMUNITY_ORG, "unit " + id, null,
        LocalDate.of(2020, 1, 1));
  }

  @Test
  void schemaCreationBulkInsertsAndSlowCallsAreLoggedWithoutAPersonalValue() {
    JdbcStorageProvider p = builder(TestDatabases.dataSource(TestDatabases.Kind.H2))
        .slowCallThreshold(Duration.ZERO).build();
    p.organizations().create(CHANGE, unit("org"));
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      members.add(Member.of(district, MemberId.of("m" + i), NAME + i, idNumber(i), OrgUnitId.of("org"))
          .withPhone(PhoneNumber.parse(PHONE)));
    }
    p.members().createAll(CHANGE, members);
    assertThat(p.members().count(district)).isEqualTo(40);

    List<String> lines = LibraryLogs.assertNoPersonalValue(List.of(NAME, idNumber(7).reveal()));
    assertThat(lines)
        .anyMatch(l -> l.contains("creating the schema (H2, table prefix " + prefix + "):"))
        .anyMatch(l -> l.contains("schema created (table prefix " + prefix + ") in "))
        .anyMatch(l -> l.contains("schema validated: ") && l.contains("tables of prefix " + prefix))
        .anyMatch(l -> l.contains("JDBC storage: dialect H2 (detected), table prefix " + prefix
            + ", schema mode CREATE, a transaction per call, slow calls from 0 ms"))
        .anyMatch(l -> l.contains("bulk INSERT INTO " + prefix + "member: 40 rows as JDBC batches of up to 1,000"))
        .anyMatch(l -> l.contains("slow storage call members.createAll: "))
        .anyMatch(l -> l.contains("slow storage call members.count: "));
  }

  @Test
  void callsUnderTheThresholdAreNotLogged() {
    JdbcStorageProvider p = builder(TestDatabases.dataSource(TestDatabases.Kind.H2))
        .slowCallThreshold(Duration.ofHours(1)).build();
    p.organizations().create(CHANGE, unit("org"));
    assertThat(LibraryLogs.assertNoPersonalValue(List.of())).noneMatch(l -> l.contains("slow storage call"));
  }

  @Test
  void aTransientFailureIsRetriedAndLoggedWithItsSqlStateOnly() {
    DataSource h2 = TestDatabases.dataSource(TestDatabases.Kind.H2);
    AtomicInteger failuresLeft = new AtomicInteger(1);
    ConnectionProvider flaky = new ConnectionProvider() {
      @Override
      public boolean joinsCallerTransaction() {
        return false;
      }

      @Override
      public Connection connection() throws SQLException {
        Connection target = h2.getConnection();
        return (Connection) Proxy.newProxyInstance(H2LoggingTest.class.getClassLoader(),
            new Class<?>[] {Connection.class}, (proxy, method, args) -> {
              if (method.getName().equals("commit") && failuresLeft.getAndDecrement() > 0) {
                // as a driver's deadlock report may quote the row
                throw new SQLException("deadlock on row (" + PHONE + ")", "40001", 0);
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }

      @Override
      public void release(Connection c) throws SQLException {
        c.close();
      }

      @Override
      public void setRollbackOnly(Connection c) {}
    };
    JdbcStorageProvider p = builder(h2).connections(flaky).build();
    p.organizations().create(CHANGE, unit("org"));

    assertThat(failuresLeft.get()).as("the first commit failed").isNegative();
    assertThat(p.organizations().find(district, OrgUnitId.of("org"))).as("stored by the retry").isPresent();
    assertThat(LibraryLogs.assertNoPersonalValue(List.of()))
        .anyMatch(l -> l.contains("storage call organizations.createAll failed transiently (SQLState 40001,"
            + " vendor code 0); retrying, attempt 2 of 4"));
  }
}

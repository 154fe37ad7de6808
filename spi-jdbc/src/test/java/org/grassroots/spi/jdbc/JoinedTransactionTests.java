package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.StorageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The JDBC adapter joining the host's transaction, run on every real database by a subclass per
 * database: under Spring's {@code DataSourceTransactionManager} / {@code TransactionTemplate}, and
 * on a plain connection the host manages itself. The library's connection is wrapped in a {@link
 * CommitRecorder}, so a commit, rollback or close by the library would show.
 */
abstract class JoinedTransactionTests {
  static final LocalDate D0 = LocalDate.of(2024, 1, 1);
  static final Change CHANGE = Change.of("tester", "test", Instant.parse("2024-01-01T08:00:00Z"));

  abstract TestDatabases.Kind kind();

  DataSource dataSource;
  CommitRecorder recorder;
  JdbcStorageProvider joined;
  TransactionTemplate host;
  DistrictId d;

  @BeforeEach
  void setUp() throws SQLException {
    TestDatabases.provider(kind()); // the schema exists
    dataSource = TestDatabases.dataSource(kind());
    recorder = new CommitRecorder();
    joined = JdbcStorageProvider.builder(dataSource)
        .connections(new SpringJoinedConnections(dataSource, recorder)).personalData(PersonalDataCodec.PLAIN)
        .build();
    host = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    d = DistrictId.of("j-" + UUID.randomUUID());
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS host_case (id VARCHAR(64) PRIMARY KEY, district VARCHAR(64))");
    }
  }

  OrgUnit unit(String id, String parent) {
    return OrgUnit.establish(d, OrgUnitId.of(id), OrgKind.COMMUNITY_ORG, "单位 " + id,
        parent == null ? null : OrgUnitId.of(parent), D0);
  }

  List<OrgUnit> tree() {
    return List.of(unit("root", null), unit("a", "root"), unit("b", "a"));
  }

  /** The host's own write in its transaction, on the connection the transaction is bound to. */
  void hostRow(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO host_case (id, district) VALUES (?, ?)")) {
      ps.setString(1, "case-" + d.value());
      ps.setString(2, d.value());
      ps.executeUpdate();
    }
  }

  void hostRow() {
    try {
      hostRow(org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Committed rows of the district in each table, read on a connection of its own. */
  long rows(String table) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE district = ?")) {
      ps.setString(1, d.value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  void assertNothingStored() throws SQLException {
    for (String table : List.of("host_case", "gr_org_unit", "gr_org_unit_rev", "gr_org_closure", "gr_audit", "gr_district")) {
      assertThat(rows(table)).as(table).isZero();
    }
  }

  @Test
  void hostRollbackUndoesTheLibrarysUnitsClosureRowsAndAudit() throws SQLException {
    host.executeWithoutResult(status -> {
      hostRow();
      joined.organizations().createAll(CHANGE, tree());
      joined.organizations().move(CHANGE, d, OrgUnitId.of("b"), 1, OrgUnitId.of("root"), D0.plusDays(1));
      // Inside the host's transaction the library sees its own writes.
      assertThat(joined.organizations().subtree(d, OrgUnitId.of("root"))).hasSize(3);
      status.setRollbackOnly();
    });
    assertNothingStored();
    assertThat(recorder.transactionCalls()).isEmpty();
  }

  @Test
  void hostCommitKeepsThem() throws SQLException {
    host.executeWithoutResult(status -> {
      hostRow();
      joined.organizations().createAll(CHANGE, tree());
    });
    assertThat(rows("host_case")).isEqualTo(1);
    assertThat(rows("gr_org_unit")).isEqualTo(3);
    assertThat(rows("gr_org_closure")).isEqualTo(1 + 2 + 3);
    assertThat(rows("gr_audit")).isEqualTo(3);
    assertThat(TestDatabases.provider(kind()).verifyClosure(d)).isZero();
    assertThat(TestDatabases.provider(kind()).organizations().get(d, OrgUnitId.of("b")).parent())
        .contains(OrgUnitId.of("a"));
    assertThat(recorder.transactionCalls()).isEmpty();
  }

  @Test
  void aLibraryFailureLeavesTheHostTransactionRollbackOnly() throws SQLException {
    assertThatThrownBy(() -> host.executeWithoutResult(status -> {
      hostRow();
      joined.organizations().create(CHANGE, unit("root", null));
      // The host catches the library's refusal and carries on; its commit must not go through.
      assertThatThrownBy(() -> joined.organizations().create(CHANGE, unit("root", null)))
          .isInstanceOf(ConflictException.class);
      assertThat(status.isRollbackOnly()).isTrue();
    })).isInstanceOf(UnexpectedRollbackException.class);
    assertNothingStored();
    assertThat(recorder.transactionCalls()).isEmpty();
  }

  @Test
  void aFailedBatchIsUndoneWholeInsideTheHostTransaction() throws SQLException {
    assertThatThrownBy(() -> host.executeWithoutResult(status -> {
      joined.organizations().create(CHANGE, unit("root", null));
      List<OrgUnit> batch = List.of(unit("a", "root"), unit("b", "a"), unit("b", "a"), unit("c", "root"));
      assertThatThrownBy(() -> joined.organizations().createAll(CHANGE, batch))
          .isInstanceOf(BatchFailedException.class);
      // Rolled back to the call's savepoint: none of the batch's units, the earlier call's unit kept.
      assertThat(joined.organizations().get(d, OrgUnitId.of("root")).version()).isEqualTo(1);
      assertThatThrownBy(() -> joined.organizations().get(d, OrgUnitId.of("a")))
          .isInstanceOf(NotFoundException.class);
    })).isInstanceOf(UnexpectedRollbackException.class);
    assertNothingStored();
    assertThat(recorder.transactionCalls()).isEmpty();
  }

  @Test
  void aPlainHostManagedConnectionCommitsAndRollsBackWithTheHost() throws SQLException {
    try (Connection hostConnection = dataSource.getConnection()) {
      hostConnection.setAutoCommit(false);
      AtomicBoolean rollbackOnly = new AtomicBoolean();
      JdbcStorageProvider onHost = JdbcStorageProvider.builder(dataSource)
          .connections(plain(hostConnection, rollbackOnly)).personalData(PersonalDataCodec.PLAIN)
          .build();

      hostRow(hostConnection);
      onHost.organizations().createAll(CHANGE, tree());
      hostConnection.rollback();
      assertNothingStored();

      hostRow(hostConnection);
      onHost.organizations().createAll(CHANGE, tree());
      assertThat(rows("gr_org_unit")).as("not visible before the host commits").isZero();
      assertThat(rollbackOnly).isFalse();
      hostConnection.commit();
      assertThat(rows("host_case")).isEqualTo(1);
      assertThat(rows("gr_org_unit")).isEqualTo(3);
      assertThat(rows("gr_org_closure")).isEqualTo(6);

      assertThatThrownBy(() -> onHost.organizations().create(CHANGE, unit("c", "missing")))
          .isInstanceOf(StorageException.class);
      assertThat(rollbackOnly).isTrue();
      hostConnection.rollback();
      assertThat(hostConnection.isClosed()).isFalse();
      hostConnection.setAutoCommit(true);
    }
    assertThat(recorder.transactionCalls()).isEmpty();
  }

  @Test
  void aConnectionInAutoCommitModeIsRefusedAndNothingIsWritten() throws SQLException {
    try (Connection auto = dataSource.getConnection()) {
      auto.setAutoCommit(true);
      JdbcStorageProvider onAuto = JdbcStorageProvider.builder(dataSource)
          .connections(plain(auto, new AtomicBoolean())).personalData(PersonalDataCodec.PLAIN)
          .build();
      assertThatThrownBy(() -> onAuto.organizations().create(CHANGE, unit("root", null)))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("auto-commit")
          .hasMessageContaining("自动提交");
    }
    assertNothingStored();
  }

  /** A host's own connection, recorded, with the failure flag the host checks before committing. */
  ConnectionProvider plain(Connection hostConnection, AtomicBoolean rollbackOnly) {
    Connection recorded = recorder.wrap(hostConnection);
    return new ConnectionProvider() {
      @Override
      public boolean joinsCallerTransaction() {
        return true;
      }

      @Override
      public Connection connection() {
        return recorded;
      }

      @Override
      public void release(Connection c) {
        // the host's connection stays open and in its transaction
      }

      @Override
      public void setRollbackOnly(Connection c) {
        rollbackOnly.set(true);
      }
    };
  }
}

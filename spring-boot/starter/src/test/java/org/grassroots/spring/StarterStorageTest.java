package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.spring.Contexts.CHANGE;
import static org.grassroots.spring.Contexts.unit;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.Member;
import org.grassroots.spi.StorageException;
import org.grassroots.spi.StorageProvider;
import org.grassroots.spi.jdbc.JdbcStorageProvider;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

class StarterStorageTest {
  final DistrictId d = DistrictId.of("t-" + UUID.randomUUID());

  @Test
  void withoutADataSourceTheStoreIsInMemory() {
    Contexts.starter().run(ctx -> {
      assertThat(ctx).hasNotFailed();
      StorageProvider storage = ctx.getBean(StorageProvider.class);
      assertThat(ctx.getBean(GrassrootsStorage.class).adapter()).isInstanceOf(InMemoryStorageProvider.class);
      storage.organizations().create(CHANGE, unit(d, "s1", OrgKind.STREET_COMMITTEE, null));
      assertThat(storage.organizations().count(d)).isEqualTo(1);
    });
  }

  @Test
  void withADataSourceTheStoreIsJdbcWithItsTablesUnderThePrefix() {
    Contexts.withH2().withPropertyValues("grassroots.personal-data.codec=plain", "grassroots.table-prefix=host_gr_")
        .run(ctx -> {
          assertThat(ctx).hasNotFailed();
          GrassrootsStorage storage = ctx.getBean(GrassrootsStorage.class);
          assertThat(storage.adapter()).isInstanceOfSatisfying(JdbcStorageProvider.class,
              j -> assertThat(j.tablePrefix()).isEqualTo("host_gr_"));
          storage.organizations().create(CHANGE, unit(d, "s1", OrgKind.STREET_COMMITTEE, null));
          JdbcTemplate sql = new JdbcTemplate(ctx.getBean(DataSource.class));
          assertThat(sql.queryForObject("SELECT COUNT(*) FROM host_gr_org_unit WHERE district = ?", Long.class, d.value()))
              .isEqualTo(1L);
        });
  }

  @Test
  void aHostRollbackUndoesTheLibrarysWritesAndACommitKeepsThem() {
    Contexts.withH2().withPropertyValues("grassroots.personal-data.codec=plain").run(ctx -> {
      StorageProvider storage = ctx.getBean(StorageProvider.class);
      TransactionTemplate host = ctx.getBean(TransactionTemplate.class);
      JdbcTemplate sql = new JdbcTemplate(ctx.getBean(DataSource.class));
      sql.execute("CREATE TABLE host_case (id VARCHAR(64) PRIMARY KEY)");

      assertThatThrownBy(() -> host.executeWithoutResult(tx -> {
        storage.organizations().createAll(CHANGE, List.of(unit(d, "s1", OrgKind.STREET_COMMITTEE, null),
            unit(d, "c1", OrgKind.COMMUNITY_ORG, "s1")));
        sql.update("INSERT INTO host_case (id) VALUES ('case-1')");
        assertThat(storage.organizations().count(d)).isEqualTo(2); // visible inside the transaction
        throw new IllegalStateException("the host's own failure");
      })).hasMessage("the host's own failure");
      assertThat(storage.organizations().count(d)).isZero();
      assertThat(storage.audit().list(d, org.grassroots.spi.PageRequest.first(10)).items()).isEmpty();
      assertThat(sql.queryForObject("SELECT COUNT(*) FROM host_case", Long.class)).isZero();

      host.executeWithoutResult(tx -> {
        storage.organizations().create(CHANGE, unit(d, "s1", OrgKind.STREET_COMMITTEE, null));
        sql.update("INSERT INTO host_case (id) VALUES ('case-2')");
      });
      assertThat(storage.organizations().count(d)).isEqualTo(1);
      assertThat(sql.queryForObject("SELECT COUNT(*) FROM host_case", Long.class)).isEqualTo(1L);
    });
  }

  @Test
  void aFailedLibraryCallInsideTheHostsTransactionTurnsItsCommitIntoARollback() {
    Contexts.withH2().withPropertyValues("grassroots.personal-data.codec=plain").run(ctx -> {
      StorageProvider storage = ctx.getBean(StorageProvider.class);
      TransactionTemplate host = ctx.getBean(TransactionTemplate.class);
      assertThatThrownBy(() -> host.executeWithoutResult(tx -> {
        storage.organizations().create(CHANGE, unit(d, "s1", OrgKind.STREET_COMMITTEE, null));
        // the same id again: the library refuses it, and the host swallows the refusal
        assertThatThrownBy(() -> storage.organizations().create(CHANGE, unit(d, "s1", OrgKind.STREET_COMMITTEE, null)))
            .isInstanceOf(StorageException.class);
      })).isInstanceOf(UnexpectedRollbackException.class);
      assertThat(storage.organizations().count(d)).isZero();
    });
  }

  @Test
  void outsideATransactionEachCallCommitsOnItsOwn() {
    Contexts.withH2().withPropertyValues("grassroots.personal-data.codec=plain").run(ctx -> {
      StorageProvider storage = ctx.getBean(StorageProvider.class);
      storage.organizations().create(CHANGE, unit(d, "s1", OrgKind.STREET_COMMITTEE, null));
      assertThat(new SpringTransactionConnections(ctx.getBean(DataSource.class)).joinsCallerTransaction()).isFalse();
      assertThat(storage.organizations().count(d)).isEqualTo(1);
    });
  }

  @Test
  void aDataSourceWithoutAChosenPersonalDataCodecStopsTheStartUpNamingTheProperty() {
    Contexts.withH2().run(ctx -> {
      assertThat(ctx).hasFailed();
      FailureAnalysis analysis = new GrassrootsFailureAnalyzer().analyze(ctx.getStartupFailure());
      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).contains("grassroots.personal-data.codec").contains("plain")
          .contains("个人信息");
      assertThat(analysis.getAction()).contains("Correct").contains("请更正");
    });
  }

  @Test
  void anEncryptingCodecStoresIdNumbersEncryptedAndABadKeyIsNeverShown() {
    String aes = Base64.getEncoder().encodeToString(new byte[16]);
    String hmac = Base64.getEncoder().encodeToString(new byte[32]);
    Contexts.withH2().withPropertyValues("grassroots.personal-data.codec=encrypting",
        "grassroots.personal-data.keys.k2026=" + aes, "grassroots.personal-data.encrypt-with=k2026",
        "grassroots.personal-data.lookup-key=" + hmac).run(ctx -> {
          assertThat(ctx).hasNotFailed();
          StorageProvider storage = ctx.getBean(StorageProvider.class);
          storage.organizations().create(CHANGE, unit(d, "c1", OrgKind.COMMUNITY_ORG, null));
          Member m = storage.members().create(CHANGE, Member.of(d, org.grassroots.members.MemberId.of("m1"), "张三",
              org.grassroots.members.IdNumber.parse("11010519491231002X"), org.grassroots.hierarchy.OrgUnitId.of("c1")));
          String stored = new JdbcTemplate(ctx.getBean(DataSource.class))
              .queryForObject("SELECT id_number FROM gr_member WHERE district = ?", String.class, d.value());
          assertThat(stored).startsWith("gr1:").doesNotContain("11010519491231002X");
          assertThat(storage.members().find(d, m.id()).orElseThrow().idNumber()).isEqualTo(m.idNumber());
        });
    String secret = "not-base64-secret!";
    Contexts.withH2().withPropertyValues("grassroots.personal-data.codec=encrypting",
        "grassroots.personal-data.keys.k2026=" + secret, "grassroots.personal-data.encrypt-with=k2026",
        "grassroots.personal-data.lookup-key=" + hmac).run(ctx -> {
          assertThat(ctx).hasFailed();
          assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidInputException.class);
          String all = new GrassrootsFailureAnalyzer().analyze(ctx.getStartupFailure()).getDescription();
          assertThat(all).contains("grassroots.personal-data.keys.k2026").contains("base64").doesNotContain(secret);
        });
  }
}

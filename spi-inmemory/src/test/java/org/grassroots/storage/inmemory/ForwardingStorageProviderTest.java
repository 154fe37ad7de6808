package org.grassroots.storage.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.spi.ForwardingStorageProvider;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.StorageProvider;
import org.junit.jupiter.api.Test;

/** A provider over the in-memory adapter with every store call run through a host's code. */
class ForwardingStorageProviderTest {
  private static final DistrictId D = DistrictId.of("d");
  private static final Change CHANGE = Change.of("tester", "test", Instant.parse("2024-01-01T00:00:00Z"));

  @Test
  void everyStoreCallGoesThroughAroundByNameWithItsResultAndFailureUnchanged() {
    InMemoryStorageProvider adapter = new InMemoryStorageProvider();
    List<String> seen = new ArrayList<>();
    StorageProvider wrapped = ForwardingStorageProvider.aroundEveryCall(adapter, (operation, call) -> {
      seen.add(operation);
      return call.proceed();
    });
    OrgUnit root = OrgUnit.establish(D, OrgUnitId.of("root"), OrgKind.STREET, "街道", null, LocalDate.of(2024, 1, 1));
    OrgUnit stored = wrapped.organizations().create(CHANGE, root);
    assertThat(stored).isEqualTo(root.withVersion(1));
    assertThat(wrapped.organizations().count(D)).isEqualTo(1);
    assertThat(wrapped.audit().count(D)).isEqualTo(1);
    assertThatThrownBy(() -> wrapped.members().get(D, org.grassroots.members.MemberId.of("nobody")))
        .isExactlyInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
    assertThat(seen).containsExactly("organizations.create", "organizations.count", "audit.count", "members.get");
    assertThat(adapter.organizations().get(D, root.id())).isEqualTo(stored);
  }

  @Test
  void aSubclassReplacesOneStoreAndForwardsTheRest() {
    InMemoryStorageProvider adapter = new InMemoryStorageProvider();
    List<String> seen = new ArrayList<>();
    StorageProvider counting = new ForwardingStorageProvider(adapter) {
      @Override
      public org.grassroots.spi.AuditStore audit() {
        seen.add("audit");
        return super.audit();
      }
    };
    assertThat(counting.organizations()).isSameAs(adapter.organizations());
    assertThat(counting.records()).isSameAs(adapter.records());
    assertThat(counting.audit()).isSameAs(adapter.audit());
    assertThat(seen).containsExactly("audit");
  }
}

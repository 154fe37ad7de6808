package org.grassroots.storage.inmemory;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.spi.AuditStore;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;

/** The audit trail in memory: read-only here; the other stores append to it. */
final class InMemoryAuditStore implements AuditStore {
  private final InMemoryStorageProvider provider;

  InMemoryAuditStore(InMemoryStorageProvider provider) {
    this.provider = provider;
  }

  @Override
  public List<AuditEntry> forSubject(DistrictId district, String subjectType, String subjectId) {
    Check.notBlank("subjectType", subjectType);
    Check.notBlank("subjectId", subjectId);
    return provider.read(district, d -> {
      // a scan of the district's trail: asked rarely, and no per-subject index to carry in bulk loads
      ImmutableList.Builder<AuditEntry> out = ImmutableList.builder();
      for (DistrictData.Recorded a : d.audit) {
        if (a.subjectId().equals(subjectId) && a.subjectType().equals(subjectType)) {
          out.add(a.toEntry(d.id));
        }
      }
      return out.build();
    });
  }

  @Override
  public Page<AuditEntry> list(DistrictId district, PageRequest page) {
    Check.notNull("page", page);
    return provider.read(district, d -> {
      long from = Math.min(page.offset(), d.audit.size());
      int to = (int) Math.min(from + page.limit(), d.audit.size());
      ImmutableList.Builder<AuditEntry> out = ImmutableList.builder();
      for (int i = (int) from; i < to; i++) {
        out.add(d.audit.get(i).toEntry(d.id));
      }
      return new Page<>(out.build(), page, to < d.audit.size());
    });
  }

  @Override
  public long count(DistrictId district) {
    return provider.read(district, d -> d.audit.size());
  }
}

package org.grassroots.spi;

import java.util.List;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;

/**
 * The append-only audit trail (审计日志). Entries are written by the other stores in the same atomic
 * step as the change they record; nothing updates or deletes them.
 */
public interface AuditStore {
  /** Every entry about one subject, oldest first. */
  List<AuditEntry> forSubject(DistrictId district, String subjectType, String subjectId);

  /** A page of the district's trail, in sequence order. */
  Page<AuditEntry> list(DistrictId district, PageRequest page);

  /** How many entries the district's trail holds. */
  long count(DistrictId district);
}

package org.grassroots.ledgers;

import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.MemberId;
import org.grassroots.spi.RecordFields;
import org.grassroots.spi.RecordKind;

/**
 * The record kinds this program declares (台账记录种类): the four ledgers, each stored by the
 * {@link org.grassroots.spi.RecordStore}, keyed and written as fields named after the record
 * components; personal fields are masked in the audit trail.
 */
public final class LedgerRecordKinds {
  private LedgerRecordKinds() {}

  /** An entry of the four ledgers (四本台账); owner: the unit; the subject is personal. */
  public static final RecordKind<LedgerEntry> LEDGER_ENTRY = RecordKind.builder("ledger-entry", LedgerEntry.class)
      .id(LedgerEntry::id).owner("unit", LedgerEntry::unit).status(LedgerEntry::status)
      .codec(e -> RecordFields.writer()
              .put("id", e.id()).put("kind", e.kind().name()).put("unit", e.unit())
              .put("responsible", e.responsible()).put("status", e.status().name())
              .put("recorded", e.recorded()).put("responded", e.responded()).put("finished", e.finished())
              .put("commitment", e.commitment()).put("subject", e.subject()).build(),
          f -> new LedgerEntry(f.get("id", EntryId::of), f.enumValue("kind", LedgerKind.class),
              f.get("unit", OrgUnitId::of), f.get("responsible", MemberId::of),
              f.enumValue("status", EntryStatus.class), f.date("recorded"), f.optionalDate("responded"),
              f.optionalDate("finished"), f.getOptional("commitment", EntryId::of), f.text("subject")))
      .personal("subject")
      .build();

}

package org.grassroots.ledgers;

import org.grassroots.input.Identifiers;

/** Typed id of a ledger entry (台账事项标识); unique within its district. */
public record EntryId(String value) implements Comparable<EntryId> {
  public EntryId {
    Identifiers.check("entryId", value);
  }

  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

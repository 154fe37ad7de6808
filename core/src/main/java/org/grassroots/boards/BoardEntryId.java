package org.grassroots.boards;

import org.grassroots.input.Identifiers;

/** Typed id of an entry on a cadre board (上榜记录标识); unique within its district. */
public record BoardEntryId(String value) implements Comparable<BoardEntryId> {
  public BoardEntryId {
    Identifiers.check("boardEntryId", value);
  }

  public static BoardEntryId of(String value) {
    return new BoardEntryId(value);
  }

  @Override
  public int compareTo(BoardEntryId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

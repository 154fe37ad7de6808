package org.grassroots.boards;

import org.grassroots.input.Identifiers;

/** Typed id of a cadre (干部标识); unique within its district. */
public record CadreId(String value) implements Comparable<CadreId> {
  public CadreId {
    Identifiers.check("cadreId", value);
  }

  public static CadreId of(String value) {
    return new CadreId(value);
  }

  @Override
  public int compareTo(CadreId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

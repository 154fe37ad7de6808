package org.grassroots.alliance;

import org.grassroots.input.Identifiers;

/** Typed id of an alliance (大党工委 / 大党委) — 大党工委/大党委标识. Unique within its district. */
public record AllianceId(String value) implements Comparable<AllianceId> {
  public AllianceId {
    Identifiers.check("allianceId", value);
  }

  public static AllianceId of(String value) {
    return new AllianceId(value);
  }

  @Override
  public int compareTo(AllianceId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.grassroots.positions;

import org.grassroots.input.Identifiers;

/** Typed id of a service position (阵地标识); unique within its district. */
public record PositionId(String value) implements Comparable<PositionId> {
  public PositionId {
    Identifiers.check("positionId", value);
  }

  public static PositionId of(String value) {
    return new PositionId(value);
  }

  @Override
  public int compareTo(PositionId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

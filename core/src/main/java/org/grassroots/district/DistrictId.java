package org.grassroots.district;

import org.grassroots.input.Identifiers;

/**
 * A district (区, 区委) — the tenant that owns organisations, members and rules. Every stored thing
 * belongs to exactly one district and no call reads or changes another district's data.
 */
public record DistrictId(String value) implements Comparable<DistrictId> {
  public DistrictId {
    Identifiers.check("districtId", value);
  }

  public static DistrictId of(String value) {
    return new DistrictId(value);
  }

  @Override
  public int compareTo(DistrictId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

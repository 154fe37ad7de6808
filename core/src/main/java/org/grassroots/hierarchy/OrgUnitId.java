package org.grassroots.hierarchy;

import org.grassroots.input.Identifiers;

/** Typed id of an organisation unit (组织单位): a committee, branch, group or household — 组织单位标识. Unique within its district. */
public record OrgUnitId(String value) implements Comparable<OrgUnitId> {
  public OrgUnitId {
    Identifiers.check("orgUnitId", value);
  }

  public static OrgUnitId of(String value) {
    return new OrgUnitId(value);
  }

  @Override
  public int compareTo(OrgUnitId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

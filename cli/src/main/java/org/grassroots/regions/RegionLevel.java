package org.grassroots.regions;

import org.grassroots.hierarchy.OrgKind;

/**
 * The level figures are summed at (汇总层级), for {@code --by}: 省 province, 市 city, 县 county
 * (区/县), 街道 street (乡镇/街道) — the kinds of the administrative-division tree.
 */
public enum RegionLevel {
  province(OrgKind.PROVINCE, "省"),
  city(OrgKind.CITY, "市"),
  county(OrgKind.COUNTY, "县（区）"),
  street(OrgKind.STREET, "街道（乡镇）");

  private final OrgKind kind;
  private final String chinese;

  RegionLevel(OrgKind kind, String chinese) {
    this.kind = kind;
    this.chinese = chinese;
  }

  /** The kind of the units that are the regions. */
  public OrgKind kind() {
    return kind;
  }

  /** {@code province 省}, for headings. */
  public String heading() {
    return name() + " " + chinese;
  }
}

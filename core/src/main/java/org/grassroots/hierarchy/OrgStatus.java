package org.grassroots.hierarchy;

/** Where an organisation unit stands in its life (组织状态). */
public enum OrgStatus {
  /** 正常: established and working. */
  ACTIVE,
  /** 已撤销: dissolved, e.g. a shell branch (空壳支部). */
  DISSOLVED,
  /** 已归并: merged into a survivor, which took its members and children. */
  MERGED,
  /** 已结束: a temporary branch whose project or period has ended. */
  ENDED;

  /** True for a unit that still exists: only active units take children or members. */
  public boolean isActive() {
    return this == ACTIVE;
  }
}

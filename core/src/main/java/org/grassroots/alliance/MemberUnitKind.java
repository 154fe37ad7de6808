package org.grassroots.alliance;

/** The kind of a member unit (成员单位) that joins an alliance. */
public enum MemberUnitKind {
  /** 驻区单位: a resident unit (an office or institution based in the area). */
  RESIDENT_UNIT,
  /** 机关: a Party or government organ. */
  STATE_ORGAN,
  /** 事业单位: a public institution (school, hospital, …). */
  PUBLIC_INSTITUTION,
  /** 国有企业: a state-owned enterprise. */
  STATE_ENTERPRISE,
  /** 非公企业: a non-public enterprise. */
  NON_PUBLIC_ENTERPRISE,
  /** 社会组织: a social organisation. */
  SOCIAL_ORGANISATION,
  /** 物业服务企业: a property manager. */
  PROPERTY_MANAGER,
  /** 业主委员会: an owners' committee. */
  OWNERS_COMMITTEE,
  /** 商圈 / 楼宇: a business district or office building. */
  BUSINESS_DISTRICT,
  /** 其他. */
  OTHER
}

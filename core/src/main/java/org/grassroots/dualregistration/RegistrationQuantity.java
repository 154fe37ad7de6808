package org.grassroots.dualregistration;

/** What a dual-registration indicator measures for an in-service unit and period (双报到指标). */
public enum RegistrationQuantity {
  /** Distinct members of the unit who had reported by the period's end (已报到人数). */
  REGISTERED_MEMBERS,
  /** Registered members ÷ the unit's roster for the period (报到率). */
  REPORTING_RATE,
  /** Of the unit's tasks due in the period, the share completed by the period's end (任务完成率). */
  COMPLETION_RATE,
  /** Hours its members served in the period (服务时长). */
  SERVICE_HOURS,
  /** Mean hours served in the period per registered member, those with none included (人均服务时长). */
  HOURS_PER_REGISTERED_MEMBER
}

package org.grassroots.ledgers;

/**
 * What a ledger indicator measures (台账派生指标). Every quantity looks at the entries of one ledger
 * and unit <em>recorded</em> in the period (the period's cohort) and at their state at the period's
 * last day, so a value never changes once the period is over and the entries are final.
 */
public enum LedgerQuantity {
  /** Entries recorded in the period (登记数), e.g. commitments made, consultations held. */
  COUNT,
  /**
   * Share resolved by the period's end (办结率 / 履诺率): for the commitment ledger this is the
   * fulfilment rate, fulfilled ÷ committed.
   */
  RESOLVED_RATE,
  /** Share final by the period's end, resolved or closed (结案率). */
  CLOSURE_RATE,
  /** Mean days from recording to first response, over entries responded by the period's end (平均响应天数). */
  AVERAGE_RESPONSE_DAYS,
  /** Median days from recording to first response, as for the average (响应天数中位数). */
  MEDIAN_RESPONSE_DAYS
}

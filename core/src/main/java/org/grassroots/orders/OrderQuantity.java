package org.grassroots.orders;

/**
 * What a service-order indicator measures (三单制派生指标). Each looks at the orders of one community
 * whose step named below fell in the period, so a value does not change once the period is over.
 */
public enum OrderQuantity {
  /** Orders placed in the period (下单数). */
  PLACED_COUNT,
  /** Orders done in the period (办结数). */
  DONE_COUNT,
  /** Of the orders done in the period, the share done by their deadline (按时办结率). */
  ON_TIME_RATE,
  /** Mean hours from placing to acceptance, over orders accepted in the period (平均接单时长). */
  AVERAGE_HOURS_TO_ACCEPT,
  /** Mean hours from placing to done, over orders done in the period (平均办结时长). */
  AVERAGE_HOURS_TO_COMPLETE
}

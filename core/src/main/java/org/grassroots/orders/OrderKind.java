package org.grassroots.orders;

/** What a resident asks for (服务订单类别), as 云冈 counts them. */
public enum OrderKind {
  /** A good deed or practical service (办好事实事), e.g. a repair, a visit, an errand. */
  GOOD_DEED,
  /** A practical difficulty to solve (解决实际困难), e.g. a benefit claim, a dispute, a hardship. */
  DIFFICULTY
}

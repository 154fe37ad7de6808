package org.grassroots.ledgers;

/** The four ledgers of serving the people (服务群众“四本台账”, 云冈). */
public enum LedgerKind {
  /** Members' commitments (党员承诺内容台账): one entry per promise; resolved = fulfilled. */
  COMMITMENT,
  /** Fulfilment of commitments (党员履诺践诺台账): one entry per fulfilment, naming the commitment. */
  FULFILMENT,
  /** Families in difficulty and the help given (困难群众名单和帮扶情况台账): one entry per visit or case. */
  ASSISTANCE,
  /** Residents' opinions and demands (群众意见和诉求台账): one entry per opinion sought or demand raised. */
  DEMAND
}

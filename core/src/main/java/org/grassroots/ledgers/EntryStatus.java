package org.grassroots.ledgers;

import org.grassroots.workflow.StatusMachine;

/** The status of a ledger entry (台账事项状态). */
public enum EntryStatus {
  /** Recorded, nothing done yet (已登记). */
  OPEN,
  /** Taken up: the responsible member has responded (办理中). */
  IN_PROGRESS,
  /** Done: the promise kept, the help given, the demand met (已办结 / 已履诺). */
  RESOLVED,
  /** Closed without being resolved: withdrawn, not feasible or referred elsewhere (已关闭). */
  CLOSED;

  /** The declared transitions; RESOLVED and CLOSED are final. */
  public static final StatusMachine<EntryStatus> MACHINE =
      StatusMachine.<EntryStatus>named("ledgerEntry")
          .allow(OPEN, IN_PROGRESS, RESOLVED, CLOSED)
          .allow(IN_PROGRESS, RESOLVED, CLOSED)
          .build();

  /** True for RESOLVED and CLOSED. */
  public boolean isFinal() {
    return MACHINE.isFinal(this);
  }
}

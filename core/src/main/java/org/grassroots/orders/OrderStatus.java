package org.grassroots.orders;

import org.grassroots.workflow.StatusMachine;

/** The status of a service order under 三单制 (居民下单、社区派单、党员接单). */
public enum OrderStatus {
  /** A resident placed the order (居民下单). */
  PLACED,
  /** The community dispatched it to a member (社区派单). */
  DISPATCHED,
  /** The member accepted it (党员接单). */
  ACCEPTED,
  /** Done (已办结). */
  DONE,
  /** Closed without being done: withdrawn by the resident or not feasible (已关闭). */
  CLOSED;

  /** The declared transitions; DONE and CLOSED are final. */
  public static final StatusMachine<OrderStatus> MACHINE =
      StatusMachine.<OrderStatus>named("serviceOrder")
          .allow(PLACED, DISPATCHED, CLOSED)
          .allow(DISPATCHED, ACCEPTED, CLOSED)
          .allow(ACCEPTED, DONE, CLOSED)
          .build();

  /** True for DONE and CLOSED. */
  public boolean isFinal() {
    return MACHINE.isFinal(this);
  }
}

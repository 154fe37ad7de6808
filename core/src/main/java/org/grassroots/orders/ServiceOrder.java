package org.grassroots.orders;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.members.MemberId;

/**
 * A service order (服务订单, 三单制): a resident places it, the community dispatches it to a member,
 * the member accepts it and it is done — or it is closed on the way. Times are local civil time of
 * the district. Each step goes through the declared {@link OrderStatus#MACHINE}, refuses a time
 * before the previous step, and returns a new order; a refused step changes nothing. The request
 * text may describe a resident, so it is kept out of {@link #toString()}.
 *
 * @param id the order's id
 * @param community the community that receives and dispatches it
 * @param kind good deed or difficulty
 * @param status the status
 * @param placed when the resident placed it (下单时间)
 * @param timeLimit the declared time from placing to done (办理时限); positive
 * @param assignee the member it was dispatched to; present once dispatched
 * @param dispatched when it was dispatched (派单时间)
 * @param accepted when the member accepted it (接单时间)
 * @param finished when it was done or closed (办结/关闭时间)
 * @param request what the resident asks, at most 200 characters
 */
public record ServiceOrder(
    OrderId id,
    OrgUnitId community,
    OrderKind kind,
    OrderStatus status,
    LocalDateTime placed,
    Duration timeLimit,
    Optional<MemberId> assignee,
    Optional<LocalDateTime> dispatched,
    Optional<LocalDateTime> accepted,
    Optional<LocalDateTime> finished,
    String request) {

  public ServiceOrder {
    Check.notNull("serviceOrder.id", id);
    Check.notNull("serviceOrder.community", community);
    Check.notNull("serviceOrder.kind", kind);
    Check.notNull("serviceOrder.status", status);
    Check.notNull("serviceOrder.placed", placed);
    Check.notNull("serviceOrder.timeLimit", timeLimit);
    Check.that(
        !timeLimit.isNegative() && !timeLimit.isZero(), "orders.timeLimit",
        "serviceOrder.timeLimit", timeLimit);
    Check.notNull("serviceOrder.assignee", assignee);
    Check.notNull("serviceOrder.dispatched", dispatched);
    Check.notNull("serviceOrder.accepted", accepted);
    Check.notNull("serviceOrder.finished", finished);
    request = Check.personalText("serviceOrder.request", request, 200); // personal: shown masked when refused
    // which times a status has: each step's time from that step on; CLOSED keeps what it reached
    int stage = switch (status) {
      case PLACED -> 0;
      case DISPATCHED -> 1;
      case ACCEPTED, DONE -> 2;
      case CLOSED -> accepted.isPresent() ? 2 : dispatched.isPresent() ? 1 : 0;
    };
    stageTime("serviceOrder.dispatched", dispatched, stage >= 1, status);
    stageTime("serviceOrder.accepted", accepted, stage >= 2, status);
    stageTime("serviceOrder.finished", finished, status.isFinal(), status);
    Check.that(
        assignee.isPresent() == dispatched.isPresent(), "orders.assigneeWithDispatch",
        "serviceOrder.assignee", assignee.map(MemberId::value).orElse("-"));
    LocalDateTime last = placed;
    last = notBefore("serviceOrder.dispatched", dispatched, last);
    last = notBefore("serviceOrder.accepted", accepted, last);
    notBefore("serviceOrder.finished", finished, last);
  }

  /** A resident places an order (居民下单). */
  public static ServiceOrder place(
      OrderId id, OrgUnitId community, OrderKind kind, LocalDateTime at, Duration timeLimit,
      String request) {
    return new ServiceOrder(
        id, community, kind, OrderStatus.PLACED, at, timeLimit, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), request);
  }

  /** The community dispatches it to {@code member} (社区派单). */
  public ServiceOrder dispatch(MemberId member, LocalDateTime at) {
    Check.notNull("member", member);
    step(OrderStatus.DISPATCHED, at);
    return new ServiceOrder(id, community, kind, OrderStatus.DISPATCHED, placed, timeLimit,
        Optional.of(member), Optional.of(at), accepted, finished, request);
  }

  /** The member it was dispatched to accepts it (党员接单); another member is refused. */
  public ServiceOrder accept(MemberId member, LocalDateTime at) {
    Check.notNull("member", member);
    step(OrderStatus.ACCEPTED, at);
    Check.that(
        assignee.orElseThrow().equals(member), "orders.notAssignee", "member", member,
        assignee.orElseThrow());
    return new ServiceOrder(id, community, kind, OrderStatus.ACCEPTED, placed, timeLimit, assignee,
        dispatched, Optional.of(at), finished, request);
  }

  /** Done (办结). */
  public ServiceOrder complete(LocalDateTime at) {
    step(OrderStatus.DONE, at);
    return new ServiceOrder(id, community, kind, OrderStatus.DONE, placed, timeLimit, assignee,
        dispatched, accepted, Optional.of(at), request);
  }

  /** Closed without being done (关闭). */
  public ServiceOrder close(LocalDateTime at) {
    step(OrderStatus.CLOSED, at);
    return new ServiceOrder(id, community, kind, OrderStatus.CLOSED, placed, timeLimit, assignee,
        dispatched, accepted, Optional.of(at), request);
  }

  /** The time by which it should be done (办理期限): placed + time limit. */
  public LocalDateTime deadline() {
    return placed.plus(timeLimit);
  }

  /** True when done no later than the deadline. */
  public boolean doneOnTime() {
    return status == OrderStatus.DONE && !finished.orElseThrow().isAfter(deadline());
  }

  private void step(OrderStatus to, LocalDateTime at) {
    Check.notNull("at", at);
    OrderStatus.MACHINE.check("serviceOrder.status", status, to);
    LocalDateTime last = finished.or(() -> accepted).or(() -> dispatched).orElse(placed);
    Check.that(!at.isBefore(last), "input.dateOrder", "at", at, last);
  }

  private static void stageTime(
      String field, Optional<LocalDateTime> time, boolean expected, OrderStatus status) {
    Check.that(
        time.isPresent() == expected, "orders.stageTime", field,
        time.map(LocalDateTime::toString).orElse("-"), status);
  }

  private static LocalDateTime notBefore(
      String field, Optional<LocalDateTime> time, LocalDateTime earliest) {
    if (time.isEmpty()) {
      return earliest;
    }
    Check.that(!time.get().isBefore(earliest), "input.dateOrder", field, time.get(), earliest);
    return time.get();
  }

  /** Ids, kind, status and times; never the request (it may describe a resident). */
  @Override
  public String toString() {
    return "ServiceOrder[" + id + ", " + community + ", " + kind + ", " + status + ", placed="
        + placed + ", limit=" + timeLimit + assignee.map(m -> ", assignee=" + m).orElse("")
        + dispatched.map(t -> ", dispatched=" + t).orElse("")
        + accepted.map(t -> ", accepted=" + t).orElse("")
        + finished.map(t -> ", finished=" + t).orElse("") + "]";
  }
}

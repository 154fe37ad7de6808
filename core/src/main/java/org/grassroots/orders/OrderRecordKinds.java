package org.grassroots.orders;

import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.MemberId;
import org.grassroots.spi.RecordFields;
import org.grassroots.spi.RecordKind;

/**
 * The record kinds this program declares (三单制记录种类): service orders of 三单制, each stored by the
 * {@link org.grassroots.spi.RecordStore}, keyed and written as fields named after the record
 * components; personal fields are masked in the audit trail.
 */
public final class OrderRecordKinds {
  private OrderRecordKinds() {}

  /** A service order of 三单制; owner: the community; the request is personal. */
  public static final RecordKind<ServiceOrder> SERVICE_ORDER = RecordKind.builder("service-order", ServiceOrder.class)
      .id(ServiceOrder::id).owner("community", ServiceOrder::community).status(ServiceOrder::status)
      .codec(o -> RecordFields.writer()
              .put("id", o.id()).put("community", o.community()).put("kind", o.kind().name())
              .put("status", o.status().name()).put("placed", o.placed()).put("timeLimit", o.timeLimit())
              .put("assignee", o.assignee()).put("dispatched", o.dispatched()).put("accepted", o.accepted())
              .put("finished", o.finished()).put("request", o.request()).build(),
          f -> new ServiceOrder(f.get("id", OrderId::of), f.get("community", OrgUnitId::of),
              f.enumValue("kind", OrderKind.class), f.enumValue("status", OrderStatus.class),
              f.dateTime("placed"), f.duration("timeLimit"), f.getOptional("assignee", MemberId::of),
              f.optionalDateTime("dispatched"), f.optionalDateTime("accepted"), f.optionalDateTime("finished"),
              f.text("request")))
      .personal("request")
      .build();

}

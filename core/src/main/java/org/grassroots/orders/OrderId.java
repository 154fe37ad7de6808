package org.grassroots.orders;

import org.grassroots.input.Identifiers;

/** Typed id of a service order (服务订单标识); unique within its district. */
public record OrderId(String value) implements Comparable<OrderId> {
  public OrderId {
    Identifiers.check("orderId", value);
  }

  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public int compareTo(OrderId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

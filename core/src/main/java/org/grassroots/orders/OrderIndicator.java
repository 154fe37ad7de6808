package org.grassroots.orders;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.rates.RatePolicy;
import org.grassroots.rates.WhenEmpty;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Rounding;

/**
 * A declared indicator derived from service orders (三单制指标).
 *
 * @param id the indicator or input id the measurement is filed under
 * @param quantity what is measured
 * @param kind only orders of this kind; empty for all
 * @param policy rounding and the answer when nothing qualifies (counts are exact and ignore it)
 */
public record OrderIndicator(
    IndicatorId id, OrderQuantity quantity, Optional<OrderKind> kind, RatePolicy policy) {
  public OrderIndicator {
    Check.notNull("orderIndicator.id", id);
    Check.notNull("orderIndicator.quantity", quantity);
    Check.notNull("orderIndicator.kind", kind);
    Check.notNull("orderIndicator.policy", policy);
    if (quantity == OrderQuantity.AVERAGE_HOURS_TO_ACCEPT || quantity == OrderQuantity.AVERAGE_HOURS_TO_COMPLETE) {
      policy.checkedForAverage("orderIndicator.policy");
    }
  }

  /**
   * The preset (云冈): orders placed and done, good deeds done (办好事实事), difficulties solved
   * (解决实际困难), the on-time rate (0.01%, half up) and the mean hours to accept and to complete
   * (0.01 h, half up); nothing qualifying gives no value.
   */
  public static ImmutableList<OrderIndicator> preset() {
    RatePolicy rate = RatePolicy.standard();
    RatePolicy hours = new RatePolicy(2, Rounding.HALF_UP, WhenEmpty.NO_VALUE);
    return ImmutableList.of(
        of("orders.placed", OrderQuantity.PLACED_COUNT, null, rate),
        of("orders.done", OrderQuantity.DONE_COUNT, null, rate),
        of("orders.goodDeedsDone", OrderQuantity.DONE_COUNT, OrderKind.GOOD_DEED, rate),
        of("orders.difficultiesSolved", OrderQuantity.DONE_COUNT, OrderKind.DIFFICULTY, rate),
        of("orders.onTimeRate", OrderQuantity.ON_TIME_RATE, null, rate),
        of("orders.hoursToAccept", OrderQuantity.AVERAGE_HOURS_TO_ACCEPT, null, hours),
        of("orders.hoursToComplete", OrderQuantity.AVERAGE_HOURS_TO_COMPLETE, null, hours));
  }

  private static OrderIndicator of(
      String id, OrderQuantity quantity, OrderKind kind, RatePolicy policy) {
    return new OrderIndicator(IndicatorId.of(id), quantity, Optional.ofNullable(kind), policy);
  }
}

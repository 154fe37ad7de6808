package org.grassroots.orders;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rates.Derived;
import org.grassroots.rates.Rates;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;

/** Derives the declared service-order indicators of a community and period as {@link Measurement}s. */
public final class OrderMeasures {
  private static final long SECONDS_PER_HOUR = 3600;

  private OrderMeasures() {}

  /** The measurements of {@code indicators} for {@code community} in {@code period}, in order. */
  public static ImmutableList<Measurement> measure(
      List<OrderIndicator> indicators, Collection<ServiceOrder> orders, OrgUnitId community,
      Period period) {
    Check.notNull("indicators", indicators);
    Derived out = new Derived(community, period);
    for (OrderIndicator indicator : indicators) {
      out.add(indicator.id(), value(indicator, orders, community, period));
    }
    return out.measurements();
  }

  /** The value of one indicator; empty when its policy gives no value for nothing qualifying. */
  public static OptionalLong value(
      OrderIndicator indicator, Collection<ServiceOrder> orders, OrgUnitId community,
      Period period) {
    Check.notNull("indicator", indicator);
    Check.notNull("orders", orders);
    Check.notNull("community", community);
    Check.notNull("period", period);
    List<ServiceOrder> mine =
        orders.stream()
            .filter(o -> o.community().equals(community))
            .filter(o -> indicator.kind().map(k -> k == o.kind()).orElse(true))
            .toList();
    List<ServiceOrder> done =
        mine.stream()
            .filter(o -> o.status() == OrderStatus.DONE)
            .filter(o -> in(period, o.finished()))
            .toList();
    return switch (indicator.quantity()) {
      case PLACED_COUNT -> OptionalLong.of(
          Fixed.of(mine.stream().filter(o -> in(period, Optional.of(o.placed()))).count()));
      case DONE_COUNT -> OptionalLong.of(Fixed.of(done.size()));
      case ON_TIME_RATE -> Rates.share(
          done.stream().filter(ServiceOrder::doneOnTime).count(), done.size(), indicator.policy());
      case AVERAGE_HOURS_TO_ACCEPT -> Rates.average(
          seconds(mine.stream().filter(o -> in(period, o.accepted())).toList(),
              o -> o.accepted().orElseThrow()),
          SECONDS_PER_HOUR, indicator.policy());
      case AVERAGE_HOURS_TO_COMPLETE -> Rates.average(
          seconds(done, o -> o.finished().orElseThrow()), SECONDS_PER_HOUR, indicator.policy());
    };
  }

  private static boolean in(Period period, Optional<LocalDateTime> time) {
    return time.isPresent() && period.contains(time.get().toLocalDate());
  }

  private static long[] seconds(
      List<ServiceOrder> orders, Function<ServiceOrder, LocalDateTime> until) {
    return orders.stream()
        .mapToLong(o -> Duration.between(o.placed(), until.apply(o)).getSeconds())
        .toArray();
  }
}

package org.grassroots.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.MemberId;
import org.grassroots.rates.RatePolicy;
import org.grassroots.rates.WhenEmpty;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.junit.jupiter.api.Test;

class OrderMeasuresTest {
  static final OrgUnitId YG = OrgUnitId.of("yungang");
  static final LocalDateTime JAN = LocalDateTime.of(2024, 1, 2, 8, 0);

  /**
   * 云冈 this year: 221 good deeds done and 144 difficulties solved; besides, 10 orders closed, 5
   * still open and one done next year, which must not count as done.
   */
  static List<ServiceOrder> yungang() {
    List<ServiceOrder> all = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 365; i++) {
      OrderKind kind = i < 221 ? OrderKind.GOOD_DEED : OrderKind.DIFFICULTY;
      LocalDateTime at = JAN.plusDays(i % 300);
      MemberId m = MemberId.of("m-" + (i % 50));
      // accepted 2 h after placing; done after 24 h, or after 72 h for every 10th (late: limit 48 h)
      all.add(ServiceOrder.place(OrderId.of("o-" + n++), YG, kind, at, Duration.ofHours(48), "r")
          .dispatch(m, at.plusHours(1)).accept(m, at.plusHours(2))
          .complete(at.plusHours(i % 10 == 0 ? 72 : 24)));
    }
    for (int i = 0; i < 10; i++) {
      all.add(ServiceOrder.place(OrderId.of("o-" + n++), YG, OrderKind.GOOD_DEED, JAN,
          Duration.ofHours(48), "r").close(JAN.plusHours(5)));
    }
    for (int i = 0; i < 5; i++) {
      all.add(ServiceOrder.place(OrderId.of("o-" + n++), YG, OrderKind.DIFFICULTY, JAN,
          Duration.ofHours(48), "r"));
    }
    LocalDateTime dec = LocalDateTime.of(2024, 12, 31, 20, 0);
    all.add(ServiceOrder.place(OrderId.of("o-" + n++), YG, OrderKind.GOOD_DEED, dec,
        Duration.ofHours(48), "r").dispatch(MemberId.of("m-1"), dec.plusHours(1))
        .accept(MemberId.of("m-1"), dec.plusHours(2)).complete(dec.plusHours(10)));
    return all;
  }

  @Test
  void yungangFigures() {
    Map<IndicatorId, Long> got =
        OrderMeasures.measure(OrderIndicator.preset(), yungang(), YG, Period.year(2024)).stream()
            .collect(Collectors.toMap(Measurement::indicator, Measurement::value));
    assertThat(got.get(IndicatorId.of("orders.goodDeedsDone"))).isEqualTo(Fixed.of(221));
    assertThat(got.get(IndicatorId.of("orders.difficultiesSolved"))).isEqualTo(Fixed.of(144));
    assertThat(got.get(IndicatorId.of("orders.done"))).isEqualTo(Fixed.of(365));
    assertThat(got.get(IndicatorId.of("orders.placed"))).isEqualTo(Fixed.of(381));
    // 37 of 365 late (i % 10 == 0 for i < 365) → 328 / 365 = 0.898630… → 0.8986
    assertThat(got.get(IndicatorId.of("orders.onTimeRate"))).isEqualTo(8_986);
    // accepted in 2024: the 365 plus the December one, all after 2 h
    assertThat(got.get(IndicatorId.of("orders.hoursToAccept"))).isEqualTo(Fixed.of(2));
    // (328 × 24 + 37 × 72) / 365 = 10536 / 365 = 28.865… → 28.87
    assertThat(got.get(IndicatorId.of("orders.hoursToComplete"))).isEqualTo(288_700);
  }

  @Test
  void nothingDoneAnswersByPolicy() {
    OrderIndicator onTime = new OrderIndicator(IndicatorId.of("t"), OrderQuantity.ON_TIME_RATE,
        Optional.empty(), RatePolicy.standard());
    assertThat(OrderMeasures.measure(List.of(onTime), List.of(), YG, Period.year(2024))).isEmpty();
    OrderIndicator zero = new OrderIndicator(IndicatorId.of("t"), OrderQuantity.ON_TIME_RATE,
        Optional.empty(), RatePolicy.standard().whenEmpty(WhenEmpty.ZERO));
    assertThat(OrderMeasures.value(zero, List.of(), YG, Period.year(2024))).hasValue(0);
  }

  @Test
  void otherCommunitiesDoNotCount() {
    OrderIndicator done = OrderIndicator.preset().get(1);
    assertThat(OrderMeasures.value(done, yungang(), OrgUnitId.of("elsewhere"), Period.year(2024)))
        .hasValue(0);
  }
}

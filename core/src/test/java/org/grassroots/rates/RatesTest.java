package org.grassroots.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Rounding;
import org.junit.jupiter.api.Test;

class RatesTest {
  @Test
  void anAverageIsNeverFullWhenEmptyWhereverItIsDeclared() {
    RatePolicy full = RatePolicy.standard().whenEmpty(WhenEmpty.FULL);
    assertThat(RatePolicy.standard().checkedForAverage("x.policy")).isEqualTo(RatePolicy.standard());
    for (var declare : java.util.Map.<String, Runnable>of(
        "x.policy", () -> full.checkedForAverage("x.policy"),
        "ledgerIndicator.policy", () -> new org.grassroots.ledgers.LedgerIndicator(IndicatorId.of("a"),
            org.grassroots.ledgers.LedgerKind.ASSISTANCE, org.grassroots.ledgers.LedgerQuantity.MEDIAN_RESPONSE_DAYS,
            full),
        "orderIndicator.policy", () -> new org.grassroots.orders.OrderIndicator(IndicatorId.of("a"),
            org.grassroots.orders.OrderQuantity.AVERAGE_HOURS_TO_COMPLETE, java.util.Optional.empty(), full),
        "registrationIndicator.policy", () -> new org.grassroots.dualregistration.RegistrationIndicator(
            IndicatorId.of("a"), org.grassroots.dualregistration.RegistrationQuantity.HOURS_PER_REGISTERED_MEMBER,
            full)).entrySet()) {
      assertThatThrownBy(declare.getValue()::run).as(declare.getKey()).isInstanceOfSatisfying(
          InvalidInputException.class, e -> {
            assertThat(e.key()).isEqualTo("rates.fullAverage");
            assertThat(e.field()).isEqualTo(declare.getKey());
          });
    }
    // a count or a rate may answer "full" for an empty cohort
    new org.grassroots.ledgers.LedgerIndicator(IndicatorId.of("a"), org.grassroots.ledgers.LedgerKind.ASSISTANCE,
        org.grassroots.ledgers.LedgerQuantity.CLOSURE_RATE, full);
    new org.grassroots.orders.OrderIndicator(IndicatorId.of("a"), org.grassroots.orders.OrderQuantity.ON_TIME_RATE,
        java.util.Optional.empty(), full);
  }

  @Test
  void shareRoundsOnceToTheDeclaredPlaces() {
    // 2/3 = 0.6666… → 0.67 at two places half up, not 0.6667 then 0.67 by chance
    assertThat(Rates.share(2, 3, new RatePolicy(2, Rounding.HALF_UP, WhenEmpty.ZERO)))
        .hasValue(6_700);
    assertThat(Rates.share(2, 3, new RatePolicy(2, Rounding.DOWN, WhenEmpty.ZERO))).hasValue(6_600);
    assertThat(Rates.share(3000, 4000, RatePolicy.standard())).hasValue(7_500);
  }

  @Test
  void noDoubleRounding() {
    // 0.44445 → HALF_UP at 4 places gives 0.4445, which at 2 places would round to 0.45 (wrong);
    // one rounding straight to 2 places gives 0.44
    assertThat(Rates.share(8889, 20000, new RatePolicy(2, Rounding.HALF_UP, WhenEmpty.ZERO)))
        .hasValue(4_400);
  }

  @Test
  void emptyDenominatorAnswersAsDeclared() {
    assertThat(Rates.share(0, 0, RatePolicy.standard())).isEmpty();
    assertThat(Rates.share(0, 0, RatePolicy.standard().whenEmpty(WhenEmpty.ZERO))).hasValue(0);
    assertThat(Rates.share(0, 0, RatePolicy.standard().whenEmpty(WhenEmpty.FULL)))
        .hasValue(Fixed.ONE);
    assertThat(Rates.average(new long[0], 1, RatePolicy.standard().whenEmpty(WhenEmpty.ZERO)))
        .hasValue(0);
    assertThat(Rates.median(new long[0], 1, RatePolicy.standard())).isEmpty();
  }

  @Test
  void fullIsRefusedForAverages() {
    assertThatThrownBy(
            () -> Rates.average(new long[] {1}, 1, RatePolicy.standard().whenEmpty(WhenEmpty.FULL)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("policy.whenEmpty")
        .hasMessageContaining("平均值");
  }

  @Test
  void partOverWholeIsRefusedBilingually() {
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, () -> Rates.share(5, 4, RatePolicy.standard()));
    assertThat(e.field()).isEqualTo("part");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("5").contains("4");
    assertThat(e.getMessage(Locale.CHINESE)).contains("分子");
  }

  @Test
  void averageAndMedianInUnits() {
    long[] seconds = {3600, 7200, 36000}; // 1 h, 2 h, 10 h
    RatePolicy p = new RatePolicy(2, Rounding.HALF_UP, WhenEmpty.NO_VALUE);
    assertThat(Rates.average(seconds, 3600, p)).hasValue(43_300); // 13/3 = 4.33
    assertThat(Rates.median(seconds, 3600, p)).hasValue(Fixed.of(2));
    assertThat(Rates.median(new long[] {1, 2, 4, 9}, 1, p)).hasValue(30_000); // (2+4)/2
    assertThat(Rates.median(new long[] {1, 2}, 1, p)).hasValue(15_000);
  }

  @Test
  void overflowIsRefusedNotWrapped() {
    assertThatThrownBy(
            () -> Rates.average(new long[] {Long.MAX_VALUE, 1}, 1, RatePolicy.standard()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> Rates.inUnits(Long.MAX_VALUE / 2, 1, RatePolicy.standard()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("过大");
  }

  @Property
  void shareMatchesBigDecimal(
      @ForAll @LongRange(min = 0, max = 1_000_000) long a,
      @ForAll @LongRange(min = 1, max = 1_000_000) long b,
      @ForAll @IntRange(min = 0, max = 4) int places,
      @ForAll Rounding rounding) {
    long part = Math.min(a, b);
    OptionalLong got = Rates.share(part, b, new RatePolicy(places, rounding, WhenEmpty.ZERO));
    BigDecimal exact =
        BigDecimal.valueOf(part)
            .divide(BigDecimal.valueOf(b), places, RoundingMode.valueOf(rounding.name()));
    assertThat(got).hasValue(Fixed.of("expected", exact.setScale(Fixed.SCALE)));
    assertThat(got.getAsLong()).isBetween(0L, Fixed.ONE);
  }

  @Property
  void medianLiesBetweenMinAndMaxAndAverageToo(
      @ForAll @Size(min = 1, max = 50) long[] raw) {
    long[] amounts = java.util.Arrays.stream(raw).map(x -> Math.floorMod(x, 1_000_000L)).toArray();
    RatePolicy p = new RatePolicy(4, Rounding.HALF_EVEN, WhenEmpty.NO_VALUE);
    long min = java.util.Arrays.stream(amounts).min().orElseThrow();
    long max = java.util.Arrays.stream(amounts).max().orElseThrow();
    assertThat(Rates.median(amounts, 1, p).getAsLong()).isBetween(Fixed.of(min), Fixed.of(max));
    assertThat(Rates.average(amounts, 1, p).getAsLong()).isBetween(Fixed.of(min), Fixed.of(max));
  }
}

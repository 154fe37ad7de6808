package org.grassroots.ledgers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.MemberId;
import org.grassroots.rates.RatePolicy;
import org.grassroots.rates.WhenEmpty;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.rules.Rounding;
import org.junit.jupiter.api.Test;

class LedgerMeasuresTest {
  static final OrgUnitId YUNGANG = OrgUnitId.of("yungang");
  static final OrgUnitId OTHER = OrgUnitId.of("other");
  static final Period Y2024 = Period.year(2024);
  static final LocalDate JAN1 = LocalDate.of(2024, 1, 1);

  /**
   * 云冈's four ledgers: 4,012 commitments of which 3,008 kept (each with its fulfilment entry), 586
   * assistance visits, 379 consultations — plus another unit's entries and last year's, which must
   * not count.
   */
  static List<LedgerEntry> yungang() {
    List<LedgerEntry> all = new ArrayList<>();
    for (int i = 0; i < 4012; i++) {
      LocalDate day = JAN1.plusDays(i % 300);
      LedgerEntry c = LedgerEntry.open(
          EntryId.of("c-" + i), LedgerKind.COMMITMENT, YUNGANG, MemberId.of("m-" + (i % 4833)),
          day, "commitment " + i);
      if (i < 3008) {
        c = c.resolve(day.plusDays(i % 40));
        all.add(LedgerEntry.fulfilmentOf(c, EntryId.of("f-" + i), "kept " + i));
      }
      all.add(c);
    }
    for (int i = 0; i < 586; i++) {
      LedgerEntry a = LedgerEntry.open(
          EntryId.of("a-" + i), LedgerKind.ASSISTANCE, YUNGANG, MemberId.of("m-" + i),
          JAN1.plusDays(i % 360), "visit " + i);
      all.add(a.resolve(a.recorded()));
    }
    for (int i = 0; i < 379; i++) {
      LedgerEntry d = LedgerEntry.open(
          EntryId.of("d-" + i), LedgerKind.DEMAND, YUNGANG, MemberId.of("m-" + i),
          JAN1.plusDays(i % 300), "opinion " + i);
      // respond after i % 5 days (0..4); 300 resolved, 50 closed, 29 still in progress
      d = d.respond(d.recorded().plusDays(i % 5));
      if (i < 300) {
        d = d.resolve(d.responded().orElseThrow().plusDays(1));
      } else if (i < 350) {
        d = d.close(d.responded().orElseThrow().plusDays(1));
      }
      all.add(d);
    }
    all.add(LedgerEntry.open(EntryId.of("o-1"), LedgerKind.DEMAND, OTHER, MemberId.of("m-1"),
        JAN1, "elsewhere"));
    all.add(LedgerEntry.open(EntryId.of("c-2023"), LedgerKind.COMMITMENT, YUNGANG,
        MemberId.of("m-1"), LocalDate.of(2023, 12, 31), "last year"));
    return all;
  }

  @Test
  void yungangFiguresAsMeasurements() {
    List<LedgerEntry> entries = yungang();
    Map<IndicatorId, Long> got =
        LedgerMeasures.measure(LedgerIndicator.preset(), entries, YUNGANG, Y2024).stream()
            .peek(m -> assertThat(m.unit()).isEqualTo(YUNGANG))
            .peek(m -> assertThat(m.period()).isEqualTo(Y2024))
            .collect(Collectors.toMap(Measurement::indicator, Measurement::value));
    assertThat(got.get(IndicatorId.of("ledger.commitments"))).isEqualTo(Fixed.of(4012));
    assertThat(got.get(IndicatorId.of("ledger.fulfilments"))).isEqualTo(Fixed.of(3008));
    assertThat(got.get(IndicatorId.of("ledger.assistance"))).isEqualTo(Fixed.of(586));
    assertThat(got.get(IndicatorId.of("ledger.demands"))).isEqualTo(Fixed.of(379));
    // 3008 / 4012 = 0.749750… → 0.7498 (half up, 4 places)
    assertThat(got.get(IndicatorId.of("ledger.fulfilmentRate"))).isEqualTo(7_498);
    assertThat(got.get(IndicatorId.of("ledger.assistanceClosureRate"))).isEqualTo(Fixed.ONE);
    // 350 of 379 final = 0.923482… → 0.9235
    assertThat(got.get(IndicatorId.of("ledger.demandClosureRate"))).isEqualTo(9_235);
    // response days i % 5 for i < 379: 76 zeros, 76 ones, 76 twos, 76 threes, 75 fours
    // sum = 76 + 152 + 228 + 300 = 756; 756 / 379 = 1.9947… → 2.0 (one decimal half up)
    assertThat(got.get(IndicatorId.of("ledger.demandResponseDays"))).isEqualTo(Fixed.of(2));
    assertThat(got.get(IndicatorId.of("ledger.demandResponseDaysMedian"))).isEqualTo(Fixed.of(2));
  }

  @Test
  void aCommitmentKeptAfterThePeriodIsNotFulfilledInIt() {
    LedgerEntry kept = LedgerEntry.open(EntryId.of("c"), LedgerKind.COMMITMENT, YUNGANG,
        MemberId.of("m"), LocalDate.of(2024, 12, 20), "s").resolve(LocalDate.of(2025, 1, 5));
    LedgerIndicator rate = LedgerIndicator.preset().get(2);
    assertThat(rate.quantity()).isEqualTo(LedgerQuantity.RESOLVED_RATE);
    assertThat(LedgerMeasures.value(rate, List.of(kept), YUNGANG, Y2024)).hasValue(0);
    assertThat(LedgerMeasures.value(rate, List.of(kept), YUNGANG, Period.month(2024, 12)))
        .hasValue(0);
  }

  @Test
  void anEmptyCohortAnswersByTheDeclaredPolicy() {
    IndicatorId id = IndicatorId.of("r");
    for (WhenEmpty w : WhenEmpty.values()) {
      LedgerIndicator rate = new LedgerIndicator(id, LedgerKind.DEMAND,
          LedgerQuantity.CLOSURE_RATE, new RatePolicy(4, Rounding.HALF_UP, w));
      List<Measurement> ms = LedgerMeasures.measure(List.of(rate), List.of(), YUNGANG, Y2024);
      switch (w) {
        case NO_VALUE -> assertThat(ms).isEmpty();
        case ZERO -> assertThat(ms).singleElement().extracting(Measurement::value).isEqualTo(0L);
        case FULL -> assertThat(ms).singleElement().extracting(Measurement::value)
            .isEqualTo(Fixed.ONE);
      }
    }
  }

  @Property
  void ratesAreSharesAndClosureIsAtLeastResolution(
      @ForAll @IntRange(min = 0, max = 60) int n, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    List<LedgerEntry> entries = new ArrayList<>();
    java.util.Random r = new java.util.Random(seed);
    for (int i = 0; i < n; i++) {
      LedgerEntry e = LedgerEntry.open(EntryId.of("e" + i), LedgerKind.DEMAND, YUNGANG,
          MemberId.of("m"), JAN1.plusDays(r.nextInt(366)), "s");
      switch (r.nextInt(4)) {
        case 0 -> e = e.respond(e.recorded().plusDays(r.nextInt(30)));
        case 1 -> e = e.resolve(e.recorded().plusDays(r.nextInt(30)));
        case 2 -> e = e.close(e.recorded().plusDays(r.nextInt(30)));
        default -> { }
      }
      entries.add(e);
    }
    Function<LedgerQuantity, Long> v = q -> LedgerMeasures.value(
        new LedgerIndicator(IndicatorId.of("x"), LedgerKind.DEMAND, q,
            RatePolicy.standard().whenEmpty(WhenEmpty.ZERO)), entries, YUNGANG, Y2024).orElseThrow();
    assertThat(v.apply(LedgerQuantity.RESOLVED_RATE)).isBetween(0L, Fixed.ONE);
    assertThat(v.apply(LedgerQuantity.CLOSURE_RATE))
        .isBetween(v.apply(LedgerQuantity.RESOLVED_RATE), Fixed.ONE);
    assertThat(v.apply(LedgerQuantity.COUNT)).isEqualTo(Fixed.of(n));
    assertThat(v.apply(LedgerQuantity.AVERAGE_RESPONSE_DAYS)).isBetween(0L, Fixed.of(29));
  }
}

package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.spi.MeasurementStore;
import org.grassroots.spi.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Measured values (考核数据): {@code putAll} all or nothing, a value replaces the stored one, {@code
 * forPeriod} ordered by unit then indicator and only that period, {@code withinPeriod} with the
 * period's months and quarters and nothing outside, tenancy, and the audit design of
 * {@link MeasurementStore}: one entry per corrected value and one summary per period per batch.
 */
public abstract class MeasurementStoreContract extends ContractSupport {
  private static final Period Y2024 = Period.year(2024);
  private static final Period Q3 = Period.quarter(2024, 3);

  private MeasurementStore measurements() {
    return provider().measurements();
  }

  private static Measurement m(String unit, String indicator, Period period, long value) {
    return new Measurement(uid(unit), IndicatorId.of(indicator), period, value);
  }

  @Test
  void forPeriodIsOrderedByUnitThenIndicatorAndHoldsOnlyThatPeriod() {
    DistrictId d = freshDistrict();
    measurements().putAll(change("load"), d, List.of(
        m("c2", "b", Y2024, Fixed.of(2)),
        m("c1", "z", Y2024, Fixed.parse("89.995")),
        m("C3", "a", Y2024, -Fixed.of(1)),
        m("c1", "a", Y2024, 0),
        m("c1", "a", Q3, Fixed.of(7)),
        m("c1", "a", Period.year(2023), Fixed.of(9))));
    assertThat(measurements().forPeriod(d, Y2024)).containsExactly(
        m("C3", "a", Y2024, -Fixed.of(1)),
        m("c1", "a", Y2024, 0),
        m("c1", "z", Y2024, Fixed.parse("89.995")),
        m("c2", "b", Y2024, Fixed.of(2)));
    assertThat(measurements().forPeriod(d, Q3)).containsExactly(m("c1", "a", Q3, Fixed.of(7)));
    assertThat(measurements().forPeriod(d, Period.month(2024, 7))).isEmpty();
    assertThat(measurements().forPeriod(d, Period.year(2023))).containsExactly(m("c1", "a", Period.year(2023), Fixed.of(9)));
  }

  @Test
  void withinPeriodHoldsThePeriodAndItsMonthsAndQuartersOnly() {
    DistrictId d = freshDistrict();
    Period jan = Period.month(2024, 1);
    Period dec = Period.month(2024, 12);
    Period aug = Period.month(2024, 8);
    measurements().putAll(change("load"), d, List.of(
        m("c2", "a", dec, Fixed.of(1)),
        m("c1", "a", jan, 0),
        m("c1", "b", Y2024, Fixed.of(90)),
        m("c1", "a", aug, Fixed.of(2)),
        m("c1", "q", Q3, Fixed.of(3)),
        m("c1", "a", Period.month(2023, 12), Fixed.of(8)), // outside
        m("c1", "a", Period.month(2025, 1), Fixed.of(8)), // outside
        m("c1", "h", Period.half(2024, 2), Fixed.of(8)), // a half year is no month or quarter
        m("c1", "b", Period.year(2023), Fixed.of(8))));
    assertThat(measurements().withinPeriod(d, Y2024)).containsExactly(
        m("c1", "b", Y2024, Fixed.of(90)),
        m("c1", "a", jan, 0),
        m("c1", "a", aug, Fixed.of(2)),
        m("c2", "a", dec, Fixed.of(1)),
        m("c1", "q", Q3, Fixed.of(3)));
    assertThat(measurements().withinPeriod(d, Q3)).containsExactly(m("c1", "q", Q3, Fixed.of(3)),
        m("c1", "a", aug, Fixed.of(2)));
    assertThat(measurements().withinPeriod(d, aug)).containsExactly(m("c1", "a", aug, Fixed.of(2)));
    assertThat(measurements().withinPeriod(d, Period.year(2023))).containsExactly(
        m("c1", "b", Period.year(2023), Fixed.of(8)), m("c1", "a", Period.month(2023, 12), Fixed.of(8)));
    assertThat(measurements().withinPeriod(freshDistrict(), Y2024)).isEmpty();
  }

  @Test
  void forPeriodsAnswersThePeriodsInTheOrderListed() {
    DistrictId d = freshDistrict();
    Period jan = Period.month(2024, 1);
    measurements().putAll(change("load"), d, List.of(
        m("c2", "a", jan, Fixed.of(1)),
        m("c1", "a", jan, Fixed.of(2)),
        m("c1", "b", Y2024, Fixed.of(90)),
        m("c1", "q", Q3, Fixed.of(3))));
    assertThat(measurements().forPeriods(d, List.of(Q3, jan, Y2024))).containsExactly(
        m("c1", "q", Q3, Fixed.of(3)),
        m("c1", "a", jan, Fixed.of(2)),
        m("c2", "a", jan, Fixed.of(1)),
        m("c1", "b", Y2024, Fixed.of(90)));
    assertThat(measurements().forPeriods(d, List.of(Period.month(2024, 2)))).isEmpty();
    assertThat(measurements().forPeriods(d, List.of())).isEmpty();
  }

  @Test
  void aValueReplacesTheStoredOneAndExtremeValuesAreKeptExactly() {
    DistrictId d = freshDistrict();
    measurements().putAll(change("load"), d, List.of(m("c1", "a", Y2024, 1), m("c1", "b", Y2024, 2)));
    measurements().putAll(change("correct"), d, List.of(
        m("c1", "a", Y2024, Long.MAX_VALUE), m("c2", "a", Y2024, Long.MIN_VALUE)));
    assertThat(measurements().forPeriod(d, Y2024)).containsExactly(
        m("c1", "a", Y2024, Long.MAX_VALUE), m("c1", "b", Y2024, 2), m("c2", "a", Y2024, Long.MIN_VALUE));
    measurements().putAll(change("nothing"), d, List.of());
    assertThat(measurements().forPeriod(d, Y2024)).hasSize(3);
  }

  @Test
  void aBatchWithTwoValuesForOneKeyWritesNothing() {
    DistrictId d = freshDistrict();
    measurements().putAll(change("load"), d, List.of(m("c1", "a", Y2024, 1)));
    long audit = provider().audit().count(d);
    List<Measurement> bad = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      bad.add(m("u" + i, "a", Y2024, i));
    }
    bad.add(m("c1", "a", Y2024, 5));
    bad.add(m("u7", "a", Y2024, 70));
    assertThatThrownBy(() -> measurements().putAll(change("bad"), d, bad))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.key()).isEqualTo("storage.duplicateMeasurement"));
    List<Measurement> withNull = new ArrayList<>(List.of(m("c9", "a", Y2024, 1)));
    withNull.add(null);
    assertThatThrownBy(() -> measurements().putAll(change("null"), d, withNull))
        .isInstanceOf(InvalidInputException.class);
    assertThat(measurements().forPeriod(d, Y2024)).containsExactly(m("c1", "a", Y2024, 1));
    assertThat(provider().audit().count(d)).isEqualTo(audit);
  }

  @Test
  void aLargeBatchIsStoredWhole() {
    DistrictId d = freshDistrict();
    List<Measurement> batch = new ArrayList<>();
    for (int u = 0; u < 150; u++) {
      for (int i = 0; i < 20; i++) {
        batch.add(m(String.format("c%03d", u), String.format("i%02d", i), Y2024, Fixed.of(u) + i));
      }
    }
    measurements().putAll(change("load 3000"), d, batch);
    assertThat(measurements().forPeriod(d, Y2024)).containsExactlyElementsOf(batch);
    // 3,000 values, one summary entry
    assertThat(provider().audit().count(d)).isEqualTo(1);
  }

  @Test
  void districtsAreIndependent() {
    DistrictId a = freshDistrict();
    DistrictId b = freshDistrict();
    measurements().putAll(change("a"), a, List.of(m("c1", "x", Y2024, 1)));
    measurements().putAll(change("b"), b, List.of(m("c1", "x", Y2024, 2), m("c2", "x", Y2024, 3)));
    measurements().putAll(change("b again"), b, List.of(m("c1", "x", Y2024, 20)));
    assertThat(measurements().forPeriod(a, Y2024)).containsExactly(m("c1", "x", Y2024, 1));
    assertThat(measurements().forPeriod(b, Y2024)).containsExactly(m("c1", "x", Y2024, 20), m("c2", "x", Y2024, 3));
    assertThat(provider().audit().count(a)).isEqualTo(1);
    assertThat(provider().audit().forSubject(a, MeasurementStore.VALUE, "c1/x/2024")).isEmpty();
    assertThat(measurements().forPeriod(freshDistrict(), Y2024)).isEmpty();
  }

  @Test
  void aBatchIsAuditedByCorrectedValuesAndOneSummaryPerPeriod() {
    DistrictId d = freshDistrict();
    var load = change("2024年度考核数据导入");
    measurements().putAll(load, d, List.of(
        m("c1", "a", Y2024, Fixed.of(1)), m("c2", "a", Y2024, Fixed.of(2)), m("c1", "a", Q3, 5)));
    assertThat(provider().audit().count(d)).isEqualTo(2);
    AuditEntry year = provider().audit().forSubject(d, MeasurementStore.BATCH, "2024").get(0);
    assertThat(year.action()).isEqualTo("put");
    assertThat(year.actor()).isEqualTo(load.actor());
    assertThat(year.reason()).isEqualTo(load.reason());
    assertThat(year.at()).isEqualTo(load.at());
    assertThat(year.before()).isEqualTo(Map.of("values", "0"));
    assertThat(year.after()).isEqualTo(Map.of("values", "2", "added", "2", "replaced", "0", "unchanged", "0"));
    assertThat(provider().audit().forSubject(d, MeasurementStore.BATCH, "2024-Q3").get(0).after())
        .containsEntry("values", "1").containsEntry("added", "1");

    // a correction: c1 replaced by another value, c2 written again unchanged, c3 added
    var correct = change("复核更正");
    measurements().putAll(correct, d, List.of(
        m("c1", "a", Y2024, Fixed.parse("1.5")), m("c2", "a", Y2024, Fixed.of(2)), m("c3", "a", Y2024, 0)));
    List<AuditEntry> c1 = provider().audit().forSubject(d, MeasurementStore.VALUE, "c1/a/2024");
    assertThat(c1).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("replace");
      assertThat(e.reason()).isEqualTo(correct.reason());
      assertThat(e.before()).isEqualTo(Map.of("value", "1"));
      assertThat(e.after()).isEqualTo(Map.of("value", "1.5"));
    });
    assertThat(provider().audit().forSubject(d, MeasurementStore.VALUE, "c2/a/2024")).isEmpty();
    assertThat(provider().audit().forSubject(d, MeasurementStore.VALUE, "c3/a/2024")).isEmpty();
    List<AuditEntry> summaries = provider().audit().forSubject(d, MeasurementStore.BATCH, "2024");
    assertThat(summaries).hasSize(2);
    assertThat(summaries.get(1).before()).isEqualTo(Map.of("values", "2"));
    assertThat(summaries.get(1).after())
        .isEqualTo(Map.of("values", "3", "added", "1", "replaced", "1", "unchanged", "1"));
    // the value entries come before the summary, in one step
    List<AuditEntry> trail = all(p -> provider().audit().list(d, p), 10);
    assertThat(trail).extracting(AuditEntry::subjectType).containsExactly(
        MeasurementStore.BATCH, MeasurementStore.BATCH, MeasurementStore.VALUE, MeasurementStore.BATCH);
    assertThat(trail).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(provider().audit().list(d, PageRequest.first(10)).items()).isEqualTo(trail);
  }
}

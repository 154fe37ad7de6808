package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.spi.MeasurementStore;

/**
 * jqwik (a class of its own: jqwik does not run JUnit's nested classes): measurement batches
 * against a map. Override the property with its own {@code @Property(tries = …)} for a slow store.
 */
public abstract class MeasurementModelContract extends ContractSupport {
  private static final Period Q3 = Period.quarter(2024, 3);

  private MeasurementStore measurements() {
    return provider().measurements();
  }

  private static Measurement m(String unit, String indicator, Period period, long value) {
    return new Measurement(uid(unit), IndicatorId.of(indicator), period, value);
  }

  /**
   * jqwik: random batches (small key space, so values are replaced and batches sometimes hold a
   * key twice) against a map. A batch with a duplicate key changes nothing; otherwise the store
   * agrees with the map for every period, and the trail grows by one summary per period touched
   * plus one entry per value that changed.
   */
  @Property(tries = 60)
  public void storeAgreesWithAMapOfValues(@ForAll("batches") List<List<Measurement>> batches) {
    run(batches);
  }

  /** The property's body, for a subclass that overrides the property with other tries. */
  protected void run(List<List<Measurement>> batches) {
    DistrictId d = freshDistrict();
    Map<MeasurementStore.Key, Long> model = new java.util.HashMap<>();
    long audit = 0;
    for (List<Measurement> batch : batches) {
      boolean duplicate = batch.stream().map(MeasurementStore.Key::of).distinct().count() < batch.size();
      if (duplicate) {
        assertThatThrownBy(() -> measurements().putAll(change("batch"), d, batch))
            .isInstanceOf(InvalidInputException.class);
      } else {
        measurements().putAll(change("batch"), d, batch);
        audit += batch.stream().map(Measurement::period).distinct().count();
        for (Measurement m : batch) {
          Long old = model.put(MeasurementStore.Key.of(m), m.value());
          if (old != null && old != m.value()) {
            audit++;
          }
        }
      }
      assertThat(provider().audit().count(d)).isEqualTo(audit);
      for (Period p : PERIODS) {
        TreeMap<String, Measurement> expected = new TreeMap<>();
        model.forEach((k, v) -> {
          if (k.period().equals(p)) {
            expected.put(k.unit().value() + "\u0000" + k.indicator().value(),
                new Measurement(k.unit(), k.indicator(), p, v));
          }
        });
        assertThat(measurements().forPeriod(d, p)).containsExactlyElementsOf(expected.values());
      }
    }
  }

  private static final List<Period> PERIODS = List.of(Period.year(2024), Period.half(2024, 1), Q3, Period.month(2024, 7));

  @Provide
  public Arbitrary<List<List<Measurement>>> batches() {
    Arbitrary<Measurement> one = Combinators.combine(
        Arbitraries.of("a", "b", "c", "B"), Arbitraries.of("x", "y", "X"), Arbitraries.of(PERIODS),
        Arbitraries.longs().between(-3, 3)).as((u, i, p, v) -> m(u, i, p, Fixed.of(v)));
    return one.list().ofMaxSize(12).list().ofMaxSize(8);
  }
}

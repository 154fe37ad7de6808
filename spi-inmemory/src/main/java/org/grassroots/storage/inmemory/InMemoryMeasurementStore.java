package org.grassroots.storage.inmemory;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.spi.MeasurementStore;
import org.grassroots.storage.inmemory.DistrictData.UnitIndicator;

/** Measured values in memory: per period, a map in unit then indicator order. */
final class InMemoryMeasurementStore implements MeasurementStore {
  private final InMemoryStorageProvider provider;

  InMemoryMeasurementStore(InMemoryStorageProvider provider) {
    this.provider = provider;
  }

  @Override
  public void putAll(Change change, DistrictId district, List<Measurement> measurements) {
    Check.notNull("change", change);
    List<Measurement> batch = MeasurementStore.checkBatch(measurements);
    provider.write(district, d -> {
      // the audit entries are computed from the state before the batch, then everything is written
      List<AuditEntry> entries = MeasurementStore.auditEntries(district, change, batch,
          m -> Optional.ofNullable(valuesOf(d, m.period()).get(new UnitIndicator(m.unit(), m.indicator()))),
          p -> valuesOf(d, p).size());
      for (Measurement m : batch) {
        d.measurements.computeIfAbsent(m.period(), p -> new TreeMap<>())
            .put(new UnitIndicator(m.unit(), m.indicator()), m.value());
      }
      entries.forEach(d::audit);
    });
  }

  private static Map<UnitIndicator, Long> valuesOf(DistrictData d, Period period) {
    return d.measurements.getOrDefault(period, new TreeMap<>());
  }

  @Override
  public List<Measurement> forPeriod(DistrictId district, Period period) {
    Check.notNull("period", period);
    return provider.read(district, d -> {
      ImmutableList.Builder<Measurement> out = ImmutableList.builder();
      valuesOf(d, period).forEach((k, v) -> out.add(new Measurement(k.unit(), k.indicator(), period, v)));
      return out.build();
    });
  }
}

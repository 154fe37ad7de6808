package org.grassroots.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;

/**
 * Storage of measured values (考核数据存储): one value per unit, indicator and period. Writing a value
 * that exists replaces it.
 *
 * <p><b>Audit.</b> A district loads its measurements in bulk (云冈: 152 communities × dozens of
 * inputs × periods; a city's tree, hundreds of thousands), so one audit entry per value would make
 * the trail mostly noise and as large as the data. A {@link #putAll} therefore writes, in the same
 * atomic step and in this order ({@link #auditEntries}):
 *
 * <ol>
 *   <li>for each value that <i>replaces a different</i> stored value (a correction — what an
 *       audit is for), one entry: subject type {@link #VALUE}, id {@code unit/indicator/period},
 *       action {@code replace}, before {@code {value}} and after {@code {value}} as exact decimal
 *       text ({@link Fixed#format});
 *   <li>for each period the batch touches, in period order, one summarising entry: subject type
 *       {@link #BATCH}, id the period ({@code 2024-Q3}), action {@code put}, before {@code
 *       {values}} = the period's count before, after {@code {values, added, replaced, unchanged}}.
 * </ol>
 *
 * A first load of 620,000 values thus writes one entry per period; writing a value equal to the
 * stored one counts as unchanged and leaves no value entry.
 */
public interface MeasurementStore {
  /** The audit subject type of one corrected value. */
  String VALUE = "measurement";
  /** The audit subject type of a batch's summary per period. */
  String BATCH = "measurements";

  /**
   * Stores many values of {@code district} atomically: all or nothing. Each replaces the stored
   * value of its unit, indicator and period, if any. Audited as the interface says.
   *
   * @throws org.grassroots.input.InvalidInputException (key {@code storage.duplicateMeasurement})
   *     if the batch holds two values for the same unit, indicator and period; nothing is written
   */
  void putAll(Change change, DistrictId district, List<Measurement> measurements);

  /** Every value of the district in {@code period}, ordered by unit then indicator (by id). */
  List<Measurement> forPeriod(DistrictId district, Period period);

  /**
   * Every value of the district in each of {@code periods} (each listed once): ordered by the
   * periods as listed, then as {@link #forPeriod}. By default one {@link #forPeriod} per period; a store may answer in one
   * read (the JDBC store asks once, {@code period_id IN (…)}).
   */
  default List<Measurement> forPeriods(DistrictId district, List<Period> periods) {
    Check.notNull("district", district);
    Check.notNull("periods", periods);
    ImmutableList.Builder<Measurement> out = ImmutableList.builder();
    for (Period p : periods) {
      out.addAll(forPeriod(district, p));
    }
    return out.build();
  }

  /**
   * Every value of the district in {@code period} and in each month and quarter within it (分期数据:
   * the values of inputs measured per month or quarter, {@link org.grassroots.rules.SubPeriod}) —
   * what {@link org.grassroots.assessment.InputColumns#of} reads for the period. Ordered by period
   * (the period, then its months, then its quarters, each in time order), then as {@link
   * #forPeriod}. One {@link #forPeriods} over {@link #periodsWithin the period and its parts}.
   */
  default List<Measurement> withinPeriod(DistrictId district, Period period) {
    Check.notNull("district", district);
    Check.notNull("period", period);
    return forPeriods(district, periodsWithin(period));
  }

  /** {@code period}, then its months, then its quarters (each in time order; a part equal to the period once). */
  static List<Period> periodsWithin(Period period) {
    ImmutableList.Builder<Period> out = ImmutableList.builder();
    out.add(period);
    for (org.grassroots.rules.SubPeriod sub : org.grassroots.rules.SubPeriod.values()) {
      for (Period part : sub.of(period)) {
        if (!part.equals(period)) { // a month's one month is the month itself
          out.add(part);
        }
      }
    }
    return out.build();
  }

  /** The audit subject id of one value: {@code unit/indicator/period}. */
  static String subjectId(Measurement m) {
    return m.unit().value() + "/" + m.indicator().value() + "/" + m.period();
  }

  /**
   * Checks a batch before anything is written: no null item, no two values with the same key.
   *
   * @return the batch, as an immutable list
   */
  static List<Measurement> checkBatch(List<Measurement> measurements) {
    Check.notNull("measurements", measurements);
    Set<Key> seen = new HashSet<>();
    for (int i = 0; i < measurements.size(); i++) {
      Measurement m = Check.notNull("measurements[" + i + "]", measurements.get(i));
      Check.that(seen.add(Key.of(m)), "storage.duplicateMeasurement", "measurements[" + i + "]", subjectId(m));
    }
    return ImmutableList.copyOf(measurements);
  }

  /**
   * The audit entries of a batch (sequence 0, for the store to assign), as the interface says —
   * the one definition every adapter uses.
   *
   * @param previous the stored value of a measurement's key before the batch, if any
   * @param countBefore how many values a period held before the batch
   */
  static List<AuditEntry> auditEntries(DistrictId district, Change change, List<Measurement> batch,
      Function<Measurement, Optional<Long>> previous, ToLongFunction<Period> countBefore) {
    ImmutableList.Builder<AuditEntry> out = ImmutableList.builder();
    Map<Period, long[]> perPeriod = new TreeMap<>(); // added, replaced, unchanged
    for (Measurement m : batch) {
      long[] counts = perPeriod.computeIfAbsent(m.period(), p -> new long[3]);
      Optional<Long> old = previous.apply(m);
      if (old.isEmpty()) {
        counts[0]++;
      } else if (old.get() != m.value()) {
        counts[1]++;
        long was = old.get();
        out.add(AuditEntry.ofWrite(district, change, VALUE, subjectId(m), "replace",
            () -> ImmutableMap.of("value", Fixed.format(was)), () -> ImmutableMap.of("value", Fixed.format(m.value()))));
      } else {
        counts[2]++;
      }
    }
    perPeriod.forEach((p, c) -> {
      long before = countBefore.applyAsLong(p);
      out.add(AuditEntry.ofWrite(district, change, BATCH, p.toString(), "put",
          () -> ImmutableMap.of("values", Long.toString(before)),
          () -> ImmutableMap.of("values", Long.toString(before + c[0]), "added", Long.toString(c[0]),
              "replaced", Long.toString(c[1]), "unchanged", Long.toString(c[2]))));
    });
    return out.build();
  }

  /** The key of a value: unit, indicator and period. */
  record Key(OrgUnitId unit, IndicatorId indicator, Period period) {
    public Key {
      Check.notNull("key.unit", unit);
      Check.notNull("key.indicator", indicator);
      Check.notNull("key.period", period);
    }

    public static Key of(Measurement m) {
      return new Key(m.unit(), m.indicator(), m.period());
    }
  }
}

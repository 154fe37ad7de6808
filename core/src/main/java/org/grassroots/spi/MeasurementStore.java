package org.grassroots.spi;

import java.util.List;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;

/**
 * Storage of measured values (考核数据存储): one value per unit, indicator and period. Writing a value
 * that exists replaces it and leaves an audit record with the value before and after.
 */
public interface MeasurementStore {

  /** Stores many values atomically: all or nothing. */
  void putAll(Change change, DistrictId district, List<Measurement> measurements);

  /** Every value of the district in {@code period}, ordered by unit then indicator. */
  List<Measurement> forPeriod(DistrictId district, Period period);
}

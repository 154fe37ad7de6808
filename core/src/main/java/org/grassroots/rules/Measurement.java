package org.grassroots.rules;

import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;

/**
 * One measured value (考核数据): a unit's value of an indicator or input in a period, fixed point.
 * A count of 3 is {@code Fixed.of(3)}; yes is {@code Fixed.ONE} (any value other than 0).
 *
 * @param unit the assessed unit
 * @param indicator the sub-item or input measured
 * @param period the period the value belongs to
 * @param value the value, fixed point ({@link Fixed})
 */
public record Measurement(OrgUnitId unit, IndicatorId indicator, Period period, long value) {
  public Measurement {
    Check.notNull("measurement.unit", unit);
    Check.notNull("measurement.indicator", indicator);
    Check.notNull("measurement.period", period);
  }
}

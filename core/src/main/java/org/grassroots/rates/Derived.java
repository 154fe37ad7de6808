package org.grassroots.rates;

import com.google.common.collect.ImmutableList;
import java.util.OptionalLong;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;

/**
 * Collects derived values as {@link Measurement}s (派生考核数据) of one unit and period, so that the
 * rules engine reads a program's rates like any other input; a value the policy left empty
 * ({@link WhenEmpty#NO_VALUE}) yields no measurement.
 */
public final class Derived {
  private final OrgUnitId unit;
  private final Period period;
  private final ImmutableList.Builder<Measurement> out = ImmutableList.builder();

  public Derived(OrgUnitId unit, Period period) {
    this.unit = Check.notNull("unit", unit);
    this.period = Check.notNull("period", period);
  }

  /** Adds {@code value} under {@code indicator} when present. */
  public Derived add(IndicatorId indicator, OptionalLong value) {
    if (value.isPresent()) {
      out.add(new Measurement(unit, indicator, period, value.getAsLong()));
    }
    return this;
  }

  /** The measurements added, in order. */
  public ImmutableList<Measurement> measurements() {
    return out.build();
  }
}

package org.grassroots.rules;

import org.grassroots.input.Identifiers;

/** Typed id of an indicator (指标) or a measured input of a ruleset; unique within the ruleset — 指标标识. */
public record IndicatorId(String value) implements Comparable<IndicatorId> {
  public IndicatorId {
    Identifiers.check("indicatorId", value);
  }

  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  @Override
  public int compareTo(IndicatorId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

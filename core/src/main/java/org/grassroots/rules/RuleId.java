package org.grassroots.rules;

import org.grassroots.input.Identifiers;

/** Typed id of a named rule of a ruleset other than an indicator: a bonus, veto, gate, grade or quota; unique within the ruleset — 规则标识. */
public record RuleId(String value) implements Comparable<RuleId> {
  public RuleId {
    Identifiers.check("ruleId", value);
  }

  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

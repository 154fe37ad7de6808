package org.grassroots.rules;

import org.grassroots.input.Identifiers;

/** Typed id of a ruleset (考核规则集); with a version it names one immutable revision — 规则集标识. */
public record RulesetId(String value) implements Comparable<RulesetId> {
  public RulesetId {
    Identifiers.check("rulesetId", value);
  }

  public static RulesetId of(String value) {
    return new RulesetId(value);
  }

  @Override
  public int compareTo(RulesetId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package org.grassroots.rules;

import org.grassroots.input.Check;

/**
 * A bonus outside the cap (加分项，不受总分封顶限制): points added to the total after the total's cap,
 * scored from an input by a method (whose own cap, if any, still applies).
 *
 * @param id unique among the ruleset's rules
 * @param name display name (Chinese)
 * @param input the measured input scored
 * @param method how the input becomes points
 */
public record Bonus(RuleId id, String name, IndicatorId input, ScoringMethod method) {
  public Bonus {
    Check.notNull("bonus.id", id);
    name = Check.notBlank("bonus.name", name);
    Check.notNull("bonus.input", input);
    Check.notNull("bonus.method", method);
  }
}

package org.grassroots.rules;

import org.grassroots.input.Check;

/**
 * A gate (准入门槛): a named condition a grade requires, e.g. every category ≥ 60% AND total ≥ 85, or
 * a score ≥ 90 AND the achievement "市级示范" present.
 *
 * @param id unique among the ruleset's rules; grades name it
 * @param name display name (Chinese)
 * @param condition what must hold
 */
public record Gate(RuleId id, String name, Condition condition) {
  public Gate {
    Check.notNull("gate.id", id);
    name = Check.notBlank("gate.name", name);
    Check.notNull("gate.condition", condition);
  }
}

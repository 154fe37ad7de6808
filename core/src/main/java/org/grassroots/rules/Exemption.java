package org.grassroots.rules;

import org.grassroots.input.Check;

/**
 * An exemption (免于考核): when its condition holds the unit is <em>not assessed</em> — e.g. a member
 * excused by age or illness (年老体弱、因病). Distinct from a veto (the unit is assessed and its
 * result struck) and from no grade (the unit is assessed and reaches none): an exempted unit gets
 * no grade, takes no place in a quota and does not count in a quota's group, and its outcome reads
 * "not assessed". Its points and total are still computed and explained, for the record.
 *
 * @param id unique among the ruleset's rules
 * @param name display name (Chinese), e.g. "年老体弱免于考核"
 * @param when the condition that exempts the unit (on its inputs, typically)
 */
public record Exemption(RuleId id, String name, Condition when) {
  public Exemption {
    Check.notNull("exemption.id", id);
    name = Check.notBlank("exemption.name", name);
    Check.notNull("exemption.when", when);
  }
}

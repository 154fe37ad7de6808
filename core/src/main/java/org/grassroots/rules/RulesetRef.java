package org.grassroots.rules;

import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;

/**
 * Names one immutable revision of a ruleset (规则集版本引用), possibly of another owner — a district's
 * ruleset names its city baseline this way.
 *
 * @param district the owner of the ruleset (a district, or a city acting as a tenant)
 * @param id the ruleset
 * @param version the revision, from 1
 */
public record RulesetRef(DistrictId district, RulesetId id, int version) {
  public RulesetRef {
    Check.notNull("rulesetRef.district", district);
    Check.notNull("rulesetRef.id", id);
    Check.atLeast("rulesetRef.version", version, 1);
  }

  @Override
  public String toString() {
    return district + "/" + id + "@v" + version;
  }
}

package org.grassroots.staffing;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * A staffing standard (标配): how many staff of each role every unit of one kind must have. 金山:
 * each community has 1 分管领导 + 1 党建社工 + 1 党建协理员, so 9 communities need 27.
 *
 * @param name the standard's name, e.g. {@code "金山标配"}
 * @param appliesTo the kind of unit that must be staffed, e.g. a community alliance
 * @param required for each role, the number required per unit (at least 1; role codes unique)
 */
public record StaffingStandard(String name, OrgKind appliesTo, ImmutableMap<StaffRole, Integer> required) {
  public StaffingStandard {
    name = Check.notBlank("staffing.name", name);
    Check.maxLength("staffing.name", name, 200);
    Check.notNull("staffing.appliesTo", appliesTo);
    Check.notNull("staffing.required", required);
    Check.that(!required.isEmpty(), "input.empty", "staffing.required", "{}");
    Map<String, StaffRole> codes = new HashMap<>();
    for (Map.Entry<StaffRole, Integer> e : required.entrySet()) {
      Check.notNull("staffing.required.count", e.getValue());
      Check.between("staffing.required." + e.getKey().code(), e.getValue(), 1, 10_000);
      StaffRole before = codes.putIfAbsent(e.getKey().code(), e.getKey());
      if (before != null) {
        throw new InvalidInputException("staffing.duplicateRole", "staffing.required", e.getKey().code());
      }
    }
  }

  /** 金山's standard (标配): 1 分管领导 + 1 党建社工 + 1 党建协理员 per community (社区大党委). */
  public static StaffingStandard jinshan() {
    return new StaffingStandard(
        "金山标配",
        OrgKind.COMMUNITY_ALLIANCE,
        ImmutableMap.of(
            StaffRole.LEADER_IN_CHARGE, 1,
            StaffRole.PARTY_SOCIAL_WORKER, 1,
            StaffRole.PARTY_ASSISTANT, 1));
  }

  /** Staff required per unit, all roles together. */
  public int perUnit() {
    int sum = 0;
    for (int n : required.values()) {
      sum = Math.addExact(sum, n);
    }
    return sum;
  }

  /** Staff required for {@code units} units. */
  public long requiredFor(long units) {
    Check.atLeast("units", units, 0);
    return Math.multiplyExact(units, (long) perUnit());
  }

  /** The number of {@code role} required per unit; 0 for a role the standard does not name. */
  public int requiredOf(StaffRole role) {
    Check.notNull("role", role);
    return required.getOrDefault(role, 0);
  }
}

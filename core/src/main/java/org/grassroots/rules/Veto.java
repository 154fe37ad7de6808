package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.input.Check;

/**
 * A veto (一票否决): when its condition holds for a unit — typically an event such as a major safety
 * incident — the unit's total is zeroed or it is disqualified from grades.
 *
 * @param id unique among the ruleset's rules
 * @param name display name (Chinese)
 * @param when the condition that fires the veto
 * @param effect what the veto does
 * @param grades for {@link Effect#DISQUALIFY}: the grades the unit may not get; empty means every
 *     grade (the unit gets none)
 */
public record Veto(RuleId id, String name, Condition when, Effect effect, List<RuleId> grades) {
  public Veto {
    Check.notNull("veto.id", id);
    name = Check.notBlank("veto.name", name);
    Check.notNull("veto.when", when);
    Check.notNull("veto.effect", effect);
    grades = ImmutableList.copyOf(Check.notNull("veto.grades", grades));
  }

  /** What a veto does. */
  public enum Effect {
    /** The total becomes 0 (and grades follow from 0) (总分清零). */
    ZERO_TOTAL,
    /** The unit may not get the named grades (取消评定资格). */
    DISQUALIFY
  }
}

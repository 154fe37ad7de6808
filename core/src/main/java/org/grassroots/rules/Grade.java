package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.grassroots.input.Check;

/**
 * A grade (等次) such as 优秀, 良好, 合格, or a star (星级). A ruleset lists its grades best first; a
 * unit gets the first grade it qualifies for: its total is within {@code minTotal}, every gate
 * passes, no veto disqualifies it, and no quota cuts it. A unit that qualifies for none gets no
 * grade.
 *
 * @param id unique among the ruleset's rules
 * @param name display name (Chinese), e.g. "优秀"
 * @param minTotal the least total, with its boundary; empty for no threshold
 * @param gates the gates that must all pass
 */
public record Grade(RuleId id, String name, Optional<Bound> minTotal, List<RuleId> gates) {
  public Grade {
    Check.notNull("grade.id", id);
    name = Check.notBlank("grade.name", name);
    Check.notNull("grade.minTotal", minTotal);
    gates = ImmutableList.copyOf(Check.notNull("grade.gates", gates));
  }

  /** A grade for a total at or above {@code minTotal} (inclusive), without gates. */
  public static Grade atLeast(String id, String name, long minTotal) {
    return new Grade(RuleId.of(id), name, Optional.of(Bound.inclusive(minTotal)), List.of());
  }
}

package org.grassroots.rules;

import java.util.Optional;
import org.grassroots.input.Check;

/**
 * A measured input that is not itself a sub-item (考核输入项): an event count for a veto, a named
 * achievement for a gate, a unit's own target, a second key for tie-breaks.
 *
 * @param id the input's id; measurements carry it
 * @param name the display name (Chinese)
 * @param missing what a missing value means ({@link MissingPolicy}; not {@code EXCLUDE}, which only a
 *     sub-item with full marks can be); empty: the ruleset's
 */
public record InputSpec(IndicatorId id, String name, Optional<MissingPolicy> missing) {
  public InputSpec {
    Check.notNull("input.id", id);
    name = Check.notBlank("input.name", name);
    Check.maxLength("input.name", name, 200);
    Check.notNull("input.missing", missing);
  }

  /** An input that takes the ruleset's missing-value policy. */
  public InputSpec(IndicatorId id, String name) {
    this(id, name, Optional.empty());
  }

  /** This input with missing-value policy {@code policy}. */
  public InputSpec withMissing(MissingPolicy policy) {
    return new InputSpec(id, name, Optional.of(Check.notNull("input.missing", policy)));
  }

  public static InputSpec of(String id, String name) {
    return new InputSpec(IndicatorId.of(id), name);
  }
}

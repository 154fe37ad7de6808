package org.grassroots.rules;

import org.grassroots.input.Check;

/**
 * A measured input that is not itself a sub-item (考核输入项): an event count for a veto, a named
 * achievement for a gate, a unit's own target, a second key for tie-breaks.
 *
 * @param id the input's id; measurements carry it
 * @param name the display name (Chinese)
 */
public record InputSpec(IndicatorId id, String name) {
  public InputSpec {
    Check.notNull("input.id", id);
    name = Check.notBlank("input.name", name);
    Check.maxLength("input.name", name, 200);
  }

  public static InputSpec of(String id, String name) {
    return new InputSpec(IndicatorId.of(id), name);
  }
}

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
 * @param kind a number, a category with labels or a date ({@link InputKind})
 * @param per the sub-period the input is measured per (每月, 每季度): one value per month or quarter
 *     of the period, read only by a {@link Condition.Periodic}; empty: one value for the period
 */
public record InputSpec(IndicatorId id, String name, Optional<MissingPolicy> missing, InputKind kind,
    Optional<SubPeriod> per) {
  /** A number input. */
  public InputSpec(IndicatorId id, String name, Optional<MissingPolicy> missing) {
    this(id, name, missing, new InputKind.Number());
  }

  /** An input measured once for the period. */
  public InputSpec(IndicatorId id, String name, Optional<MissingPolicy> missing, InputKind kind) {
    this(id, name, missing, kind, Optional.empty());
  }

  public InputSpec {
    Check.notNull("input.kind", kind);
    Check.notNull("input.per", per);
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
    return new InputSpec(id, name, Optional.of(Check.notNull("input.missing", policy)), kind, per);
  }

  /** This input holding {@code newKind} (categories with labels, or dates). */
  public InputSpec withKind(InputKind newKind) {
    return new InputSpec(id, name, missing, newKind, per);
  }

  /** This input measured per {@code subPeriod} (每月 / 每季度): one value per month or quarter. */
  public InputSpec withPer(SubPeriod subPeriod) {
    return new InputSpec(id, name, missing, kind, Optional.of(Check.notNull("input.per", subPeriod)));
  }

  public static InputSpec of(String id, String name) {
    return new InputSpec(IndicatorId.of(id), name);
  }
}

package org.grassroots.assessment;

import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.IndicatorId;

/**
 * An assessment refused because an input whose policy is {@code REFUSE} has no value
 * (缺失即拒绝考核): names the first unit and input missing (in the snapshot's and the ruleset's
 * order) and how many such values are missing in all. Nothing was assessed.
 */
public final class MissingValueRefusedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient OrgUnitId unit;
  private final transient IndicatorId input;
  private final long missingCount;

  MissingValueRefusedException(OrgUnitId unit, IndicatorId input, long missingCount) {
    super("missing.refused", "columns", input.value(), unit, missingCount);
    this.unit = unit;
    this.input = input;
    this.missingCount = missingCount;
  }

  /** The first unit with a refusing input missing. */
  public OrgUnitId unit() {
    return unit;
  }

  /** Its first refusing input missing. */
  public IndicatorId input() {
    return input;
  }

  /** How many values of refusing inputs are missing, over every unit and input. */
  public long missingCount() {
    return missingCount;
  }
}

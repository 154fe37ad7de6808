package org.grassroots.rules;

/**
 * What a missing measurement means (缺失值处理): the value of a sub-item or declared input that a
 * unit did not report for the period. Declared per input, per category (for its sub-items) and for
 * the whole ruleset, never implied: the default is {@link #ZERO}, how every ruleset read a missing
 * report before policies existed.
 *
 * <p>How each policy acts (documented on the ruleset format too):
 *
 * <ul>
 *   <li>{@link #ZERO}: the value reads as 0 (no events, no achievement, nothing done).
 *   <li>{@link #REFUSE}: the whole assessment is refused with an {@code InvalidInputException}
 *       naming the first unit and input missing and how many values are missing; nothing is
 *       produced.
 *   <li>{@link #DISQUALIFY}: the value reads as 0 and the unit gets no grade, like a disqualifying
 *       veto on every grade (it takes no place within a quota either).
 *   <li>{@link #EXCLUDE} (不适用 / 缺项折算, sub-items only): the sub-item scores nothing, its floor
 *       and cap do not apply, and its full marks leave the unit's possible score; the total before
 *       bonuses is rescaled to the full score F (the sum of the top-level indicators' points):
 *       {@code T × F / (F − E)} with the ruleset's declared {@code rescaleRounding}, E being the
 *       excluded sub-items' points, then cut at F (and at the total cap, when lower). Category
 *       points, floors and caps are those scored (not rescaled); bonuses are added after the
 *       rescaling, outside the cap; vetoes act on the rescaled total as on any other. When E ≥ F
 *       (nothing left to assess) the total before bonuses is 0 and the unit gets no grade. The
 *       validator refuses EXCLUDE under a weighted category or total (the share of the full score
 *       an item holds is then not its points), without a declared rescale rounding, with F ≤ 0,
 *       and on a declared input (which has no full marks).
 * </ul>
 *
 * <p>Wherever else a missing value is read — a condition of a veto or gate, a bonus, a per-unit
 * target, a tie-break key, a peer group's ranking — it reads as 0 whatever the policy; a unit with a
 * missing peer-group input still counts in its group's size and ranks with 0.
 */
public enum MissingPolicy {
  /** Reads as 0 (缺失按零计). */
  ZERO,
  /** Refuses the assessment (缺失则拒绝考核). */
  REFUSE,
  /** Disqualifies the unit from every grade (缺失则取消评定资格). */
  DISQUALIFY,
  /** The sub-item does not count; the total is rescaled (缺项不计分，按满分折算). */
  EXCLUDE
}

/**
 * Assessment rules as data (考核规则): a {@link org.grassroots.rules.Ruleset} holds an indicator
 * tree (大项 → 子项) whose sub-items are scored by {@link org.grassroots.rules.ScoringMethod}s, plus
 * bonuses, vetoes (一票否决), gates, grades and quotas; {@link org.grassroots.rules.RulesetHistory}
 * keeps every version and answers which one is in force on a date.
 *
 * <p>Every number is fixed point with four decimals ({@link org.grassroots.rules.Fixed}); every
 * boundary ({@link org.grassroots.rules.Boundary}, {@link org.grassroots.rules.Comparison}) and
 * every rounding ({@link org.grassroots.rules.Rounding}) is a field of the rule, never implied.
 * The values here only refuse missing parts; the structural checks, each reported with a path,
 * are made by {@code org.grassroots.assessment.RulesetValidator}.
 *
 * <p><b>How a unit's result is computed</b> from a {@link org.grassroots.rules.Ruleset}: every sub-item
 * is scored from its input by its method; each category combines its children; the total combines
 * the top-level categories by {@code aggregation}, is cut at {@code totalCap}; then the bonuses are
 * added (outside the cap); a veto that zeroes sets the total to 0. An exemption makes a unit not
 * assessed. The grades are then assigned best first, subject to gates, vetoes and quotas.
 *
 * <p><b>Inheritance.</b> A ruleset with a {@code parent} (a city baseline) holds only its overrides:
 * an indicator, input, bonus, veto, gate, grade, quota or exemption with the same id as one of the
 * parent's replaces it (an indicator wherever it sits in the tree); one with a new id is added (an
 * indicator as a new top-level category); the ids in {@code removed} are removed. The scalar fields
 * (subject kind, aggregation, rounding, total cap, points-must-add-up) are the child's own, except the
 * missing-value default and the rescale rounding, which a child that leaves them out takes from its
 * parent (a city baseline can declare them for all its districts). The effective ruleset is resolved
 * by the assessment package; a cycle of parents is refused.
 */
package org.grassroots.rules;

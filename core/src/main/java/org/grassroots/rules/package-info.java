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
 */
package org.grassroots.rules;

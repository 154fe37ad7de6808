/**
 * Evaluation of rulesets (考核计算): resolve inheritance ({@link
 * org.grassroots.assessment.RulesetResolver}), validate with a path for every error ({@link
 * org.grassroots.assessment.RulesetValidator}), compile once ({@link
 * org.grassroots.assessment.CompiledRuleset}), evaluate columns of measurements ({@link
 * org.grassroots.assessment.InputColumns}) over a {@code TreeSnapshot}, then read the {@link
 * org.grassroots.assessment.Assessment}: points, totals, grades, {@link
 * org.grassroots.assessment.RollUp roll-ups} to every ancestor, {@link
 * org.grassroots.assessment.Ranking rankings} and {@link org.grassroots.assessment.Explanation
 * explanations} of a unit's result and of a {@link org.grassroots.assessment.RollUpExplanation
 * rolled-up figure}.
 *
 * <pre>{@code
 * Ruleset effective = RulesetResolver.resolve(districtRuleset, ref -> history.get(ref.id(), ref.version()));
 * CompiledRuleset rules = CompiledRuleset.compile(effective);          // RulesetInvalidException lists every error
 * Assessment result = rules.evaluate(InputColumns.of(tree, Period.parse("2024"), measurements));
 * long total = result.total(unitId);                                  // fixed point: Fixed.format(total)
 * String why = result.explain(unitId).text(Locale.CHINESE);           // 评分说明
 * Map<String, RollUp.Column> sums = result.sumsToEveryAncestor();
 * String how = result.explainRollUp(streetId, "total").text(Locale.CHINESE); // 汇总说明, child by child
 * }</pre>
 *
 * <p>A unit without a value of an input is <em>missing</em> it; the ruleset declares what that means
 * ({@link org.grassroots.rules.MissingPolicy}: zero, refuse, disqualify, exclude and rescale),
 * {@link org.grassroots.assessment.Assessment#missingCounts()} says how many units lack each input,
 * and an explanation says "missing → policy" for each.
 *
 * <p>{@link org.grassroots.assessment.Designations} reads a ruleset's grades as independent
 * designations a unit may hold several of (stars, community types), each with its own vetoes and
 * quotas, by the same evaluators.
 *
 * <p>A ruleset's published outcomes are pinned by fixture cases, one line per case, in the
 * {@code grassroots-rules-format} module ({@code RulesetCases}, {@code RulesetCaseTests}).
 */
package org.grassroots.assessment;

/**
 * Star ratings with rewards (五星联创 / 创星升级): a {@link org.grassroots.stars.StarScheme} is a
 * ruleset whose grades are stars earned independently (named stars, or one to five stars by total
 * bands — one mechanism, {@link org.grassroots.assessment.Designations}); {@link
 * org.grassroots.stars.StarRatings} is one period's outcome with the engine's explanation of every
 * star; {@link org.grassroots.stars.RewardPolicy} pays stars × reward per star in exact fen
 * ({@link org.grassroots.stars.Money}) from a budget, pro rata or by rank when it is short; {@link
 * org.grassroots.stars.StarBook} manages stars across periods (award, 摘星 on a veto or after failed
 * periods, publicity) and keeps every change as an audit-shaped record for a store to persist.
 * {@link org.grassroots.stars.StarProgram} puts the scheme, its reward per star and budget into
 * scenarios (情景测算) as a {@link org.grassroots.scenarios.programs.DesignationProgram}: {@link
 * org.grassroots.stars.StarOutcome} gives the stars and the reward due, paid, budget and shortfall
 * as typed figures, and who gains or loses a star as the programs' common differences; {@link org.grassroots.stars.StarSensitivity} gives each unit's exact flip point
 * for a star's bar.
 *
 * <pre>{@code
 * StarScheme.Compiled scheme = new StarScheme(ruleset, Money.ofYuan(20_000)).compile();
 * StarRatings ratings = scheme.evaluate(InputColumns.of(tree, Period.year(2023), measurements));
 * ratings.totalStars();                                   // 62
 * ratings.totalDue().format();                            // ¥1,240,000.00
 * ratings.explain(RuleId.of("pioneer"), unit).text(Locale.CHINESE);
 * RewardPolicy.proRata(Money.ofYuan(1_000_000), Remainder.LEFT_UNPAID)
 *     .allocate(ratings.claims(), scheme.scheme().rewardPerStar());
 * StarBook book = StarBook.empty(district, 2).advance(ratings, change, LocalDate.of(2024, 1, 10));
 * }</pre>
 */
package org.grassroots.stars;

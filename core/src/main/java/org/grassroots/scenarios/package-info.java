/**
 * Scenario calculations (情景测算): a baseline (ruleset + data snapshot) and overrides of rule
 * parameters give full results and their differences from the baseline; sweeps over parameter
 * grids run on a host-given {@link java.util.concurrent.Executor}; Monte Carlo draws over uncertain
 * inputs are reproducible from a declared seed; sensitivity finds, for a grade threshold, the exact
 * value at which each unit would flip.
 *
 * <p>Parameters are open: {@link org.grassroots.scenarios.Parameter} reads and writes one number of
 * a {@link org.grassroots.scenarios.Setup}; {@link org.grassroots.scenarios.RulesetParameter}
 * addresses the ruleset by path, and a program (e.g. star ratings) adds its own parameters that
 * read and write its settings kept in the setup.
 *
 * <p>Programs (工作项目) take part through one hook: a {@link org.grassroots.scenarios.Program}
 * registered in the setup ({@code setup.withProgram(StarProgram.class, …)}) is evaluated with the
 * ruleset by baselines, scenarios, sweeps and Monte Carlo runs; its {@link
 * org.grassroots.scenarios.ProgramOutcome} gives exact figures (e.g. {@code stars.total}, {@code
 * stars.due} in fen) that sweep points and draws carry, and its {@link
 * org.grassroots.scenarios.ProgramDifferences} who gains or loses what ({@code
 * org.grassroots.stars.StarProgram}: 五星联创; {@code org.grassroots.communitytypes.TypesProgram}:
 * 六型社区). {@link org.grassroots.scenarios.Setup#parameter(String)} finds a parameter by path,
 * the program's when the path starts with its name.
 */
package org.grassroots.scenarios;

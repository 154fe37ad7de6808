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
 * <p>Programs (工作项目) take part through one hook, {@link
 * org.grassroots.scenarios.programs.Program}, registered in the setup by its name and evaluated
 * with the ruleset; see {@link org.grassroots.scenarios.programs}. {@link
 * org.grassroots.scenarios.Setup#parameter(String)} finds a parameter by path, the program's when the
 * path starts with its name.
 */
package org.grassroots.scenarios;

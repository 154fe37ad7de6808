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
 */
package org.grassroots.scenarios;

/**
 * Programs in scenarios (工作项目): one abstraction for every program evaluated on top of an
 * assessment's inputs — 五星联创 star ratings with rewards, 六型社区 community types, or a program a
 * district declares only in a file.
 *
 * <p>A {@link org.grassroots.scenarios.programs.Program} is registered in a {@link
 * org.grassroots.scenarios.Setup} by its name ({@code setup.withProgram(program)}) and evaluated with
 * the ruleset by baselines, scenarios, sweeps and Monte Carlo runs. Its {@link
 * org.grassroots.scenarios.programs.ProgramOutcome} gives typed {@link
 * org.grassroots.scenarios.programs.Figure}s (a count, money in fen, fixed point, each with a
 * bilingual {@link org.grassroots.scenarios.programs.Label}), and its {@link
 * org.grassroots.scenarios.programs.ProgramDifferences} who gains or loses which designation, so a
 * command line or a report draws any program without naming it. Its parameters are {@link
 * org.grassroots.scenarios.programs.ProgramParameter}s of a known {@link
 * org.grassroots.scenarios.programs.FigureKind}.
 *
 * <p>Stars ({@code org.grassroots.stars.StarProgram}) and community types ({@code
 * org.grassroots.communitytypes.TypesProgram}) stand on one base, {@link
 * org.grassroots.scenarios.programs.DesignationProgram}: a ruleset whose grades are designations
 * held independently, evaluated once per distinct ruleset ({@link
 * org.grassroots.scenarios.programs.DesignationCache}) into {@link
 * org.grassroots.scenarios.programs.Holdings}.
 */
package org.grassroots.scenarios.programs;

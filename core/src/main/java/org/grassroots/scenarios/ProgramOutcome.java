package org.grassroots.scenarios;

import com.google.common.collect.ImmutableMap;

/**
 * What a {@link Program} gave on one period's inputs (项目结果), e.g. star ratings with the reward due
 * and paid. Immutable.
 */
public interface ProgramOutcome {

  /** The program's name ({@link Program#name()}). */
  String program();

  /**
   * The outcome's headline figures (主要数字), exact, in a stable order, each named {@code
   * program.figure} (e.g. {@code stars.total}, {@code stars.due}): counts as whole numbers, money in
   * fen. Sweep points and Monte Carlo draws carry these.
   */
  ImmutableMap<String, Long> figures();

  /**
   * How this outcome (a scenario's) differs from {@code baseline}, the same program's outcome on
   * the same inputs under the baseline's settings.
   *
   * @throws org.grassroots.input.InvalidInputException when {@code baseline} is of another program
   */
  ProgramDifferences differencesFrom(ProgramOutcome baseline);
}

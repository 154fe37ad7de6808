package org.grassroots.scenarios.programs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * What a {@link Program} gave on one period's inputs (项目结果), e.g. star ratings with the reward due
 * and paid. Immutable.
 */
public interface ProgramOutcome {

  /** The program's name ({@link Program#name()}). */
  String program();

  /**
   * The outcome's headline figures (主要数字), exact and typed, in a stable order, each named {@code
   * program.figure} (e.g. {@code stars.total}, {@code stars.due}): counts as whole numbers, money in
   * fen, each with its label. Sweep points and Monte Carlo draws carry their values.
   */
  ImmutableList<Figure> figures();

  /** The figures' values by name, in the figures' order. */
  default ImmutableMap<String, Long> values() {
    ImmutableMap.Builder<String, Long> out = ImmutableMap.builder();
    figures().forEach(f -> out.put(f.name(), f.value()));
    return out.buildOrThrow();
  }

  /**
   * The figures that add up over units (e.g. stars held, each star, the reward paid), for sums by
   * region; each unit's share is given by {@link #unitValues}. Empty when the program has none.
   */
  default java.util.List<Figure> unitFigures() {
    return java.util.List.of();
  }

  /**
   * The share of the unit at {@code position} of the snapshot in each of {@link #unitFigures()},
   * written into {@code out} from index {@code from}; a unit the program did not evaluate has 0.
   */
  default void unitValues(int position, long[] out, int from) {}

  /**
   * How this outcome (a scenario's) differs from {@code baseline}, the same program's outcome on
   * the same inputs under the baseline's settings.
   *
   * @throws org.grassroots.input.InvalidInputException when {@code baseline} is of another program
   */
  ProgramDifferences differencesFrom(ProgramOutcome baseline);
}

package org.grassroots.scenarios.programs;

import org.grassroots.assessment.InputColumns;
import org.grassroots.scenarios.Parameter;

/**
 * A program evaluated on top of the assessment's inputs (工作项目): e.g. 五星联创 star ratings with
 * their rewards, or 六型社区 community types. An implementation is the program's settings and is
 * registered in a {@link org.grassroots.scenarios.Setup} by its name ({@link
 * org.grassroots.scenarios.Setup#withProgram}); baselines, scenarios,
 * sweeps and Monte Carlo runs then evaluate it on the same inputs as the ruleset, and scenarios
 * change its numbers through its {@link #parameter parameters}.
 *
 * <p>Implementations are immutable: a parameter's override returns a new program (and so a new
 * setup); the program it was given is unchanged.
 */
public interface Program {
  /** What a program's name may be: a lower-case letter, then letters, digits or hyphens (at most 40). */
  java.util.regex.Pattern NAME_SYNTAX = java.util.regex.Pattern.compile("[a-z][a-zA-Z0-9-]{0,39}");

  /**
   * The program's name (项目名): the first segment of its parameter paths and of its figures'
   * names, e.g. {@code stars}. Unique within a setup.
   */
  String name();

  /**
   * The parameter at {@code path}, which starts with {@link #name()} and a dot (e.g. {@code
   * stars.rewardPerStar}).
   *
   * @throws org.grassroots.input.InvalidInputException when the path names no parameter of the program
   */
  Parameter parameter(String path);

  /** Evaluates the program on {@code inputs} (one period of one data snapshot). */
  ProgramOutcome evaluate(InputColumns inputs);
}

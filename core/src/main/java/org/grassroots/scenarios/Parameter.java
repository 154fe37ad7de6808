package org.grassroots.scenarios;

/**
 * A number a scenario may change (情景参数): a grade's threshold, a sub-item's points, a quota's
 * share, or a program's reward per star or budget. Values are fixed point ({@link
 * org.grassroots.rules.Fixed}) or whole counts, as the parameter says.
 *
 * <p>Open for programs: an implementation reads its number from the {@link Setup} and returns a new
 * setup with the number changed; it must never change the setup it was given.
 */
public interface Parameter {

  /** The stable path naming the parameter, e.g. {@code grades[A].minTotal}. */
  String path();

  /** The parameter's value in {@code setup}. */
  long read(Setup setup);

  /**
   * A new setup with the parameter set to {@code value}; {@code setup} is unchanged.
   *
   * @throws org.grassroots.input.InvalidInputException when the value is out of the parameter's range
   */
  Setup apply(Setup setup, long value);

  /**
   * {@code value} as plain exact text for tables and CSV (no thousands separators): fixed point by
   * default; a count as a whole number; money (in fen) as yuan with two decimals.
   */
  default String format(long value) {
    return kind().format(value);
  }

  /** What the value counts: fixed point unless the parameter says otherwise (a count, money in fen). */
  default org.grassroots.scenarios.programs.FigureKind kind() {
    return org.grassroots.scenarios.programs.FigureKind.FIXED;
  }
}

package org.grassroots.scenarios.programs;

import org.grassroots.input.Check;

/**
 * One headline figure of a program's outcome (主要数字), exact and typed, so that tables, CSVs and
 * charts show any program without knowing it.
 *
 * @param name the figure's stable name, {@code program.figure} (e.g. {@code stars.due}, {@code
 *     stars.count[s-1]}); sweep points and Monte Carlo draws are keyed by it
 * @param kind what the value counts (a count, money in fen, fixed point)
 * @param value the value, exact
 * @param label what the figure is called, in both languages
 */
public record Figure(String name, FigureKind kind, long value, Label label) {
  public Figure {
    Check.notBlank("figure.name", name);
    Check.notNull("figure.kind", kind);
    Check.notNull("figure.label", label);
  }

  /** A count. */
  public static Figure count(String name, long value, Label label) {
    return new Figure(name, FigureKind.COUNT, value, label);
  }

  /** Money in fen. */
  public static Figure money(String name, long fen, Label label) {
    return new Figure(name, FigureKind.MONEY, fen, label);
  }

  /** The value as plain exact text ({@link FigureKind#format}). */
  public String formatted() {
    return kind.format(value);
  }
}

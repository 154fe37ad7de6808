package org.grassroots.scenarios;

/**
 * How a program's outcome in a scenario differs from the baseline's (项目差异), e.g. who gains or
 * loses a star. Each program defines its own record; {@link Differences#program(Class)} finds it.
 */
public interface ProgramDifferences {

  /** The program's name ({@link Program#name()}). */
  String program();

  /** How many (unit, designation) pairs changed, gained or lost. */
  int changes();
}

package org.grassroots.boards;

/** Which of the cadre evaluation boards (干部履职尽责评价榜, 杏林) an entry is on. */
public enum BoardKind {
  /** The advanced board (先进榜): outstanding performance or contribution; counts for the cadre. */
  ADVANCED,
  /** The improvement board (促进榜): lagging work, problems or bad influence; counts against. */
  IMPROVEMENT
}

package org.grassroots.boards;

import org.grassroots.input.Check;

/**
 * A cadre's place in a period's ranking (榜单排名) and what it is made of.
 *
 * @param place 1-based place
 * @param cadre the cadre
 * @param advancedScore sum of advanced-board scores, fixed point
 * @param improvementScore sum of improvement-board scores, fixed point
 * @param net advanced − weight × improvement, fixed point (the ranking key)
 * @param advancedEntries number of advanced-board entries
 * @param improvementEntries number of improvement-board entries
 */
public record Standing(
    int place, CadreId cadre, long advancedScore, long improvementScore, long net,
    int advancedEntries, int improvementEntries) {
  public Standing {
    Check.atLeast("standing.place", place, 1);
    Check.notNull("standing.cadre", cadre);
    Check.atLeast("standing.advancedEntries", advancedEntries, 0);
    Check.atLeast("standing.improvementEntries", improvementEntries, 0);
  }
}

package org.grassroots.boards;

import org.grassroots.input.Check;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.TieBreak.RankMode;

/**
 * How the boards rank cadres in a period (榜单排名规则), as data.
 *
 * <p>A cadre's net score is the sum of the advanced-board scores minus {@code improvementWeight} ×
 * the sum of the improvement-board scores (rounded by {@code rounding}). Ties: {@link
 * RankMode#ORDINAL} breaks them by the number of advanced entries (more first), then by cadre id;
 * {@link RankMode#COMPETITION} and {@link RankMode#DENSE} share the place and list tied cadres by id.
 *
 * @param mode how ties are placed
 * @param improvementWeight how much one improvement-board point takes off, fixed point, not negative
 * @param rounding the rounding of weight × score
 * @param barAtImprovementEntries a cadre with at least this many improvement entries in the period is
 *     not recommended for promotion; 0 means such entries never bar
 */
public record RankingPolicy(
    RankMode mode, long improvementWeight, Rounding rounding, int barAtImprovementEntries) {
  public RankingPolicy {
    Check.notNull("rankingPolicy.mode", mode);
    Check.atLeast("rankingPolicy.improvementWeight", improvementWeight, 0);
    Check.notNull("rankingPolicy.rounding", rounding);
    Check.atLeast("rankingPolicy.barAtImprovementEntries", barAtImprovementEntries, 0);
  }

  /**
   * The preset read from 杏林: ordinal places, an improvement point weighs as much as an advanced
   * point, and any improvement entry in the period bars a promotion recommendation.
   */
  public static RankingPolicy xinglin() {
    return new RankingPolicy(RankMode.ORDINAL, Fixed.ONE, Rounding.HALF_UP, 1);
  }

  /** True when {@code improvementEntries} bar a recommendation. */
  public boolean bars(int improvementEntries) {
    return barAtImprovementEntries > 0 && improvementEntries >= barAtImprovementEntries;
  }
}

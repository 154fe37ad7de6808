package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.ProgramDifferences;

/**
 * How a scenario's stars and rewards differ from the baseline's (星级与奖励的变化): who gains or loses
 * which star, the counts per star and per level, the reward due, the budget, what is paid and the
 * shortfall, before → after. Money is exact (fen).
 *
 * @param flips every (unit, star) that changed, units in tree order, stars in display order
 * @param stars the stars, in display order
 * @param countsBefore units holding each star in the baseline
 * @param countsAfter the same in the scenario
 * @param levelsBefore units with 0, 1, … all stars in the baseline (index = level)
 * @param levelsAfter the same in the scenario
 * @param dueBefore the reward due in the baseline (stars × reward per star)
 * @param dueAfter the reward due in the scenario
 * @param budgetBefore the baseline's budget, if a policy is declared
 * @param budgetAfter the scenario's budget, if a policy is declared
 * @param paidBefore what the baseline pays
 * @param paidAfter what the scenario pays
 * @param shortfallBefore due − budget in the baseline, or ¥0
 * @param shortfallAfter due − budget in the scenario, or ¥0
 */
public record StarDifferences(List<StarFlip> flips, List<Grade> stars, List<Integer> countsBefore,
    List<Integer> countsAfter, List<Integer> levelsBefore, List<Integer> levelsAfter, Money dueBefore, Money dueAfter,
    Optional<Money> budgetBefore, Optional<Money> budgetAfter, Money paidBefore, Money paidAfter,
    Money shortfallBefore, Money shortfallAfter) implements ProgramDifferences {
  public StarDifferences {
    flips = ImmutableList.copyOf(Check.notNull("starDifferences.flips", flips));
    stars = ImmutableList.copyOf(Check.notNull("starDifferences.stars", stars));
    countsBefore = ImmutableList.copyOf(Check.notNull("starDifferences.countsBefore", countsBefore));
    countsAfter = ImmutableList.copyOf(Check.notNull("starDifferences.countsAfter", countsAfter));
    levelsBefore = ImmutableList.copyOf(Check.notNull("starDifferences.levelsBefore", levelsBefore));
    levelsAfter = ImmutableList.copyOf(Check.notNull("starDifferences.levelsAfter", levelsAfter));
    Check.notNull("starDifferences.dueBefore", dueBefore);
    Check.notNull("starDifferences.dueAfter", dueAfter);
    Check.notNull("starDifferences.budgetBefore", budgetBefore);
    Check.notNull("starDifferences.budgetAfter", budgetAfter);
    Check.notNull("starDifferences.paidBefore", paidBefore);
    Check.notNull("starDifferences.paidAfter", paidAfter);
    Check.notNull("starDifferences.shortfallBefore", shortfallBefore);
    Check.notNull("starDifferences.shortfallAfter", shortfallAfter);
  }

  /**
   * One unit gaining or losing one star (得星 / 失星).
   *
   * @param unit the unit
   * @param star the star
   * @param gains true when the unit holds the star in the scenario and not in the baseline
   * @param levelBefore the unit's level (star count) in the baseline
   * @param levelAfter its level in the scenario
   */
  public record StarFlip(OrgUnitId unit, Grade star, boolean gains, int levelBefore, int levelAfter) {
    public StarFlip {
      Check.notNull("starFlip.unit", unit);
      Check.notNull("starFlip.star", star);
    }
  }

  @Override
  public String program() {
    return StarProgram.NAME;
  }

  @Override
  public int changes() {
    return flips.size();
  }

  /** How many stars are gained. */
  public long gained() {
    return flips.stream().filter(StarFlip::gains).count();
  }

  /** How many stars are lost. */
  public long lost() {
    return flips.stream().filter(f -> !f.gains()).count();
  }
}

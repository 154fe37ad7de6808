package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Ints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.assessment.Assessment;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.ProgramDifferences;
import org.grassroots.scenarios.ProgramOutcome;

/**
 * The star programme's outcome on one period's inputs (评星及奖励结果): the ratings, the stars per
 * star and per level, the reward due and, under a policy, what is paid from the budget. Read-only.
 */
public final class StarOutcome implements ProgramOutcome {
  private final StarRatings ratings;
  private final Optional<RewardPolicy.Allocation> allocation;
  private final int[] subjects;
  private final boolean[][] held;
  private final int[] level;
  private final int[] counts;
  private final int[] levels;
  private final ImmutableMap<String, Long> figures;

  StarOutcome(StarRatings ratings, Optional<RewardPolicy.Allocation> allocation) {
    this.ratings = ratings;
    this.allocation = allocation;
    List<Grade> stars = ratings.scheme().stars();
    this.subjects = ratings.assessment(stars.get(0).id()).subjects();
    this.held = new boolean[stars.size()][subjects.length];
    this.level = new int[subjects.length];
    this.counts = new int[stars.size()];
    for (int s = 0; s < stars.size(); s++) {
      Assessment a = ratings.assessment(stars.get(s).id());
      for (int k = 0; k < subjects.length; k++) {
        if (a.gradeIndex(subjects[k]) == 0) {
          held[s][k] = true;
          level[k]++;
          counts[s]++;
        }
      }
    }
    this.levels = new int[stars.size() + 1];
    for (int l : level) {
      levels[l]++;
    }
    ImmutableMap.Builder<String, Long> f = ImmutableMap.builder();
    f.put(StarProgram.NAME + ".total", totalStars());
    f.put(StarProgram.NAME + ".due", due().fen());
    f.put(StarProgram.NAME + ".paid", paid().fen());
    budget().ifPresent(b -> f.put(StarProgram.NAME + ".budget", b.fen()));
    budget().ifPresent(b -> f.put(StarProgram.NAME + ".shortfall", shortfall().fen()));
    for (int s = 0; s < stars.size(); s++) {
      f.put(StarProgram.NAME + ".count[" + stars.get(s).id().value() + "]", (long) counts[s]);
    }
    for (int l = 0; l < levels.length; l++) {
      f.put(StarProgram.NAME + ".level[" + l + "]", (long) levels[l]);
    }
    this.figures = f.buildOrThrow();
  }

  @Override
  public String program() {
    return StarProgram.NAME;
  }

  /** The ratings, with every star's explanation. */
  public StarRatings ratings() {
    return ratings;
  }

  /** The payments under the policy; empty without one. */
  public Optional<RewardPolicy.Allocation> allocation() {
    return allocation;
  }

  /** The stars, in display order. */
  public List<Grade> stars() {
    return ratings.scheme().stars();
  }

  /** Every star earned by every unit. */
  public long totalStars() {
    return Ints.asList(counts).stream().mapToLong(Integer::longValue).sum();
  }

  /** How many units earned each star, in display order. */
  public List<Integer> counts() {
    return ImmutableList.copyOf(Ints.asList(counts));
  }

  /** How many units hold 0, 1, … all the stars (index = level, 星级). */
  public List<Integer> levels() {
    return ImmutableList.copyOf(Ints.asList(levels));
  }

  /** The reward due before any budget: total stars × reward per star, exactly. */
  public Money due() {
    return ratings.scheme().rewardPerStar().times(totalStars());
  }

  /** What is paid: under a policy its allocation's total (never above the budget), else the due. */
  public Money paid() {
    return allocation.map(RewardPolicy.Allocation::totalPaid).orElse(due());
  }

  /** The policy's budget; empty without a policy. */
  public Optional<Money> budget() {
    return allocation.map(a -> a.totalPaid().plus(a.unpaidBudget()));
  }

  /** How far the budget falls short of the reward due (预算缺口): due − budget, or ¥0. */
  public Money shortfall() {
    return budget().filter(b -> b.compareTo(due()) < 0).map(b -> due().minus(b)).orElse(Money.ZERO);
  }

  @Override
  public ImmutableMap<String, Long> figures() {
    return figures;
  }

  @Override
  public StarDifferences differencesFrom(ProgramOutcome baseline) {
    Check.notNull("baseline", baseline);
    if (!(baseline instanceof StarOutcome b)) {
      throw new org.grassroots.input.InvalidInputException("scenario.otherProgram", "baseline", program(),
          baseline.program());
    }
    Check.that(b.subjects.length == subjects.length && b.held.length == held.length, "scenario.otherSnapshot",
        "baseline", ratings.period());
    List<StarDifferences.StarFlip> flips = new ArrayList<>();
    for (int k = 0; k < subjects.length; k++) {
      for (int s = 0; s < held.length; s++) {
        if (b.held[s][k] != held[s][k]) {
          OrgUnitId unit = ratings.tree().id(subjects[k]);
          flips.add(new StarDifferences.StarFlip(unit, stars().get(s), held[s][k], b.level[k], level[k]));
        }
      }
    }
    return new StarDifferences(flips, stars(), b.counts(), counts(), b.levels(), levels(), b.due(), due(),
        b.budget(), budget(), b.paid(), paid(), b.shortfall(), shortfall());
  }
}

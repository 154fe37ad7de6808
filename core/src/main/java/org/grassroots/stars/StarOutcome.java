package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Ints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.Holdings;
import org.grassroots.scenarios.ProgramOutcome;

/**
 * The star programme's outcome on one period's inputs (评星及奖励结果): the ratings, the stars per
 * star and per level, the reward due and, under a policy, what is paid from the budget. Read-only.
 */
public final class StarOutcome implements ProgramOutcome {
  private final StarRatings ratings;
  private final Optional<RewardPolicy.Allocation> allocation;
  private final Holdings holdings;
  private final int[] counts;
  private final int[] levels;
  private final ImmutableMap<String, Long> figures;

  StarOutcome(StarRatings ratings, Optional<RewardPolicy.Allocation> allocation) {
    this.ratings = ratings;
    this.allocation = allocation;
    List<Grade> stars = ratings.scheme().stars();
    this.holdings = Holdings.of(stars.stream().map(g -> ratings.assessment(g.id())).toList());
    this.counts = new int[stars.size()];
    for (int s = 0; s < stars.size(); s++) {
      counts[s] = holdings.count(s);
    }
    this.levels = new int[stars.size() + 1];
    for (int l : holdings.levels()) {
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
    List<StarDifferences.StarFlip> flips = new ArrayList<>();
    for (Holdings.Change c : holdings.changesFrom(b.holdings)) {
      flips.add(new StarDifferences.StarFlip(c.unit(), stars().get(c.designation()), c.gains(), c.levelBefore(),
          c.levelAfter()));
    }
    return new StarDifferences(flips, stars(), b.counts(), counts(), b.levels(), levels(), b.due(), due(),
        b.budget(), budget(), b.paid(), paid(), b.shortfall(), shortfall());
  }
}

package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.programs.DesignationOutcome;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.scenarios.programs.Label;

/**
 * The star programme's outcome on one period's inputs (评星及奖励结果): the ratings, the stars per
 * star and per level, the reward due and, under a policy, what is paid from the budget. Read-only.
 */
public final class StarOutcome extends DesignationOutcome {
  private final StarRatings ratings;
  private final Optional<RewardPolicy.Allocation> allocation;
  private final ImmutableList<Figure> figures;

  StarOutcome(String program, StarRatings ratings, Optional<RewardPolicy.Allocation> allocation) {
    super(program, ratings.designations());
    this.ratings = ratings;
    this.allocation = allocation;
    ImmutableList.Builder<Figure> f = ImmutableList.builder();
    if (ratings.scheme().reward() instanceof StarReward.PerLevel l) {
      for (int k = 1; k <= l.amounts().size(); k++) {
        f.add(Figure.money(program + ".rewardPerLevel[" + k + "]", l.amounts().get(k - 1).fen(),
            Label.of("stars.figure.rewardPerLevel", stars().get(k - 1).name())));
      }
    } else {
      f.add(money("rewardPerStar", ((StarReward.PerStar) ratings.scheme().reward()).amount()));
    }
    f.add(totalFigure());
    f.add(money("due", due()));
    f.add(money("paid", paid()));
    budget().ifPresent(b -> f.add(money("budget", b)));
    budget().ifPresent(b -> f.add(money("shortfall", shortfall())));
    countFigures(f, true);
    this.figures = f.build();
  }

  private Figure money(String figure, Money m) {
    return Figure.money(program() + "." + figure, m.fen(), Label.of("stars.figure." + figure));
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
    return designations();
  }

  /** Every star earned by every unit. */
  public long totalStars() {
    return totalHeld();
  }

  /** The reward due before any budget, exactly: total stars × reward per star, or Σ units per level × its reward. */
  public Money due() {
    StarReward reward = ratings.scheme().reward();
    List<Integer> levels = levels();
    Money total = Money.ZERO;
    for (int k = 1; k < levels.size(); k++) {
      total = total.plus(reward.due(k).times(levels.get(k)));
    }
    return total;
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

  /** The designations' unit figures, then {@code NAME.paid}: what each unit is paid (or due, without a policy). */
  @Override
  public List<Figure> unitFigures() {
    return ImmutableList.<Figure>builder().addAll(super.unitFigures()).add(money("paid", paid())).build();
  }

  @Override
  public void unitValues(int position, long[] out, int from) {
    super.unitValues(position, out, from);
    org.grassroots.hierarchy.OrgUnitId id = ratings.tree().id(position);
    out[from + stars().size() + 1] = allocation.map(x -> x.paid(id)).orElseGet(() -> ratings.due(id)).fen();
  }

  @Override
  public ImmutableList<Figure> figures() {
    return figures;
  }
}

package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * What a unit is due for the stars it holds (奖励标准), before any budget: either an amount for each
 * star ({@link PerStar}, 每星奖励: 云冈's ¥20,000 a star) or an amount for each level of a graded
 * scheme ({@link PerLevel}, 按星级奖励: 三星 ¥x, 四星 ¥y, 五星 ¥z), exact in fen.
 */
public sealed interface StarReward permits StarReward.PerStar, StarReward.PerLevel {
  /** The reward due for holding {@code level} stars; ¥0 for none. */
  Money due(int level);

  /** An amount for each star held. */
  static PerStar perStar(Money amount) {
    return new PerStar(amount);
  }

  /** An amount for each level, level 1 first (a unit at level k is due the k-th amount, not their sum). */
  static PerLevel perLevel(List<Money> amounts) {
    return new PerLevel(amounts);
  }

  /**
   * An amount for each star held (每星奖励): a unit with k stars is due k × the amount.
   *
   * @param amount the reward per star
   */
  record PerStar(Money amount) implements StarReward {
    public PerStar {
      Check.notNull("reward.perStar", amount);
    }

    @Override
    public Money due(int level) {
      return amount.times(Check.atLeast("level", level, 0));
    }
  }

  /**
   * An amount for each level of a graded scheme (按星级奖励): a unit at level k (holding stars 1 … k)
   * is due the k-th amount; at level 0 nothing.
   *
   * @param amounts the reward of level 1, 2, …, one per star of the scheme
   */
  record PerLevel(List<Money> amounts) implements StarReward {
    public PerLevel {
      Check.notEmpty("reward.perLevel", amounts);
      for (int k = 0; k < amounts.size(); k++) {
        Check.notNull("reward.perLevel[" + k + "]", amounts.get(k));
      }
      amounts = ImmutableList.copyOf(amounts);
    }

    @Override
    public Money due(int level) {
      Check.atLeast("level", level, 0);
      if (level > amounts.size()) {
        throw new InvalidInputException("stars.levelWithoutReward", "level", Integer.toString(level), amounts.size());
      }
      return level == 0 ? Money.ZERO : amounts.get(level - 1);
    }

    /** This reward with level {@code level} (1 = the lowest) paying {@code amount}. */
    public PerLevel with(int level, Money amount) {
      Check.between("level", level, 1, amounts.size());
      List<Money> out = new java.util.ArrayList<>(amounts);
      out.set(level - 1, Check.notNull("reward.perLevel", amount));
      return new PerLevel(out);
    }
  }
}

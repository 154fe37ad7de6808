package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.assessment.Designations;
import org.grassroots.assessment.InputColumns;
import org.grassroots.input.Check;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Grade;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;

/**
 * A star scheme (星级评定方案, 五星联创 / 创星升级) as data: a {@link Ruleset} whose grades are the
 * stars, each earned independently when its criterion (the grade's {@code minTotal} and gates) holds,
 * no veto disqualifies it and no quota cuts it; plus the reward per star.
 *
 * <p>Both shapes of scheme are this one mechanism:
 *
 * <ul>
 *   <li><b>named stars</b> (云冈: 组织建设先锋星 … 宜居稳定幸福星): each grade's gate is that star's
 *       criterion over indicators, inputs and ledger-derived measurements;
 *   <li><b>graded schemes</b> (一星 to 五星 by total): {@link #graded} makes star <i>k</i> the grade
 *       "total within band <i>k</i> or above", so a unit with three stars holds stars 1, 2 and 3 and
 *       its level is its count.
 * </ul>
 *
 * A unit's star count is its level and what its reward is reckoned from: an amount per star or an
 * amount per level ({@link StarReward}).
 *
 * @param rules the ruleset; its grades are the stars, in display order
 * @param reward what a unit is due for its stars (云冈: ¥20,000 a star); per level, one amount per star
 */
public record StarScheme(Ruleset rules, StarReward reward) {
  public StarScheme {
    Check.notNull("starScheme.rules", rules);
    Check.notNull("starScheme.reward", reward);
    Check.notEmpty("starScheme.rules.grades", rules.grades());
    if (reward instanceof StarReward.PerLevel l) {
      Check.that(l.amounts().size() == rules.grades().size(), "stars.rewardsPerLevel", "starScheme.reward.perLevel",
          l.amounts().size(), rules.grades().size());
    }
  }

  /** The scheme paying {@code rewardPerStar} for each star. */
  public StarScheme(Ruleset rules, Money rewardPerStar) {
    this(rules, StarReward.perStar(Check.notNull("starScheme.rewardPerStar", rewardPerStar)));
  }

  /**
   * The reward per star (每星奖励).
   *
   * @throws org.grassroots.input.InvalidInputException when the scheme pays per level instead
   */
  public Money rewardPerStar() {
    if (reward instanceof StarReward.PerStar p) {
      return p.amount();
    }
    throw new org.grassroots.input.InvalidInputException("stars.notPerStar", "starScheme.rewardPerStar", "perLevel");
  }

  /** This scheme with another reward; the criteria unchanged. */
  public StarScheme withReward(StarReward other) {
    return new StarScheme(rules, other);
  }

  /**
   * A graded scheme: {@code rules}' own grades are replaced by one star per lower bound of the
   * total, lowest first (star 1 needs the first bound, star 2 the second, …).
   *
   * @param names the stars' display names, e.g. 一星 … 五星
   * @param lowerBounds the least total of each star, strictly increasing, with its boundary
   * @param gates gates every star requires as well (e.g. no category below 60%)
   */
  public static StarScheme graded(Ruleset rules, List<String> names, List<Bound> lowerBounds, List<RuleId> gates,
      Money rewardPerStar) {
    Check.notNull("starScheme.rules", rules);
    Check.notEmpty("starScheme.names", names);
    Check.notNull("starScheme.lowerBounds", lowerBounds);
    Check.notNull("starScheme.gates", gates);
    Check.that(names.size() == lowerBounds.size(), "stars.boundsPerStar", "starScheme.lowerBounds",
        lowerBounds.size(), names.size());
    List<Grade> stars = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      Bound b = Check.notNull("starScheme.lowerBounds[" + k + "]", lowerBounds.get(k));
      if (k > 0) {
        Bound prev = lowerBounds.get(k - 1);
        Check.that(b.value() > prev.value(), "stars.boundsNotIncreasing", "starScheme.lowerBounds[" + k + "]",
            b, prev);
      }
      stars.add(new Grade(RuleId.of("star-" + (k + 1)), names.get(k), Optional.of(b), gates));
    }
    Ruleset r = rules.withRules(rules.vetoes(), rules.gates(), stars, rules.quotas());
    return new StarScheme(r, rewardPerStar);
  }

  /** The stars, in display order. */
  public List<Grade> stars() {
    return rules.grades();
  }

  /** Compiles the scheme once; evaluate it for any number of periods. */
  public Compiled compile() {
    return new Compiled(this, Designations.compile(rules));
  }

  /** A compiled star scheme. */
  public static final class Compiled {
    private final StarScheme scheme;
    private final Designations designations;

    private Compiled(StarScheme scheme, Designations designations) {
      this.scheme = scheme;
      this.designations = designations;
    }

    public StarScheme scheme() {
      return scheme;
    }

    /**
     * The same compiled stars with another reward per star: the criteria are unchanged, so nothing
     * is compiled again (a sweep over the reward per star compiles the scheme once).
     */
    public Compiled withRewardPerStar(Money reward) {
      return withReward(StarReward.perStar(Check.notNull("starScheme.rewardPerStar", reward)));
    }

    /** The same compiled stars with another reward (per star or per level); nothing compiled again. */
    public Compiled withReward(StarReward reward) {
      return new Compiled(scheme.withReward(reward), designations);
    }

    /** The stars earned in the period of {@code columns}. */
    public StarRatings evaluate(InputColumns columns) {
      return new StarRatings(scheme, designations.evaluate(columns));
    }
  }

  /** The stars' ids, in display order. */
  public List<RuleId> starIds() {
    return ImmutableList.copyOf(rules.grades().stream().map(Grade::id).toList());
  }
}

package org.grassroots.stars;

import java.util.Optional;
import org.grassroots.assessment.Designations;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.RulesetParameter;
import org.grassroots.scenarios.programs.DesignationCache;
import org.grassroots.scenarios.programs.DesignationProgram;
import org.grassroots.scenarios.programs.FigureKind;
import org.grassroots.scenarios.programs.ProgramParameter;

/**
 * The star programme in scenarios (五星联创情景测算): a {@link StarScheme} (its criteria and reward per
 * star) and, optionally, a {@link RewardPolicy} with a budget, registered in a scenario {@link
 * org.grassroots.scenarios.Setup} with {@code setup.withProgram(program)}. It is a {@link
 * DesignationProgram}: its stars are designations held independently.
 *
 * <p>Parameters (exact; money in fen), {@code NAME} being the programme's name ({@code stars} unless
 * declared otherwise):
 *
 * <ul>
 *   <li>{@code NAME.rewardPerStar} — the reward per star (每星奖励), fen; a scheme paying per level has
 *       instead {@code NAME.rewardPerLevel[k]}, the reward of level k (k = 1 … number of stars), fen;
 *   <li>{@code NAME.budget} — the policy's budget (奖励资金预算), fen; only with a policy;
 *   <li>{@code NAME.rules.PATH} — any {@link RulesetParameter} path of the scheme's ruleset, e.g.
 *       {@code stars.rules.grades[star-3].minTotal} (a graded scheme's threshold) or {@code
 *       stars.rules.gates[g-pioneer].condition.allOf[0].value} (a named star's bar).
 * </ul>
 *
 * Figures: {@code NAME.rewardPerStar} (or {@code NAME.rewardPerLevel[k]}), {@code NAME.total}, {@code NAME.due}, {@code NAME.paid} and,
 * with a policy, {@code NAME.budget} and {@code NAME.shortfall} (money in fen), {@code NAME.count[ID]}
 * per star and {@code NAME.level[k]} (units with k stars, k = 0 … number of stars).
 */
public final class StarProgram extends DesignationProgram<StarProgram> {
  /** The default programme name, the first segment of its paths. */
  public static final String NAME = "stars";

  private final StarScheme scheme;
  private final Optional<RewardPolicy> policy;

  // The cache is shared by every copy derived from one programme: a point that moves only money
  // reuses the ratings, and each distinct set of criteria is compiled once (results unchanged).
  private StarProgram(String name, StarScheme scheme, Optional<RewardPolicy> policy, DesignationCache cache) {
    super(name, scheme.rules(), cache);
    this.scheme = scheme;
    this.policy = policy;
  }

  /** The scheme with its reward per star and no budget: every unit is paid what it is due. */
  public static StarProgram of(StarScheme scheme) {
    return of(NAME, scheme);
  }

  /** The scheme named {@code name} (e.g. a members' points title declared in a file), no budget. */
  public static StarProgram of(String name, StarScheme scheme) {
    Check.notNull("starProgram.scheme", scheme);
    return new StarProgram(name, scheme, Optional.empty(), new DesignationCache());
  }

  /** The scheme paid under {@code policy} (its budget and what happens when it is short). */
  public static StarProgram of(StarScheme scheme, RewardPolicy policy) {
    return of(scheme).withPolicy(policy);
  }

  public StarScheme scheme() {
    return scheme;
  }

  public Optional<RewardPolicy> policy() {
    return policy;
  }

  /** This programme paid under {@code other}. */
  public StarProgram withPolicy(RewardPolicy other) {
    return new StarProgram(name(), scheme, Optional.of(Check.notNull("starProgram.policy", other)), cache());
  }

  /** This programme paying {@code reward} a star (per star from now on); the criteria stay compiled. */
  public StarProgram withRewardPerStar(Money reward) {
    Check.notNull("starProgram.rewardPerStar", reward);
    return withReward(StarReward.perStar(reward));
  }

  /** This programme with another reward, per star or per level; the criteria stay compiled. */
  public StarProgram withReward(StarReward reward) {
    return new StarProgram(name(), scheme.withReward(Check.notNull("starProgram.reward", reward)), policy, cache());
  }

  /** This programme with another budget under the same policy; refused without a policy. */
  public StarProgram withBudget(Money budget) {
    Check.notNull("starProgram.budget", budget);
    RewardPolicy p = policy.orElseThrow(
        () -> new InvalidInputException("stars.noPolicy", name() + ".budget", budget.format()));
    return withPolicy(new RewardPolicy(budget, p.shortfall(), p.remainder(), p.ties()));
  }

  /**
   * This programme with another star scheme (e.g. a threshold moved); compiled when first used,
   * once for all copies of this programme with equal criteria.
   */
  public StarProgram withScheme(StarScheme other) {
    Check.notNull("starProgram.scheme", other);
    return new StarProgram(name(), other, policy, cache());
  }

  @Override
  public StarProgram withRules(Ruleset other) {
    return withScheme(new StarScheme(other, scheme.reward()));
  }

  @Override
  protected Parameter ownParameter(String p) {
    if (p.equals(name() + ".rewardPerStar")) {
      return ProgramParameter.of(p, name(), StarProgram.class, s -> s.scheme.rewardPerStar().fen(),
          (s, v) -> s.withRewardPerStar(Money.ofFen(Check.atLeast(p, v, 0))), FigureKind.MONEY);
    }
    if (p.startsWith(name() + ".rewardPerLevel[") && p.endsWith("]")
        && scheme.reward() instanceof StarReward.PerLevel l) {
      int level = level(p, p.substring(name().length() + ".rewardPerLevel[".length(), p.length() - 1), l);
      return ProgramParameter.of(p, name(), StarProgram.class,
          s -> s.scheme.reward().due(level).fen(),
          (s, v) -> s.withReward(((StarReward.PerLevel) s.scheme.reward()).with(level,
              Money.ofFen(Check.atLeast(p, v, 0)))), FigureKind.MONEY);
    }
    if (p.equals(name() + ".budget")) {
      return ProgramParameter.of(p, name(), StarProgram.class,
          s -> s.policy.orElseThrow(() -> new InvalidInputException("stars.noPolicy", p, "")).budget().fen(),
          (s, v) -> s.withBudget(Money.ofFen(Check.atLeast(p, v, 0))), FigureKind.MONEY);
    }
    throw new InvalidInputException("stars.unknownPath", "parameter.path", p);
  }

  private static int level(String path, String text, StarReward.PerLevel reward) {
    try {
      return (int) Check.between(path, Integer.parseInt(text), 1, reward.amounts().size());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("stars.unknownPath", "parameter.path", path);
    }
  }

  @Override
  protected StarOutcome outcome(Designations.Result designations) {
    StarRatings ratings = new StarRatings(scheme, designations);
    return new StarOutcome(name(), ratings, policy.map(p -> p.allocate(ratings.claims(), scheme.reward())));
  }

  @Override
  public StarOutcome evaluate(org.grassroots.assessment.InputColumns inputs) {
    return (StarOutcome) super.evaluate(inputs);
  }

  @Override
  public String toString() {
    String reward = scheme.reward() instanceof StarReward.PerLevel l
        ? l.amounts().stream().map(Money::format).toList() + " by level"
        : scheme.rewardPerStar().format() + " a star";
    return name() + "(" + scheme.rules().ref() + ", " + reward
        + policy.map(p -> ", budget " + p.budget().format() + " " + p.shortfall()).orElse("") + ")";
  }
}

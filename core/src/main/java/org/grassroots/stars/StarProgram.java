package org.grassroots.stars;

import java.util.Optional;
import org.grassroots.assessment.InputColumns;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.scenarios.DesignationCache;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Program;
import org.grassroots.scenarios.ProgramParameter;
import org.grassroots.scenarios.RulesetParameter;

/**
 * The star programme in scenarios (五星联创情景测算): a {@link StarScheme} (its criteria and reward per
 * star) and, optionally, a {@link RewardPolicy} with a budget, registered in a scenario {@link
 * org.grassroots.scenarios.Setup} with {@code setup.withProgram(StarProgram.class, program)}.
 *
 * <p>Parameters (exact; money in fen):
 *
 * <ul>
 *   <li>{@code stars.rewardPerStar} — the reward per star (每星奖励), fen;
 *   <li>{@code stars.budget} — the policy's budget (奖励资金预算), fen; only with a policy;
 *   <li>{@code stars.rules.PATH} — any {@link RulesetParameter} path of the scheme's ruleset, e.g.
 *       {@code stars.rules.grades[star-3].minTotal} (a graded scheme's threshold) or {@code
 *       stars.rules.gates[g-pioneer].condition.allOf[0].value} (a named star's bar).
 * </ul>
 *
 * Figures: {@code stars.total}, {@code stars.due}, {@code stars.paid} and, with a policy, {@code
 * stars.budget} and {@code stars.shortfall} (money in fen), {@code stars.count[ID]} per star and
 * {@code stars.level[k]} (units with k stars, k = 0 … number of stars).
 */
public final class StarProgram implements Program {
  /** The program's name, the first segment of its paths. */
  public static final String NAME = "stars";

  private static final String RULES = NAME + ".rules.";

  private final StarScheme scheme;
  private final Optional<RewardPolicy> policy;
  // Shared by every copy derived from one programme: a point that moves only money reuses the
  // ratings, and each distinct set of criteria is compiled once (results unchanged).
  private final DesignationCache cache;

  private StarProgram(StarScheme scheme, Optional<RewardPolicy> policy, DesignationCache cache) {
    this.scheme = scheme;
    this.policy = policy;
    this.cache = cache;
  }

  /** The scheme with its reward per star and no budget: every unit is paid what it is due. */
  public static StarProgram of(StarScheme scheme) {
    Check.notNull("starProgram.scheme", scheme);
    return new StarProgram(scheme, Optional.empty(), new DesignationCache());
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
    return new StarProgram(scheme, Optional.of(Check.notNull("starProgram.policy", other)), cache);
  }

  /** This programme with another reward per star; the criteria stay compiled. */
  public StarProgram withRewardPerStar(Money reward) {
    Check.notNull("starProgram.rewardPerStar", reward);
    return new StarProgram(new StarScheme(scheme.rules(), reward), policy, cache);
  }

  /** This programme with another budget under the same policy; refused without a policy. */
  public StarProgram withBudget(Money budget) {
    Check.notNull("starProgram.budget", budget);
    RewardPolicy p = policy.orElseThrow(
        () -> new InvalidInputException("stars.noPolicy", "stars.budget", budget.format()));
    return withPolicy(new RewardPolicy(budget, p.shortfall(), p.remainder(), p.ties()));
  }

  /**
   * This programme with another star scheme (e.g. a threshold moved); compiled when first used,
   * once for all copies of this programme with equal criteria.
   */
  public StarProgram withScheme(StarScheme other) {
    Check.notNull("starProgram.scheme", other);
    return new StarProgram(other, policy, cache);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Parameter parameter(String path) {
    Check.notBlank("parameter.path", path);
    String p = path.strip();
    if (p.equals(NAME + ".rewardPerStar")) {
      return ProgramParameter.of(p, StarProgram.class, s -> s.scheme.rewardPerStar().fen(),
          (s, v) -> s.withRewardPerStar(Money.ofFen(Check.atLeast(p, v, 0))), StarProgram::yuan);
    }
    if (p.equals(NAME + ".budget")) {
      return ProgramParameter.of(p, StarProgram.class,
          s -> s.policy.orElseThrow(() -> new InvalidInputException("stars.noPolicy", p, "")).budget().fen(),
          (s, v) -> s.withBudget(Money.ofFen(Check.atLeast(p, v, 0))), StarProgram::yuan);
    }
    if (p.startsWith(RULES)) {
      RulesetParameter r = RulesetParameter.parse(p.substring(RULES.length()));
      return ProgramParameter.of(p, StarProgram.class, s -> r.read(s.scheme.rules()),
          (s, v) -> s.withScheme(new StarScheme(r.apply(s.scheme.rules(), v), s.scheme.rewardPerStar())), r::format);
    }
    throw new InvalidInputException("stars.unknownPath", "parameter.path", p);
  }

  /** Fen as yuan with two decimals, plain (e.g. 1500000 → 15000.00). */
  static String yuan(long fen) {
    return Money.ofFen(fen).toYuan().toPlainString();
  }

  @Override
  public StarOutcome evaluate(InputColumns inputs) {
    Check.notNull("inputs", inputs);
    StarRatings ratings = new StarRatings(scheme, cache.evaluate(scheme.rules(), inputs));
    return new StarOutcome(ratings, policy.map(p -> p.allocate(ratings.claims(), scheme.rewardPerStar())));
  }

  @Override
  public String toString() {
    return NAME + "(" + scheme.rules().ref() + ", " + scheme.rewardPerStar().format() + " a star"
        + policy.map(p -> ", budget " + p.budget().format() + " " + p.shortfall()).orElse("") + ")";
  }
}

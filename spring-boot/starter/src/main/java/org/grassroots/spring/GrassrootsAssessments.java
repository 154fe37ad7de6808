package org.grassroots.spring;

import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.Explanation;
import org.grassroots.assessment.InputColumns;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.Period;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.StorageProvider;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarRatings;
import org.grassroots.stars.StarScheme;

/**
 * Assessments of stored districts (考核服务): a district's tree as it stood at the end of a period
 * and its measurements of that period, from the storage, evaluated by a loaded ruleset in force
 * then. Each evaluation is timed as {@code grassroots.assessments} when Micrometer is present. A
 * plain, non-final class with public methods, so Spring can proxy it (e.g. a host's
 * {@code @Transactional(readOnly = true)} around a call).
 */
public class GrassrootsAssessments {
  /** The timer of every evaluation. */
  public static final String METRIC = "grassroots.assessments";

  private final StorageProvider storage;
  private final GrassrootsRulesets rulesets;
  private final CallTimer timer;

  public GrassrootsAssessments(StorageProvider storage, GrassrootsRulesets rulesets, CallTimer timer) {
    this.storage = storage;
    this.rulesets = rulesets;
    this.timer = timer;
  }

  /**
   * The inputs of {@code district} for {@code period}: its tree at the period's end and its
   * measurements of the period and of the months and quarters within it (分期数据).
   */
  public InputColumns inputs(DistrictId district, Period period) {
    Check.notNull("district", district);
    Check.notNull("period", period);
    TreeSnapshot tree = TreeSnapshot.of(storage.organizations().asOf(district, period.end()));
    return InputColumns.of(tree, period, storage.measurements().withinPeriod(district, period));
  }

  /**
   * Assesses {@code district} for {@code period} by its ruleset {@code ruleset} in force on the
   * period's last day.
   *
   * @throws org.grassroots.input.InvalidInputException if no such ruleset is loaded, or the
   *     measurements do not fit the tree
   */
  public Assessment assess(DistrictId district, RulesetId ruleset, Period period) {
    CompiledRuleset rules = rulesets.inForce(district, ruleset, Check.notNull("period", period).end());
    return timed("assess", () -> rules.evaluate(inputs(district, period)));
  }

  /** The explanation of {@code unit}'s result, step by step (评分说明). */
  public Explanation explain(DistrictId district, RulesetId ruleset, Period period, OrgUnitId unit) {
    Check.notNull("unit", unit);
    return assess(district, ruleset, period).explain(unit);
  }

  /**
   * Stars (五星联创) of {@code district} for {@code period}: the grades of the star ruleset {@code
   * scheme} are the stars, each earned on its own, and each pays {@code rewardPerStar}.
   */
  public StarRatings stars(DistrictId district, RulesetId scheme, Period period, Money rewardPerStar) {
    Check.notNull("rewardPerStar", rewardPerStar);
    CompiledRuleset rules = rulesets.inForce(district, scheme, Check.notNull("period", period).end());
    StarScheme stars = new StarScheme(rules.ruleset(), rewardPerStar);
    return timed("stars", () -> stars.compile().evaluate(inputs(district, period)));
  }

  private <T> T timed(String operation, java.util.concurrent.Callable<T> call) {
    try {
      return timer.time(METRIC, operation, call);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

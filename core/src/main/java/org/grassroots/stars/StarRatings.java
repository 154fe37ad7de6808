package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.Designations;
import org.grassroots.assessment.Explanation;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Veto;

/**
 * The stars earned in one period (星级评定结果): for every assessed unit, which stars it earned, why,
 * and what it is due. Read-only.
 */
public final class StarRatings {
  private final StarScheme scheme;
  private final Designations.Result result;

  StarRatings(StarScheme scheme, Designations.Result result) {
    this.scheme = scheme;
    this.result = result;
  }

  public StarScheme scheme() {
    return scheme;
  }

  /** The stars as designations, as the engine evaluated them. */
  Designations.Result designations() {
    return result;
  }

  /** The period rated. */
  public Period period() {
    return result.assessment(0).period();
  }

  /** The snapshot rated. */
  public TreeSnapshot tree() {
    return result.assessment(0).tree();
  }

  /** The rated units (the ruleset's subject kind), in snapshot order. */
  public List<OrgUnitId> units() {
    TreeSnapshot t = tree();
    ImmutableList.Builder<OrgUnitId> out = ImmutableList.builder();
    for (int pos : result.assessment(0).subjects()) {
      out.add(t.id(pos));
    }
    return out.build();
  }

  /** How many units earned {@code star}. */
  public int count(RuleId star) {
    return result.count(result.designations().indexOf(star));
  }

  /** How many units earned each star, in display order. */
  public ImmutableMap<Grade, Integer> counts() {
    Map<Grade, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < scheme.stars().size(); i++) {
      out.put(scheme.stars().get(i), result.count(i));
    }
    return ImmutableMap.copyOf(out);
  }

  /** Every star earned by every unit. */
  public long totalStars() {
    long n = 0;
    for (int i = 0; i < scheme.stars().size(); i++) {
      n += result.count(i);
    }
    return n;
  }

  /** True when {@code unit} earned {@code star}. */
  public boolean earned(RuleId star, OrgUnitId unit) {
    return result.holds(star, unit);
  }

  /** The stars {@code unit} earned, by id, in display order. */
  public ImmutableSet<RuleId> stars(OrgUnitId unit) {
    return result.held(unit).stream().map(Grade::id).collect(ImmutableSet.toImmutableSet());
  }

  /** The unit's level (星级): how many stars it earned. */
  public int level(OrgUnitId unit) {
    return result.held(unit).size();
  }

  /** The vetoes that fired for {@code unit} and bar it from {@code star}. */
  public List<Veto> vetoes(RuleId star, OrgUnitId unit) {
    return result.assessment(result.designations().indexOf(star)).vetoes(unit);
  }

  /** The unit's total score under the scheme's indicators (the key of rankings). */
  public long total(OrgUnitId unit) {
    return result.assessment(0).total(unit);
  }

  /** The reward {@code unit} is due before any budget: for its stars, or its level, as the scheme pays. */
  public Money due(OrgUnitId unit) {
    return scheme.reward().due(level(Check.notNull("unit", unit)));
  }

  /** The reward all units are due before any budget, exactly. */
  public Money totalDue() {
    Money total = Money.ZERO;
    for (RewardPolicy.Claim c : claims()) {
      total = total.plus(scheme.reward().due(c.stars()));
    }
    return total;
  }

  /** The claims of every rated unit, in snapshot order, for {@link RewardPolicy#allocate}. */
  public List<RewardPolicy.Claim> claims() {
    // by snapshot position: a sweep asks this at every point, and ids would be looked up stars × units times
    Assessment first = result.assessment(0);
    TreeSnapshot t = first.tree();
    int stars = scheme.stars().size();
    ImmutableList.Builder<RewardPolicy.Claim> out = ImmutableList.builder();
    for (int pos : first.subjects()) {
      int level = 0;
      for (int i = 0; i < stars; i++) {
        level += result.holds(i, pos) ? 1 : 0;
      }
      out.add(new RewardPolicy.Claim(t.id(pos), level, first.total(pos)));
    }
    return out.build();
  }

  /** Why {@code unit} earned or missed {@code star}: the engine's exact trace. */
  public Explanation explain(RuleId star, OrgUnitId unit) {
    return result.explain(star, unit);
  }

  /** The engine's assessment behind {@code star}. */
  public Assessment assessment(RuleId star) {
    return result.assessment(result.designations().indexOf(star));
  }
}

package org.grassroots.rules;

import java.util.Optional;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.input.Check;

/**
 * A quota (名额限制): at most a share or a number of the units in a group may get a grade. The units
 * that qualify are ordered by total (higher first) and then by {@code tieBreak}; those beyond the
 * limit are cut and fall to the next grade they qualify for.
 *
 * <p>The limit is {@code round(maxShare × groupSize)} by {@code rounding}, computed exactly
 * ({@code rounding(numerator × groupSize / denominator)}, so "不超过三分之一" is {@code 1/3}, not 0.3333),
 * or {@code maxCount}, or the smaller of the two when both are given; the group size counts every unit of the subject kind
 * in the group. With {@link TieBreak.RankMode#ORDINAL} the cut is exact; with competition or dense
 * ranking units tied across the cut are all cut, so a quota is never exceeded (宁缺毋滥).
 *
 * @param id unique among the ruleset's rules
 * @param grade the grade limited
 * @param groupKind the kind of the ancestor that forms a group (e.g. {@code street}); empty for one
 *     group of every assessed unit; units with no ancestor of that kind form one group together
 * @param maxShare the most units as an exact fraction of the group (1/5 or 0.2 = 20%; 1/3 a third)
 * @param maxCount the most units as a count
 * @param rounding how {@code maxShare × groupSize} becomes a count
 * @param tieBreak how equal totals are ordered
 * @param counting whether the quota limits the units holding {@code grade} only, or holding it or a
 *     better grade (累计名额: "良好及以上不超过50%"); a unit cut falls below {@code grade}
 * @param base the units the share is of: empty for every unit of the group; a grade for the units
 *     of the group holding that grade or a better one when the quota is applied ("获评优秀的不超过合格
 *     单位的十分之一"); the group size reported is then that count
 * @param enforcement whether units past the limit are cut ({@link Enforcement#CUT}) or the limit is
 *     advice only ({@link Enforcement#ADVISORY}, "原则上约占10%"): reported beside the actual share,
 *     never cutting
 */
public record Quota(
    RuleId id,
    RuleId grade,
    Optional<OrgKind> groupKind,
    Optional<Fraction> maxShare,
    Optional<Integer> maxCount,
    Rounding rounding,
    TieBreak tieBreak,
    Counting counting,
    Optional<RuleId> base,
    Enforcement enforcement) {

  /**
   * A quota of {@code grade} alone, over every unit of the group, that cuts, its share given in fixed
   * point ({@code 2_000} = 0.2 = 20%; {@link Fraction#ofShare}).
   */
  public Quota(RuleId id, RuleId grade, Optional<OrgKind> groupKind, Optional<Long> maxShare,
      Optional<Integer> maxCount, Rounding rounding, TieBreak tieBreak) {
    this(id, grade, groupKind, maxShare.map(Fraction::ofShare), maxCount, rounding, tieBreak, Counting.THIS_GRADE, Optional.empty(),
        Enforcement.CUT);
  }

  /** Which grades a quota counts (名额口径). */
  public enum Counting {
    /** The units holding the grade (本等次). */
    THIS_GRADE,
    /** The units holding the grade or a better one (本等次及以上). */
    THIS_GRADE_OR_BETTER
  }

  /** What a quota does to units past its limit (名额效力). */
  public enum Enforcement {
    /** They are cut and fall to the next grade they qualify for (刚性名额). */
    CUT,
    /** Nothing: the limit is reported beside the actual share (指导性比例). */
    ADVISORY
  }

  /** This quota with the share {@code share} (其余不变). */
  public Quota withShare(Fraction share) {
    return new Quota(id, grade, groupKind, Optional.of(share), maxCount, rounding, tieBreak, counting, base,
        enforcement);
  }

  /** This quota counting {@code counting}, of {@code base}, enforced by {@code enforcement}. */
  public Quota with(Counting newCounting, Optional<RuleId> newBase, Enforcement newEnforcement) {
    return new Quota(id, grade, groupKind, maxShare, maxCount, rounding, tieBreak, newCounting, newBase,
        newEnforcement);
  }

  public Quota {
    Check.notNull("quota.id", id);
    Check.notNull("quota.grade", grade);
    Check.notNull("quota.groupKind", groupKind);
    Check.notNull("quota.maxShare", maxShare);
    Check.notNull("quota.maxCount", maxCount);
    Check.notNull("quota.rounding", rounding);
    Check.notNull("quota.tieBreak", tieBreak);
    Check.notNull("quota.counting", counting);
    Check.notNull("quota.base", base);
    Check.notNull("quota.enforcement", enforcement);
  }
}

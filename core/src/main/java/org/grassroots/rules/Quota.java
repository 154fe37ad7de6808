package org.grassroots.rules;

import java.util.Optional;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.input.Check;

/**
 * A quota (名额限制): at most a share or a number of the units in a group may get a grade. The units
 * that qualify are ordered by total (higher first) and then by {@code tieBreak}; those beyond the
 * limit are cut and fall to the next grade they qualify for.
 *
 * <p>The limit is {@code round(maxShare × groupSize)} by {@code rounding}, or {@code maxCount}, or
 * the smaller of the two when both are given; the group size counts every unit of the subject kind
 * in the group. With {@link TieBreak.RankMode#ORDINAL} the cut is exact; with competition or dense
 * ranking units tied across the cut are all cut, so a quota is never exceeded (宁缺毋滥).
 *
 * @param id unique among the ruleset's rules
 * @param grade the grade limited
 * @param groupKind the kind of the ancestor that forms a group (e.g. {@code street}); empty for one
 *     group of every assessed unit; units with no ancestor of that kind form one group together
 * @param maxShare the most units as a fraction of the group (0.2 = 20%)
 * @param maxCount the most units as a count
 * @param rounding how {@code maxShare × groupSize} becomes a count
 * @param tieBreak how equal totals are ordered
 */
public record Quota(
    RuleId id,
    RuleId grade,
    Optional<OrgKind> groupKind,
    Optional<Long> maxShare,
    Optional<Integer> maxCount,
    Rounding rounding,
    TieBreak tieBreak) {
  public Quota {
    Check.notNull("quota.id", id);
    Check.notNull("quota.grade", grade);
    Check.notNull("quota.groupKind", groupKind);
    Check.notNull("quota.maxShare", maxShare);
    Check.notNull("quota.maxCount", maxCount);
    Check.notNull("quota.rounding", rounding);
    Check.notNull("quota.tieBreak", tieBreak);
  }
}

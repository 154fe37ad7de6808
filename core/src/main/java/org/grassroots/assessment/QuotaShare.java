package org.grassroots.assessment;

import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Quota;

/**
 * How a quota came out in one group (名额执行情况): for an advisory quota (指导性比例, "约占10%") the
 * actual share reported beside the advised one; for a cutting quota what the limit left.
 *
 * @param quota the quota
 * @param group the group's unit (e.g. a street); empty for the units in no group, or for one group of
 *     every assessed unit
 * @param size the units the limit is a share of: the group's assessed units, or those holding the
 *     quota's base grade or better
 * @param limit the most units the quota allows (advised, for an advisory quota)
 * @param holders the units holding the grade (or better, for a cumulative quota) before any cut
 * @param kept the units that kept it: all holders for an advisory quota
 */
public record QuotaShare(Quota quota, Optional<OrgUnitId> group, int size, int limit, int holders, int kept) {

  /** The actual share of the size that kept the grade, exactly ({@code kept / size}); 0/1 for an empty group. */
  public Fraction actualShare() {
    return size == 0 ? Fraction.of(0, 1) : Fraction.of(kept, size);
  }

  /** True when more units hold the grade than the limit allows (only possible for an advisory quota). */
  public boolean overLimit() {
    return kept > limit;
  }
}

package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.Messages;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;

/**
 * One change of a unit's star (星级变动记录): a star awarded (授星) or taken away (摘星), in a period,
 * with its cause, who decided and why, the unit's level before and after, and its publicity.
 *
 * @param sequence the change's number in its {@link StarBook}, from 1
 * @param unit the unit
 * @param star the star
 * @param starName the star's display name
 * @param period the period whose rating caused the change
 * @param action award or revoke
 * @param cause why, as data
 * @param details the cause's particulars: the vetoes that fired, or the number of periods failed
 * @param change who decided, their stated reason, and when
 * @param levelBefore the unit's star count before the period's changes
 * @param levelAfter the unit's star count after them
 * @param publicity the change's publicity
 */
public record StarChange(
    long sequence,
    OrgUnitId unit,
    RuleId star,
    String starName,
    Period period,
    Action action,
    Cause cause,
    List<String> details,
    Change change,
    int levelBefore,
    int levelAfter,
    Publicity publicity) {

  /** The audit subject type of star changes. */
  public static final String SUBJECT_TYPE = "star";

  public StarChange {
    Check.atLeast("starChange.sequence", sequence, 1);
    Check.notNull("starChange.unit", unit);
    Check.notNull("starChange.star", star);
    starName = Check.notBlank("starChange.starName", starName);
    Check.notNull("starChange.period", period);
    Check.notNull("starChange.action", action);
    Check.notNull("starChange.cause", cause);
    details = ImmutableList.copyOf(Check.notNull("starChange.details", details));
    Check.notNull("starChange.change", change);
    Check.atLeast("starChange.levelBefore", levelBefore, 0);
    Check.atLeast("starChange.levelAfter", levelAfter, 0);
    Check.notNull("starChange.publicity", publicity);
  }

  /** What was done to the star. */
  public enum Action {
    /** The star was awarded (授星 / 升星). */
    AWARD,
    /** The star was taken away (摘星). */
    REVOKE
  }

  /** Why (变动原因). */
  public enum Cause {
    /** The criterion held this period (达到标准). */
    CRITERION_MET,
    /** A veto event barred the star (一票否决). */
    VETO,
    /** The criterion failed for the declared number of consecutive periods (连续不达标). */
    FAILED_PERIODS
  }

  /** True when the unit's level went up (升级). */
  public boolean isUpgrade() {
    return levelAfter > levelBefore;
  }

  /** True when the unit's level went down (降级). */
  public boolean isDowngrade() {
    return levelAfter < levelBefore;
  }

  /** The cause as text, e.g. "一票否决 [safety] 重大安全事故". */
  public String causeText(Locale locale) {
    return Messages.format(locale, "stars.cause." + cause.name(), String.join("; ", details));
  }

  /** This change with {@code publicity}. */
  public StarChange withPublicity(Publicity next) {
    return new StarChange(sequence, unit, star, starName, period, action, cause, details, change, levelBefore,
        levelAfter, next);
  }

  /**
   * The change as an audit record (sequence 0: the store assigns it): subject {@code star}, id
   * {@code unit/star}, action {@code award} or {@code revoke}, reason = the cause and the stated
   * reason, before and after = the star held and the unit's level.
   */
  public AuditEntry toAuditEntry(DistrictId district) {
    Check.notNull("district", district);
    boolean after = action == Action.AWARD;
    return AuditEntry.of(district, SUBJECT_TYPE, unit.value() + "/" + star.value(), action.name().toLowerCase(Locale.ROOT),
        Change.of(change.actor(), causeText(Locale.CHINESE) + " — " + change.reason(), change.at()),
        ImmutableMap.of("star", star.value(), "held", Boolean.toString(!after), "level", Integer.toString(levelBefore),
            "period", period.toString()),
        ImmutableMap.of("star", star.value(), "held", Boolean.toString(after), "level", Integer.toString(levelAfter),
            "period", period.toString(), "publicity", publicity.status().name()));
  }
}

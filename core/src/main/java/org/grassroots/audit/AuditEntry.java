package org.grassroots.audit;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;

/**
 * One record of the append-only audit trail (审计记录): who changed which subject, when, why, and
 * what it looked like before and after. Personal data in {@code before} and {@code after} is
 * already masked.
 *
 * @param sequence position in the district's trail, assigned by the store (1, 2, …)
 * @param district the district the subject belongs to
 * @param subjectType what kind of thing changed, e.g. {@code "org-unit"}, {@code "member"}
 * @param subjectId its id
 * @param action what was done, e.g. {@code "create"}, {@code "move"}, {@code "merge"}
 * @param actor who
 * @param reason why
 * @param at when
 * @param before the subject's fields before (empty on create)
 * @param after the subject's fields after
 */
public record AuditEntry(
    long sequence,
    DistrictId district,
    String subjectType,
    String subjectId,
    String action,
    String actor,
    String reason,
    Instant at,
    ImmutableMap<String, String> before,
    ImmutableMap<String, String> after) {

  /** Subject type of organisation units. */
  public static final String ORG_UNIT = "org-unit";
  /** Subject type of members. */
  public static final String MEMBER = "member";
  /** Subject type of alliances. */
  public static final String ALLIANCE = "alliance";

  public AuditEntry {
    Check.atLeast("audit.sequence", sequence, 0);
    Check.notNull("audit.district", district);
    Check.notBlank("audit.subjectType", subjectType);
    Check.notBlank("audit.subjectId", subjectId);
    Check.notBlank("audit.action", action);
    Check.notBlank("audit.actor", actor);
    Check.notBlank("audit.reason", reason);
    Check.notNull("audit.at", at);
    Check.notNull("audit.before", before);
    Check.notNull("audit.after", after);
  }

  /** An entry for {@code change}, before the store assigns its sequence (0). */
  public static AuditEntry of(
      DistrictId district,
      String subjectType,
      String subjectId,
      String action,
      Change change,
      ImmutableMap<String, String> before,
      ImmutableMap<String, String> after) {
    return new AuditEntry(0, district, subjectType, subjectId, action, change.actor(),
        change.reason(), change.at(), before, after);
  }

  /**
   * The entry of one write of a described value (sequence 0, for the store to assign): the one way
   * every store and adapter builds an entry from the value before and after, so an adapter supplies
   * only the append.
   *
   * @param before the value before, or {@code null} when the write creates it (an empty map then)
   * @param after the value after
   */
  public static AuditEntry ofWrite(
      DistrictId district,
      Change change,
      String subjectType,
      String subjectId,
      String action,
      Described before,
      Described after) {
    Check.notNull("audit.after", after);
    return of(district, subjectType, subjectId, action, change,
        before == null ? ImmutableMap.of() : before.describe(), after.describe());
  }

  public AuditEntry withSequence(long seq) {
    return new AuditEntry(seq, district, subjectType, subjectId, action, actor, reason, at, before,
        after);
  }
}

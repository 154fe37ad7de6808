package org.grassroots.audit;

import java.time.Instant;
import org.grassroots.input.Check;

/**
 * Who makes a change, why, and when (变更依据). Every mutating storage call takes one, and the store
 * writes it to the audit trail in the same atomic step as the change.
 *
 * @param actor who makes the change (a user id or a system name; not personal data)
 * @param reason why, e.g. "空壳支部撤销" or a document number
 * @param at when
 */
public record Change(String actor, String reason, Instant at) {
  public Change {
    actor = Check.notBlank("change.actor", actor);
    Check.maxLength("change.actor", actor, 100);
    reason = Check.notBlank("change.reason", reason);
    Check.maxLength("change.reason", reason, 500);
    Check.notNull("change.at", at);
  }

  public static Change of(String actor, String reason, Instant at) {
    return new Change(actor, reason, at);
  }
}

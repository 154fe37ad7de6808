package org.grassroots.dualregistration;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.Identifiers;

/**
 * A task a reporting unit agreed with a community (共建任务, 三定一考: 定任务), due on a day and
 * completed or not.
 *
 * @param code the task's code (identifier syntax)
 * @param unit the in-service unit
 * @param community the community
 * @param due the day it is due
 * @param completed the day it was completed, if it was
 */
public record AgreedTask(
    String code, OrgUnitId unit, OrgUnitId community, LocalDate due, Optional<LocalDate> completed) {
  public AgreedTask {
    Identifiers.check("agreedTask.code", code);
    Check.notNull("agreedTask.unit", unit);
    Check.notNull("agreedTask.community", community);
    Check.notNull("agreedTask.due", due);
    Check.notNull("agreedTask.completed", completed);
  }
}

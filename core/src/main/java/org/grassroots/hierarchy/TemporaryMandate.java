package org.grassroots.hierarchy;

import java.time.LocalDate;
import org.grassroots.input.Check;

/**
 * What a temporary branch (临时党支部) serves and when it ends: "支部建在项目上" — e.g. 金山's first
 * resettlement (返迁) branch.
 *
 * @param project the project or task the branch is built on
 * @param endsOn the day the branch ends (exclusive: it no longer exists on that day)
 */
public record TemporaryMandate(String project, LocalDate endsOn) {
  public TemporaryMandate {
    project = Check.notBlank("temporary.project", project);
    Check.maxLength("temporary.project", project, 200);
    Check.notNull("temporary.endsOn", endsOn);
  }
}

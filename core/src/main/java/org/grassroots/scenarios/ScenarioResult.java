package org.grassroots.scenarios;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.assessment.Assessment;
import org.grassroots.input.Check;

/**
 * The outcome of one scenario (情景结果): the settings, the changed setup, the full assessment and
 * the differences from the baseline.
 */
public record ScenarioResult(List<Setting> settings, Setup setup, Assessment assessment, Differences differences) {
  public ScenarioResult {
    settings = ImmutableList.copyOf(Check.notNull("result.settings", settings));
    Check.notNull("result.setup", setup);
    Check.notNull("result.assessment", assessment);
    Check.notNull("result.differences", differences);
  }
}

package org.grassroots.scenarios;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.grassroots.assessment.Assessment;
import org.grassroots.input.Check;
import org.grassroots.scenarios.programs.ProgramOutcome;

/**
 * The outcome of one scenario (情景结果): the settings, the changed setup, the full assessment, the
 * outcomes of the setup's programs and the differences from the baseline.
 *
 * @param outcomes the programs' outcomes in program order ({@link Setup#programList()})
 */
public record ScenarioResult(
    List<Setting> settings, Setup setup, Assessment assessment, List<ProgramOutcome> outcomes, Differences differences) {
  public ScenarioResult {
    settings = ImmutableList.copyOf(Check.notNull("result.settings", settings));
    Check.notNull("result.setup", setup);
    Check.notNull("result.assessment", assessment);
    outcomes = ImmutableList.copyOf(Check.notNull("result.outcomes", outcomes));
    Check.notNull("result.differences", differences);
  }

  /** The outcome of class {@code type}, if a program gave one. */
  public <T extends ProgramOutcome> Optional<T> outcome(Class<T> type) {
    return Baseline.find(outcomes, type);
  }

  /** The values of the programs' figures, in program order. */
  public ImmutableMap<String, Long> figures() {
    return Baseline.figures(outcomes);
  }

  /** The programs' typed figures, in program order. */
  public List<org.grassroots.scenarios.programs.Figure> figureList() {
    return Baseline.figureList(outcomes);
  }

  /** The outcome of the program named {@code program}, if the setup has it. */
  public Optional<ProgramOutcome> outcome(String program) {
    return outcomes.stream().filter(o -> o.program().equals(program)).findFirst();
  }
}

package org.grassroots.scenarios;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.input.Check;

/**
 * The baseline of scenarios (基线): a setup (ruleset and program settings) and a data snapshot (the
 * tree and the measurements of one period), assessed once. Scenarios change parameters of the setup
 * and are compared with this assessment; the baseline itself never changes.
 */
public final class Baseline {
  private final Setup setup;
  private final InputColumns inputs;
  private final Assessment assessment;
  private final int[] grades;

  private Baseline(Setup setup, InputColumns inputs, Assessment assessment) {
    this.setup = setup;
    this.inputs = inputs;
    this.assessment = assessment;
    this.grades = GradeCounts.gradeIndexes(assessment);
  }

  /**
   * Assesses {@code inputs} by {@code setup}'s ruleset.
   *
   * @throws org.grassroots.assessment.RulesetInvalidException when the ruleset is invalid
   */
  public static Baseline of(Setup setup, InputColumns inputs) {
    Check.notNull("baseline.setup", setup);
    Check.notNull("baseline.inputs", inputs);
    return new Baseline(setup, inputs, CompiledRuleset.compile(setup.ruleset()).evaluate(inputs));
  }

  public Setup setup() {
    return setup;
  }

  public InputColumns inputs() {
    return inputs;
  }

  public Assessment assessment() {
    return assessment;
  }

  /** The baseline's grade index of each assessed unit, in subject order (a copy). */
  public int[] grades() {
    return grades.clone();
  }

  /** The setup with {@code settings} applied in order (a new setup). */
  public Setup apply(List<Setting> settings) {
    Check.notNull("settings", settings);
    Setup s = setup;
    for (Setting x : settings) {
      s = Check.notNull("setting", x).applyTo(s);
    }
    return s;
  }

  /** Runs one scenario: the baseline with {@code settings}, assessed and compared. */
  public ScenarioResult run(List<Setting> settings) {
    Setup s = apply(settings);
    Assessment a = CompiledRuleset.compile(s.ruleset()).evaluate(inputs);
    return new ScenarioResult(ImmutableList.copyOf(settings), s, a, Differences.between(this, a));
  }

  int[] gradesShared() {
    return grades;
  }
}

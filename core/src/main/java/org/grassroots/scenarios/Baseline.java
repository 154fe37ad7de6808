package org.grassroots.scenarios;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.input.Check;
import org.grassroots.scenarios.programs.ProgramOutcome;
import org.grassroots.scenarios.programs.Program;

/**
 * The baseline of scenarios (基线): a setup (ruleset and program settings) and a data snapshot (the
 * tree and the measurements of one period), assessed once, and its programs (e.g. star ratings)
 * evaluated once. Scenarios change parameters of the setup
 * and are compared with this assessment; the baseline itself never changes.
 */
public final class Baseline {
  private final Setup setup;
  private final InputColumns inputs;
  private final CompiledRuleset compiled;
  private final Assessment assessment;
  private final ImmutableList<ProgramOutcome> outcomes;
  private final int[] grades;

  private Baseline(Setup setup, InputColumns inputs, CompiledRuleset compiled) {
    this.setup = setup;
    this.inputs = inputs;
    this.compiled = compiled;
    this.assessment = compiled.evaluate(inputs);
    this.outcomes = evaluate(setup, inputs);
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
    return new Baseline(setup, inputs, CompiledRuleset.compile(setup.ruleset()));
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

  /** The outcomes of the setup's programs ({@link Setup#programList()}), in the same order. */
  public List<ProgramOutcome> outcomes() {
    return outcomes;
  }

  /** The outcome of class {@code type} (e.g. the star ratings' outcome), if a program gave one. */
  public <T extends ProgramOutcome> Optional<T> outcome(Class<T> type) {
    return find(outcomes, type);
  }

  /** The outcome of the program named {@code program}, if the setup has it. */
  public Optional<ProgramOutcome> outcome(String program) {
    Check.notNull("program", program);
    return outcomes.stream().filter(o -> o.program().equals(program)).findFirst();
  }

  /** The values of the programs' figures ({@link ProgramOutcome#values()}), in program order. */
  public ImmutableMap<String, Long> figures() {
    return figures(outcomes);
  }

  /** The programs' typed figures ({@link ProgramOutcome#figures()}), in program order. */
  public List<org.grassroots.scenarios.programs.Figure> figureList() {
    return figureList(outcomes);
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
    Assessment a = assess(s);
    List<ProgramOutcome> o = outcomes(s);
    return new ScenarioResult(ImmutableList.copyOf(settings), s, a, o, Differences.between(this, a, o));
  }

  /** The assessment of {@code s} on this data: the baseline's own when the ruleset is the baseline's. */
  Assessment assess(Setup s) {
    return s.ruleset() == setup.ruleset() ? assessment : compiled(s).evaluate(inputs);
  }

  /** The compiled ruleset of {@code s}: the baseline's own when a scenario left the ruleset as it was. */
  CompiledRuleset compiled(Setup s) {
    return s.ruleset() == setup.ruleset() ? compiled : CompiledRuleset.compile(s.ruleset());
  }

  /**
   * Every program of {@code s} evaluated on this baseline's inputs, in program order: a program a
   * scenario left as it was (the baseline's own instance; programs are immutable and read only the
   * inputs) keeps the baseline's outcome instead of being evaluated again.
   */
  ImmutableList<ProgramOutcome> outcomes(Setup s) {
    if (s.programs().isEmpty()) {
      return ImmutableList.of();
    }
    List<Program> own = setup.programList();
    ImmutableList.Builder<ProgramOutcome> out = ImmutableList.builder();
    for (Program p : s.programList()) {
      int i = 0;
      while (i < own.size() && own.get(i) != p) {
        i++;
      }
      out.add(i < own.size() ? outcomes.get(i) : Check.notNull("program.outcome", p.evaluate(inputs)));
    }
    return out.build();
  }

  /** Every program of {@code s} evaluated on {@code in}, in program order. */
  static ImmutableList<ProgramOutcome> evaluate(Setup s, InputColumns in) {
    if (s.programs().isEmpty()) {
      return ImmutableList.of(); // the common case of a sweep over the ruleset alone: nothing to allocate
    }
    ImmutableList.Builder<ProgramOutcome> out = ImmutableList.builder();
    for (Program p : s.programList()) {
      out.add(Check.notNull("program.outcome", p.evaluate(in)));
    }
    return out.build();
  }

  static ImmutableMap<String, Long> figures(List<ProgramOutcome> outcomes) {
    ImmutableMap.Builder<String, Long> out = ImmutableMap.builder();
    outcomes.forEach(o -> out.putAll(o.values()));
    return out.buildOrThrow();
  }

  static List<org.grassroots.scenarios.programs.Figure> figureList(List<ProgramOutcome> outcomes) {
    ImmutableList.Builder<org.grassroots.scenarios.programs.Figure> out = ImmutableList.builder();
    outcomes.forEach(o -> out.addAll(o.figures()));
    return out.build();
  }

  static <T> Optional<T> find(List<?> list, Class<T> type) {
    Check.notNull("type", type);
    return list.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  int[] gradesShared() {
    return grades;
  }
}

package org.grassroots.scenarios;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.programs.Program;

/**
 * What a scenario changes (情景设定): the ruleset and, by their names, the programs evaluated on top
 * of it (e.g. a star programme's reward per star and budget). Immutable: a parameter's override
 * returns a new setup and leaves this one unchanged.
 *
 * @param ruleset the complete (resolved) ruleset
 * @param programs programs by {@link Program#name() name}; empty when only the ruleset matters.
 *     Baselines, scenarios, sweeps and Monte Carlo runs evaluate them with the ruleset
 */
public record Setup(Ruleset ruleset, ImmutableMap<String, Program> programs) {
  public Setup {
    Check.notNull("setup.ruleset", ruleset);
    Check.notNull("setup.programs", programs);
    programs.forEach((k, v) -> Check.that(k.equals(v.name()), "scenario.programName", "setup.programs", k, v.name()));
  }

  /** A setup of a ruleset only. */
  public static Setup of(Ruleset ruleset) {
    return new Setup(ruleset, ImmutableMap.of());
  }

  /** This setup with another ruleset. */
  public Setup withRuleset(Ruleset other) {
    return new Setup(other, programs);
  }

  /** The program named {@code name}, if registered. */
  public Optional<Program> program(String name) {
    return Optional.ofNullable(programs.get(Check.notNull("name", name)));
  }

  /** The first program (by name) of class {@code type}, if one is registered. */
  public <T extends Program> Optional<T> program(Class<T> type) {
    Check.notNull("type", type);
    return programList().stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** This setup with {@code program} replacing any of the same name. */
  public Setup withProgram(Program program) {
    Check.notNull("setup.program", program);
    ImmutableMap.Builder<String, Program> b = ImmutableMap.builder();
    programs.forEach((k, v) -> {
      if (!k.equals(program.name())) {
        b.put(k, v);
      }
    });
    b.put(program.name(), program);
    return new Setup(ruleset, b.buildOrThrow());
  }

  /**
   * The programs of this setup, ordered by name so that outcomes and figures come in the same order
   * whatever order they were registered in.
   */
  public List<Program> programList() {
    List<Program> out = new ArrayList<>(programs.values());
    out.sort(Comparator.comparing(Program::name));
    return List.copyOf(out);
  }

  /**
   * The parameter at {@code path}: a program's when the path starts with a program's name and a
   * dot (e.g. {@code stars.rewardPerStar}), the ruleset's otherwise ({@link RulesetParameter}).
   *
   * @throws org.grassroots.input.InvalidInputException when the path names no parameter
   */
  public Parameter parameter(String path) {
    Check.notBlank("parameter.path", path);
    String p = path.strip();
    for (Program program : programList()) {
      if (p.startsWith(program.name() + ".")) {
        return program.parameter(p);
      }
    }
    return RulesetParameter.parse(p);
  }
}

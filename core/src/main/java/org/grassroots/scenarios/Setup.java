package org.grassroots.scenarios;

import com.google.common.collect.ImmutableClassToInstanceMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;

/**
 * What a scenario changes (情景设定): the ruleset and, by their class, the settings of programs
 * evaluated on top of it (e.g. a star programme's reward per star and budget). Immutable: a
 * parameter's override returns a new setup and leaves this one unchanged.
 *
 * @param ruleset the complete (resolved) ruleset
 * @param programs program settings by class; empty when only the ruleset matters. Settings that
 *     implement {@link Program} are evaluated with the ruleset by baselines, scenarios, sweeps and
 *     Monte Carlo runs
 */
public record Setup(Ruleset ruleset, ImmutableClassToInstanceMap<Object> programs) {
  public Setup {
    Check.notNull("setup.ruleset", ruleset);
    Check.notNull("setup.programs", programs);
  }

  /** A setup of a ruleset only. */
  public static Setup of(Ruleset ruleset) {
    return new Setup(ruleset, ImmutableClassToInstanceMap.of());
  }

  /** This setup with another ruleset. */
  public Setup withRuleset(Ruleset other) {
    return new Setup(other, programs);
  }

  /** The settings of {@code type}, if present. */
  public <T> Optional<T> program(Class<T> type) {
    return Optional.ofNullable(programs.getInstance(type));
  }

  /** This setup with {@code settings} replacing any of the same class. */
  public <T> Setup withProgram(Class<T> type, T settings) {
    Check.notNull("setup.program", settings);
    ImmutableClassToInstanceMap.Builder<Object> b = ImmutableClassToInstanceMap.builder();
    programs.forEach((k, v) -> {
      if (!k.equals(type)) {
        put(b, k, v);
      }
    });
    b.put(type, settings);
    return new Setup(ruleset, b.build());
  }

  /**
   * The programs of this setup (those settings that are a {@link Program}), ordered by name so that
   * outcomes and figures come in the same order whatever order the settings were applied in.
   */
  public List<Program> programList() {
    List<Program> out = new ArrayList<>();
    programs.values().forEach(v -> {
      if (v instanceof Program p) {
        out.add(p);
      }
    });
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

  private static <T> void put(ImmutableClassToInstanceMap.Builder<Object> b, Class<T> k, Object v) {
    b.put(k, k.cast(v));
  }
}

package org.grassroots.scenarios;

import com.google.common.collect.ImmutableClassToInstanceMap;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;

/**
 * What a scenario changes (情景设定): the ruleset and, by their class, the settings of programs
 * evaluated on top of it (e.g. a star programme's reward per star and budget). Immutable: a
 * parameter's override returns a new setup and leaves this one unchanged.
 *
 * @param ruleset the complete (resolved) ruleset
 * @param programs program settings by class; empty when only the ruleset matters
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

  private static <T> void put(ImmutableClassToInstanceMap.Builder<Object> b, Class<T> k, Object v) {
    b.put(k, k.cast(v));
  }
}

package org.grassroots.scenarios;

import org.grassroots.input.Check;

/**
 * One overridden parameter of a scenario (参数取值).
 *
 * @param parameter the parameter
 * @param value its value in the scenario (fixed point or a count, as the parameter says)
 */
public record Setting(Parameter parameter, long value) {
  public Setting {
    Check.notNull("setting.parameter", parameter);
  }

  /** Applies this setting to {@code setup}, returning a new setup. */
  public Setup applyTo(Setup setup) {
    return parameter.apply(setup, value);
  }

  @Override
  public String toString() {
    return parameter.path() + "=" + parameter.format(value);
  }
}

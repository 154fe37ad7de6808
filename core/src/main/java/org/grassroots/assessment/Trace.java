package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.input.Messages;
import org.grassroots.rules.Fixed;

/**
 * Collects the facts of the step being decided for one unit (追踪器). Every decision (scoring,
 * bonuses, vetoes, gates, grades, quota cuts, missing values) takes a tracer: {@link #OFF} in column
 * runs, where it records nothing and callers skip building facts when {@link #on()} is false, and a
 * fresh one when a unit is explained — the same decision code either way.
 */
final class Trace {
  /** The tracer of column runs: records nothing. */
  static final Trace OFF = new Trace(false);

  private final boolean on;
  private final List<Explanation.Fact> facts;
  private final List<Explanation.Step> steps;

  private Trace(boolean on) {
    this.on = on;
    this.facts = on ? new ArrayList<>() : List.of();
    this.steps = on ? new ArrayList<>() : List.of();
  }

  /** A tracer that records. */
  static Trace recording() {
    return new Trace(true);
  }

  /** True when facts are recorded (false in column runs). */
  boolean on() {
    return on;
  }

  /**
   * Records a fact; numbers given as {@code long} are shown as fixed point, enum constants (a rounding,
   * a tie-break, a policy) and {@link Messages.Text} phrases are kept to be shown in the reader's
   * language. No-op when off.
   */
  void fact(String key, Object... args) {
    if (!on) {
      return;
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      shown[i] = a instanceof Long l ? Fixed.format(l) : a instanceof Enum<?> || a instanceof Messages.Text ? a : String.valueOf(a);
    }
    facts.add(new Explanation.Fact(key, List.of(shown)));
  }

  /** The facts recorded since the last call, and starts afresh. */
  List<Explanation.Fact> take() {
    if (!on) {
      return List.of();
    }
    List<Explanation.Fact> out = List.copyOf(facts);
    facts.clear();
    return out;
  }

  /** Records a finished step (a bonus, veto or grade tried). No-op when off. */
  void step(Explanation.Step step) {
    if (on) {
      steps.add(step);
    }
  }

  /** The steps recorded since the last call, and starts afresh. */
  List<Explanation.Step> takeSteps() {
    if (!on) {
      return List.of();
    }
    List<Explanation.Step> out = List.copyOf(steps);
    steps.clear();
    return out;
  }

  static String yes(boolean b) {
    return b ? "✓" : "✗";
  }
}

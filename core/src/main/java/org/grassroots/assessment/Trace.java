package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.rules.Fixed;

/**
 * Collects the facts of the step being evaluated for one unit. The evaluators take a nullable
 * tracer: {@code null} in column runs (no cost beyond a null check), an instance for an explanation.
 */
final class Trace {
  private final List<Explanation.Fact> facts = new ArrayList<>();

  /** Records a fact; numbers given as {@code long} are shown as fixed point. */
  void fact(String key, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof Long l ? Fixed.format(l) : String.valueOf(args[i]);
    }
    facts.add(new Explanation.Fact(key, List.of(shown)));
  }

  /** The facts recorded since the last call, and starts afresh. */
  List<Explanation.Fact> take() {
    List<Explanation.Fact> out = List.copyOf(facts);
    facts.clear();
    return out;
  }
}

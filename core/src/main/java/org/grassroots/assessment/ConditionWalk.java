package org.grassroots.assessment;

import java.util.List;
import org.grassroots.rules.Condition;

/**
 * A walk over a condition and every condition it combines (条件遍历), for the checks that report by
 * path ({@link RulesetValidator}, {@link RulesetWarnings}): all-of and any-of go down to {@code
 * .conditions[i]}, not to {@code .condition}, in order, and every other kind of condition is handed
 * to its branch of {@link Condition.Visitor} with {@link #path()} saying where it stands. A new kind
 * of condition gets a branch in each check, as the visitor requires.
 */
abstract class ConditionWalk implements Condition.Visitor<Void> {
  private String path = "";

  /** Visits {@code c}, which stands at {@code at} (e.g. {@code gates[0].condition}), and what it combines. */
  final void walk(Condition c, String at) {
    String outer = path;
    path = at;
    c.accept(this);
    path = outer;
  }

  /** Where the condition being visited stands, e.g. {@code gates[0].condition.conditions[1]}. */
  final String path() {
    return path;
  }

  @Override
  public final Void visitAllOf(Condition.AllOf all) {
    parts(all.conditions());
    return null;
  }

  @Override
  public final Void visitAnyOf(Condition.AnyOf any) {
    parts(any.conditions());
    return null;
  }

  @Override
  public final Void visitNot(Condition.Not not) {
    walk(not.condition(), path + ".condition");
    return null;
  }

  private void parts(List<Condition> parts) {
    String at = path;
    for (int i = 0; i < parts.size(); i++) {
      walk(parts.get(i), at + ".conditions[" + i + "]");
    }
  }
}

package org.grassroots.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.rules.Condition;

/**
 * The value a gate's condition compares with, found by its steps ({@code .allOf[1].not} …) and
 * replaceable (条件中的比较值): the value of a comparison, of "every category", or of a periodic
 * condition (每月至少 n 次). Walks the condition by its visitor, so a new kind of condition must
 * say here whether it has such a value.
 *
 * @param value the value compared with
 * @param with the whole condition with that value replaced
 */
record ConditionLens(long value, LongFunction<Condition> with) {
  private static final Pattern STEP = Pattern.compile("\\.(allOf|anyOf)\\[(\\d{1,3})\\]|\\.not");

  /** One step down: {@code allOf}/{@code anyOf} with an index, or {@code not} (index -1). */
  private record Step(String kind, int index) {}

  /** The value reached from {@code c} by {@code steps}, or empty when the steps lead to none. */
  static Optional<ConditionLens> of(Condition c, String steps) {
    List<Step> parsed = new ArrayList<>();
    Matcher m = STEP.matcher(steps);
    while (m.find()) {
      parsed.add(m.group(1) == null ? new Step("not", -1) : new Step(m.group(1), Integer.parseInt(m.group(2))));
    }
    return Optional.ofNullable(at(c, parsed, 0));
  }

  private static ConditionLens at(Condition c, List<Step> steps, int i) {
    boolean last = i == steps.size();
    Step step = last ? null : steps.get(i);
    return c.accept(new Condition.Visitor<ConditionLens>() {
      @Override
      public ConditionLens visitCompare(Condition.Compare x) {
        return last ? new ConditionLens(x.value(), v -> new Condition.Compare(x.operand(), x.comparison(), v)) : null;
      }

      @Override
      public ConditionLens visitEveryCategory(Condition.EveryCategory x) {
        return last ? new ConditionLens(x.value(), v -> new Condition.EveryCategory(x.comparison(), v)) : null;
      }

      @Override
      public ConditionLens visitPeriodic(Condition.Periodic x) {
        return last ? new ConditionLens(x.value(),
            v -> new Condition.Periodic(x.input(), x.comparison(), v, x.inAtLeast())) : null;
      }

      @Override
      public ConditionLens visitAllOf(Condition.AllOf x) {
        return part("allOf", x.conditions(), Condition.AllOf::new);
      }

      @Override
      public ConditionLens visitAnyOf(Condition.AnyOf x) {
        return part("anyOf", x.conditions(), Condition.AnyOf::new);
      }

      @Override
      public ConditionLens visitNot(Condition.Not x) {
        if (last || !step.kind().equals("not")) {
          return null;
        }
        ConditionLens inner = at(x.condition(), steps, i + 1);
        return inner == null ? null : new ConditionLens(inner.value(), v -> new Condition.Not(inner.with().apply(v)));
      }

      @Override
      public ConditionLens visitShareOf(Condition.ShareOf x) {
        return null; // compares with a fraction of another value, not with a value
      }

      @Override
      public ConditionLens visitInCategory(Condition.InCategory x) {
        return null; // labels, no value
      }

      @Override
      public ConditionLens visitOnDate(Condition.OnDate x) {
        return null; // a date, not a number
      }

      private ConditionLens part(String kind, List<Condition> parts,
          java.util.function.Function<List<Condition>, Condition> rebuild) {
        if (last || !step.kind().equals(kind) || step.index() >= parts.size()) {
          return null;
        }
        ConditionLens inner = at(parts.get(step.index()), steps, i + 1);
        if (inner == null) {
          return null;
        }
        return new ConditionLens(inner.value(), v -> {
          List<Condition> changed = new ArrayList<>(parts);
          changed.set(step.index(), inner.with().apply(v));
          return rebuild.apply(changed);
        });
      }
    });
  }
}

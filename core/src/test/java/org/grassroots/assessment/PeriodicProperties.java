package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.assessment.RuleShapesTest.TREE;
import static org.grassroots.assessment.RuleShapesTest.base;
import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.SubPeriod;

/**
 * A periodic condition decided for the whole column equals a naive one-unit-at-a-time reference,
 * with every sub-period's value at, just below or just above the boundary n (and some missing, read
 * as 0), for every comparison, "every" and "in at least k", months and quarters, periods from a
 * quarter to two years; and each unit's explanation gives the same grade.
 */
class PeriodicProperties {
  private static final IndicatorId X = IndicatorId.of("x");
  private static final List<Period> PERIODS =
      List.of(Period.year(2024), Period.quarter(2024, 3), Period.half(2024, 2), Period.parse("2023-2024"));

  @Property(tries = 300)
  void theColumnDecisionEqualsTheNaiveReference(@ForAll long seed) {
    Random rnd = new Random(seed);
    SubPeriod per = rnd.nextBoolean() ? SubPeriod.MONTH : SubPeriod.QUARTER;
    Period period = PERIODS.get(rnd.nextInt(PERIODS.size()));
    if (per.count(period) == 0) {
      period = Period.year(2024);
    }
    int count = per.count(period);
    Comparison cmp = Comparison.values()[rnd.nextInt(Comparison.values().length)];
    long n = of(rnd.nextInt(4)) + (rnd.nextInt(4) == 0 ? 5_000 : 0); // sometimes a fraction: 0.5
    OptionalInt k = rnd.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 + rnd.nextInt(count));
    Condition.Periodic condition = new Condition.Periodic(X, cmp, n, k);
    Ruleset r = base("分期性质")
        .indicator(Indicator.item("a", "基础分", of(10), new ScoringMethod.Constant(of(10))))
        .input(InputSpec.of("x", "分期输入").withPer(per))
        .gate(new Gate(RuleId.of("g"), "分期条件", condition))
        .grade(new Grade(RuleId.of("ok"), "达标", java.util.Optional.empty(), List.of(RuleId.of("g"))))
        .build();
    List<Period> parts = per.of(period);
    long[][] values = new long[TREE.size()][count];
    InputColumns.Builder b = InputColumns.builder(TREE, period);
    Assessment probe = CompiledRuleset.compile(r).evaluate(b.build());
    for (int pos : probe.subjects()) {
      for (int s = 0; s < count; s++) {
        int choice = rnd.nextInt(7);
        if (choice == 6) {
          continue; // missing: reads as 0
        }
        long v = n + (choice % 3 - 1) * (choice < 3 ? 1 : 10_000); // n − ε, n, n + ε; n − 1, n, n + 1
        values[pos][s] = v;
        b.set(X, parts.get(s), pos, v);
      }
    }
    Assessment a = RuleShapesTest.run(r, b.build());
    for (int pos : a.subjects()) {
      int met = 0;
      for (int s = 0; s < count; s++) {
        met += cmp.test(values[pos][s], n) ? 1 : 0;
      }
      boolean expected = k.isPresent() ? met >= k.getAsInt() : met == count;
      assertThat(a.grade(TREE.id(pos)).isPresent()).as("unit %s, %s %s %s in %s", TREE.id(pos), per, cmp, n, k)
          .isEqualTo(expected);
    }
  }
}

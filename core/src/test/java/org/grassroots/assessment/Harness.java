package org.grassroots.assessment;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;

/** Scores one method on one input through the whole compile-and-evaluate path. */
final class Harness {
  static final IndicatorId X = IndicatorId.of("x");
  private static final TreeSnapshot ONE = Fixtures.streets(1, 1);
  static final OrgUnitId UNIT = OrgUnitId.of("S1-C01");

  private Harness() {}

  static Ruleset oneItem(ScoringMethod m) {
    return Ruleset.builder("t", Fixtures.CITY, 1, "测试", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .indicator(Indicator.category("cat", "大项", Fixed.of(100), List.of(Indicator.item("x", "子项", Fixed.of(100), m))))
        .build();
  }

  static long score(ScoringMethod m, long x) {
    CompiledRuleset c = CompiledRuleset.compile(oneItem(m));
    InputColumns in = InputColumns.builder(ONE, Fixtures.Y2024).set(X, ONE.require(UNIT), x).build();
    Assessment a = c.evaluate(in);
    long p = a.points(X, UNIT);
    // the explanation of the same unit must agree with the column run
    Explanation e = a.explain(UNIT);
    if (e.nodes().get(1).value() != p || e.recomputeTotal() != a.total(UNIT)) {
      throw new AssertionError("explanation disagrees: " + e);
    }
    return p;
  }
}

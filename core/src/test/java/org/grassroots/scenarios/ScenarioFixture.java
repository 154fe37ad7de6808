package org.grassroots.scenarios;

import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.grassroots.assessment.InputColumns;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Grade;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.Period;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;

/** A district of 3 streets × 10 communities with two scored sub-items and three grades. */
final class ScenarioFixture {
  private ScenarioFixture() {}

  static TreeSnapshot tree() {
    TreeSnapshot.Builder b = TreeSnapshot.builder(34);
    b.add(OrgUnitId.of("d"), null, OrgKind.DISTRICT);
    for (int s = 0; s < 3; s++) {
      b.add(OrgUnitId.of("s" + s), OrgUnitId.of("d"), OrgKind.STREET);
      for (int c = 0; c < 10; c++) {
        b.add(OrgUnitId.of(String.format("c%d%02d", s, c)), OrgUnitId.of("s" + s), OrgKind.COMMUNITY);
      }
    }
    return b.build();
  }

  static Ruleset ruleset(boolean withQuota) {
    Ruleset.Builder r = Ruleset.builder("scn", DistrictId.of("scn"), 1, "情景测试", LocalDate.of(2024, 1, 1),
            OrgKind.COMMUNITY)
        .indicator(Indicator.item("a", "党建", of(60), new ScoringMethod.Bands(List.of(
            new ScoringMethod.Band(Optional.empty(), Optional.of(Bound.exclusive(of(50))), of(20), ""),
            new ScoringMethod.Band(Optional.of(Bound.inclusive(of(50))), Optional.of(Bound.exclusive(of(80))), of(40), ""),
            new ScoringMethod.Band(Optional.of(Bound.inclusive(of(80))), Optional.empty(), of(60), "")), 0)))
        .indicator(Indicator.item("b", "服务", of(40), new ScoringMethod.Linear(0, 0, of(100), of(40), Rounding.HALF_UP)))
        .grade(Grade.atLeast("A", "优秀", of(80)))
        .grade(Grade.atLeast("B", "良好", of(60)))
        .grade(new Grade(RuleId.of("C"), "一般", Optional.empty(), List.of()));
    if (withQuota) {
      r.quota(new Quota(RuleId.of("qa"), RuleId.of("A"), Optional.of(OrgKind.STREET), Optional.of(parse("0.3")),
          Optional.empty(), Rounding.FLOOR, TieBreak.competition()));
    }
    return r.build();
  }

  static InputColumns inputs(TreeSnapshot tree, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    InputColumns.Builder b = InputColumns.builder(tree, Period.year(2024));
    for (int p : tree.positionsOf(OrgKind.COMMUNITY)) {
      b.set(IndicatorId.of("a"), p, rng.nextLong(of(30), of(100)));
      b.set(IndicatorId.of("b"), p, rng.nextLong(0, of(100)));
    }
    return b.build();
  }

  static Baseline baseline(boolean withQuota) {
    TreeSnapshot tree = tree();
    return Baseline.of(Setup.of(ruleset(withQuota)), inputs(tree, 7));
  }
}

package org.grassroots.stars;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.assessment.InputColumns;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.Veto;

/** A small two-star scheme over one street of communities. */
final class StarFixtures {
  static final DistrictId DISTRICT = DistrictId.of("test-district");
  static final IndicatorId ORG = IndicatorId.of("org");
  static final IndicatorId SERVICE = IndicatorId.of("service");
  static final IndicatorId FULFILMENT = IndicatorId.of("ledger.fulfilmentRate");
  static final IndicatorId INCIDENT = IndicatorId.of("incident");
  static final RuleId PIONEER = RuleId.of("pioneer");
  static final RuleId SATISFIED = RuleId.of("satisfied");

  private StarFixtures() {}

  /** Items org and service: input 0..100 → points 0..50 (linear, half up); total out of 100. */
  static Ruleset.Builder base() {
    ScoringMethod line = new ScoringMethod.Linear(0, 0, Fixed.of(100), Fixed.of(50), Rounding.HALF_UP);
    return Ruleset.builder("stars-test", DISTRICT, 1, "测试星级", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY_ORG)
        .indicator(Indicator.item("org", "组织建设", Fixed.of(50), line))
        .indicator(Indicator.item("service", "服务群众", Fixed.of(50), line))
        .input(new InputSpec(FULFILMENT, "党员履诺率"))
        .input(new InputSpec(INCIDENT, "重大安全事故"));
  }

  /** 组织建设先锋星: org ≥ 40; 服务群众满意星: service ≥ 40 and fulfilment ≥ 80%; an incident bars the latter. */
  static StarScheme named() {
    Ruleset r = base()
        .gate(new Gate(RuleId.of("g-pioneer"), "组织建设达标", Condition.score("org", Comparison.AT_LEAST, Fixed.of(40))))
        .gate(new Gate(RuleId.of("g-satisfied"), "服务群众达标", new Condition.AllOf(List.of(
            Condition.score("service", Comparison.AT_LEAST, Fixed.of(40)),
            new Condition.Compare(new Condition.Operand.Input(FULFILMENT), Comparison.AT_LEAST, Fixed.parse("0.8"))))))
        .grade(new Grade(PIONEER, "组织建设先锋星", Optional.empty(), List.of(RuleId.of("g-pioneer"))))
        .grade(new Grade(SATISFIED, "服务群众满意星", Optional.empty(), List.of(RuleId.of("g-satisfied"))))
        .veto(new Veto(RuleId.of("v-incident"), "重大安全事故", Condition.present("incident"), Veto.Effect.DISQUALIFY,
            List.of(SATISFIED)))
        .build();
    return new StarScheme(r, Money.ofYuan(20_000));
  }

  static TreeSnapshot tree(int communities) {
    TreeSnapshot.Builder b = TreeSnapshot.builder(communities + 1);
    b.add(OrgUnitId.of("st1"), null, OrgKind.STREET_COMMITTEE);
    for (int i = 1; i <= communities; i++) {
      b.add(community(i), OrgUnitId.of("st1"), OrgKind.COMMUNITY_ORG);
    }
    return b.build();
  }

  static OrgUnitId community(int i) {
    return OrgUnitId.of(String.format("c%03d", i));
  }

  /** Columns for {@code period}: per community i (1-based) org, service (0..100), fulfilment (fixed), incident. */
  static InputColumns columns(TreeSnapshot tree, Period period, long[][] rows) {
    InputColumns.Builder b = InputColumns.builder(tree, period);
    for (int i = 0; i < rows.length; i++) {
      int pos = tree.require(community(i + 1));
      b.set(ORG, pos, Fixed.of(rows[i][0]));
      b.set(SERVICE, pos, Fixed.of(rows[i][1]));
      b.set(FULFILMENT, pos, rows[i][2]);
      b.set(INCIDENT, pos, rows[i][3]);
    }
    return b.build();
  }
}

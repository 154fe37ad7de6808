package org.grassroots.assessment;

import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Period;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetRef;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.ScoringMethod.Band;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;

/**
 * Test fixtures: a 云冈-like ruleset (7 categories, 30 sub-items) built in code as a city baseline,
 * two district overrides, and small trees.
 */
final class Fixtures {
  static final DistrictId CITY = DistrictId.of("datong-city");
  static final DistrictId YUNGANG = DistrictId.of("yungang");
  static final DistrictId PINGCHENG = DistrictId.of("pingcheng");
  static final Period Y2024 = Period.year(2024);

  private Fixtures() {}

  static ScoringMethod yesNo(long yes) {
    return new ScoringMethod.YesNo(yes, 0);
  }

  static ScoringMethod ratio(long target, long points) {
    return new ScoringMethod.RatioToTarget(target, Optional.empty(), points, of(1), 0, Rounding.HALF_UP);
  }

  static ScoringMethod count(String each, long cap) {
    return new ScoringMethod.CountTimesPoints(parse(each), cap, Rounding.HALF_UP);
  }

  static ScoringMethod deduction(long start, String each) {
    return new ScoringMethod.DeductionPerOccurrence(start, parse(each), 0, Rounding.HALF_UP);
  }

  static ScoringMethod linear(long x0, long x1, long y1) {
    return new ScoringMethod.Linear(x0, 0, x1, y1, Rounding.HALF_UP);
  }

  /** [90, +∞) → top, [75, 90) → mid, [60, 75) → low, below 60 → 0. */
  static ScoringMethod bands(long top, long mid, long low) {
    return new ScoringMethod.Bands(List.of(
        new Band(Optional.empty(), Optional.of(Bound.exclusive(of(60))), 0, "差"),
        new Band(Optional.of(Bound.inclusive(of(60))), Optional.of(Bound.exclusive(of(75))), low, "一般"),
        new Band(Optional.of(Bound.inclusive(of(75))), Optional.of(Bound.exclusive(of(90))), mid, "良好"),
        new Band(Optional.of(Bound.inclusive(of(90))), Optional.empty(), top, "优秀")), 0);
  }

  static ScoringMethod peer(long top, long mid, long rest) {
    return new ScoringMethod.PeerGroupBands(OrgKind.STREET, ScoringMethod.Basis.PERCENTILE, true,
        List.of(new ScoringMethod.ShareBand(parse("0.3"), top, "A"), new ScoringMethod.ShareBand(parse("0.4"), mid, "B")),
        rest, Rounding.HALF_UP, TieBreak.competition());
  }

  static Indicator item(String id, String name, long points, ScoringMethod m) {
    return Indicator.item(id, name, points, m);
  }

  /** The city baseline (市级基准): 7 categories, 30 sub-items, 100 points, grades, vetoes, gates, quota. */
  static Ruleset cityBaseline() {
    return Ruleset.builder("community-assessment", CITY, 1, "大同市社区党建考核基准（2024）",
            LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .pointsMustAddUp(true)
        .totalCap(of(100))
        .indicator(Indicator.category("org", "组织建设", of(20), List.of(
            item("org.secretary-file", "书记备案管理", of(4), yesNo(of(4))),
            item("org.meetings", "三会一课", of(4), ratio(of(12), of(4))),
            item("org.mentoring", "师徒结对", of(4), count("1", of(4))),
            item("org.education", "党员教育", of(4), bands(of(4), of(3), of(2))),
            item("org.discipline", "违纪问题", of(4), deduction(of(4), "2")))))
        .indicator(Indicator.category("cogov", "共建共治", of(15), List.of(
            item("cogov.joint-meetings", "联席会议", of(4), count("0.5", of(4))),
            item("cogov.member-units", "成员单位参与", of(4), ratio(of(20), of(4))),
            item("cogov.dual-registration", "双报到", of(4), linear(0, of(100), of(4))),
            item("cogov.projects", "共建项目", of(3), yesNo(of(3))))))
        .indicator(Indicator.category("base", "基础保障", of(15), List.of(
            item("base.positions", "阵地建设", of(4), bands(of(4), of(3), of(1))),
            item("base.funding", "经费保障", of(4), yesNo(of(4))),
            item("base.staffing", "社工标配", of(4), ratio(of(3), of(4))),
            item("base.ledgers", "四本台账", of(3), deduction(of(3), "0.5")))))
        .indicator(Indicator.category("service", "服务群众", of(15), List.of(
            item("service.orders", "三单制", of(3), count("0.2", of(3))),
            item("service.assistance", "困难群众帮扶", of(3), new ScoringMethod.RatioToTarget(
                0, Optional.of(IndicatorId.of("assist-target")), of(3), of(1), of(3), Rounding.HALF_UP)),
            item("service.satisfaction", "群众满意度", of(3),
                new ScoringMethod.Linear(of(60), 0, of(95), of(3), Rounding.HALF_UP)),
            item("service.demands", "诉求办结", of(3), bands(of(3), of(2), of(1))),
            item("service.volunteers", "志愿服务", of(3), peer(of(3), of(2), of(1))))))
        .indicator(Indicator.category("livable", "宜居稳定", of(15), List.of(
            item("livable.disputes", "矛盾纠纷化解", of(4), ratio(of(10), of(4))),
            item("livable.safety", "安全事故", of(4), deduction(of(4), "2")),
            item("livable.environment", "环境整治", of(4), bands(of(4), of(2), of(1))),
            item("livable.peace", "平安建设", of(3), yesNo(of(3))))))
        .indicator(Indicator.category("members", "党员队伍", of(10), List.of(
            item("members.in-service", "在职党员报到", of(3), linear(0, of(100), of(3))),
            item("members.commitments", "承诺践诺", of(3), ratio(of(30), of(3))),
            item("members.recruitment", "发展党员", of(2), count("1", of(2))),
            item("members.households", "党员中心户", of(2), yesNo(of(2))))))
        .indicator(Indicator.category("innovation", "创新创优", of(10), List.of(
            item("innovation.brand", "特色品牌", of(3), yesNo(of(3))),
            item("innovation.cases", "创新案例", of(3), count("1", of(3))),
            item("innovation.media", "媒体报道", of(2), count("0.5", of(2))),
            item("innovation.demo", "示范点", of(2), bands(of(2), of(1), 0)))))
        .input(InputSpec.of("assist-target", "帮扶对象数"))
        .input(InputSpec.of("major-incident", "重大安全事故"))
        .input(InputSpec.of("discipline-case", "严重违纪案件"))
        .input(InputSpec.of("city-model", "市级示范社区"))
        .input(InputSpec.of("honours", "上级表彰"))
        .bonus(new Bonus(RuleId.of("honours-bonus"), "表彰加分", IndicatorId.of("honours"), count("1", of(5))))
        .veto(new Veto(RuleId.of("major-incident-veto"), "重大安全事故一票否决",
            Condition.present("major-incident"), Veto.Effect.ZERO_TOTAL, List.of()))
        .veto(new Veto(RuleId.of("discipline-veto"), "严重违纪取消评优",
            Condition.present("discipline-case"), Veto.Effect.DISQUALIFY, List.of(RuleId.of("excellent"))))
        .gate(new Gate(RuleId.of("excellent-gate"), "优秀门槛", new Condition.AllOf(List.of(
            new Condition.EveryCategory(Comparison.AT_LEAST, of(6)),
            Condition.total(Comparison.AT_LEAST, of(90))))))
        .grade(new Grade(RuleId.of("excellent"), "优秀", Optional.of(Bound.inclusive(of(90))),
            List.of(RuleId.of("excellent-gate"))))
        .grade(Grade.atLeast("good", "良好", of(80)))
        .grade(Grade.atLeast("pass", "合格", of(60)))
        .grade(new Grade(RuleId.of("fail"), "不合格", Optional.empty(), List.of()))
        .quota(new Quota(RuleId.of("excellent-quota"), RuleId.of("excellent"), Optional.of(OrgKind.STREET),
            Optional.of(parse("0.2")), Optional.empty(), Rounding.FLOOR, TieBreak.competition()))
        .build();
  }

  /** 云冈区: stricter safety deduction, excellent from 92, a star gate, and a city-wide excellent cap. */
  static Ruleset yungangOverride() {
    return Ruleset.builder("community-assessment", YUNGANG, 1, "云冈区社区党建考核办法（2024）",
            LocalDate.of(2024, 3, 1), OrgKind.COMMUNITY)
        .parent(new RulesetRef(CITY, cityBaseline().id(), 1))
        .pointsMustAddUp(true)
        .totalCap(of(100))
        .indicator(item("livable.safety", "安全事故", of(4), deduction(of(4), "4")))
        .gate(new Gate(RuleId.of("star-gate"), "创星门槛", new Condition.AllOf(List.of(
            Condition.total(Comparison.AT_LEAST, of(85)), Condition.present("city-model")))))
        .grade(new Grade(RuleId.of("excellent"), "优秀", Optional.of(Bound.inclusive(of(92))),
            List.of(RuleId.of("excellent-gate"), RuleId.of("star-gate"))))
        .quota(new Quota(RuleId.of("excellent-district-quota"), RuleId.of("excellent"), Optional.empty(),
            Optional.empty(), Optional.of(16), Rounding.FLOOR, TieBreak.ordinalById()))
        .build();
  }

  /** 平城区: no honours bonus, the demonstration site replaced by a carry-over of last year's total. */
  static Ruleset pingchengOverride() {
    return Ruleset.builder("community-assessment", PINGCHENG, 1, "平城区社区党建考核办法（2024）",
            LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY)
        .parent(new RulesetRef(CITY, cityBaseline().id(), 1))
        .pointsMustAddUp(true)
        .totalCap(of(100))
        .remove("honours-bonus")
        .remove("honours")
        .indicator(item("innovation.demo", "上年结转", of(2), new ScoringMethod.Limited(
            new ScoringMethod.CarryOver(parse("0.02"), Rounding.HALF_EVEN), Optional.empty(), Optional.of(of(2)))))
        .build();
  }

  static Optional<Ruleset> lookup(RulesetRef ref) {
    Ruleset city = cityBaseline();
    return ref.equals(city.ref()) ? Optional.of(city) : Optional.empty();
  }

  /** District "D" → streets S1..Sn → communities Sk-C01.. (kind community). */
  static TreeSnapshot streets(int streets, int perStreet) {
    TreeSnapshot.Builder b = TreeSnapshot.builder(1 + streets * (1 + perStreet));
    b.add(OrgUnitId.of("D"), null, OrgKind.DISTRICT);
    for (int s = 1; s <= streets; s++) {
      OrgUnitId street = OrgUnitId.of("S" + s);
      b.add(street, OrgUnitId.of("D"), OrgKind.STREET);
      for (int c = 1; c <= perStreet; c++) {
        b.add(OrgUnitId.of(String.format("S%d-C%02d", s, c)), street, OrgKind.COMMUNITY);
      }
    }
    return b.build();
  }

  /** Random but plausible measurements for every input of {@code compiled} from {@code seed}. */
  static InputColumns randomInputs(CompiledRuleset compiled, TreeSnapshot tree, long seed) {
    Random rnd = new Random(seed);
    InputColumns.Builder b = InputColumns.builder(tree, Y2024);
    int[] subjects = tree.positionsOf(OrgKind.COMMUNITY);
    for (IndicatorId id : compiled.inputs()) {
      long[] col = new long[tree.size()];
      for (int pos : subjects) {
        col[pos] = switch (id.value()) {
          case "major-incident", "discipline-case" -> rnd.nextInt(20) == 0 ? of(1) : 0;
          case "city-model", "org.secretary-file", "base.funding", "cogov.projects", "livable.peace",
              "members.households", "innovation.brand" -> rnd.nextInt(4) == 0 ? 0 : of(1);
          default -> rnd.nextInt(1_100_000); // 0 .. 110 with 4 decimals
        };
      }
      b.column(id, col);
    }
    return b.build();
  }
}

package org.grassroots.cli;

import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.communitytypes.CommunityTypes;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarScheme;

/**
 * The embedded default ruleset (内置默认考核规则): 7 categories with 30 sub-items of 云冈's shape
 * ("软任务变硬指标"), total capped at 100, an honours bonus, a safety veto, a gate and four grades
 * with 优秀 limited to 20% of each street. Used when no ruleset file is given, so that every command
 * runs out of the box; a district's own rules come from a YAML/JSON file.
 */
public final class DefaultRuleset {
  private static final String[] CATEGORIES = {"组织建设", "党员管理", "服务群众", "基层治理", "阵地建设", "双报到", "宜居安全"};
  private static final int[] ITEMS = {5, 4, 4, 5, 4, 4, 4};

  private DefaultRuleset() {}

  /** The ruleset; its grades are A 优秀 ≥ 72, B 良好 ≥ 65, C 合格 ≥ 55, D 不合格. */
  public static Ruleset ruleset() {
    return ruleset(OrgKind.COMMUNITY, OrgKind.STREET);
  }

  /**
   * The same rules for units of {@code subjectKind} with the 优秀 quota per ancestor of {@code
   * quotaGroup} (e.g. {@code community-org} per {@code street-committee} in a five-level tree).
   */
  public static Ruleset ruleset(OrgKind subjectKind, OrgKind quotaGroup) {
    Ruleset.Builder r = Ruleset.builder("default", DistrictId.of("default"), 1, "社区党建考核（内置示例）",
        LocalDate.of(2024, 1, 1), subjectKind).totalCap(of(100));
    int item = 0;
    for (int c = 0; c < CATEGORIES.length; c++) {
      List<Indicator> items = new ArrayList<>();
      long catPoints = 0;
      for (int k = 0; k < ITEMS[c]; k++, item++) {
        long pts = item % 3 == 0 ? of(4) : of(3);
        catPoints += pts;
        items.add(Indicator.item("i" + item, CATEGORIES[c] + (k + 1), pts, method(item, pts)));
      }
      r.indicator(Indicator.category("c" + c, CATEGORIES[c], catPoints, items).withCap(catPoints));
    }
    return r
        .input(InputSpec.of("incident", "安全事故"))
        .input(InputSpec.of("honours", "表彰"))
        .bonus(new Bonus(RuleId.of("honours"), "表彰加分", IndicatorId.of("honours"),
            new ScoringMethod.CountTimesPoints(of(2), of(4), Rounding.HALF_UP)))
        .veto(new Veto(RuleId.of("safety"), "安全事故取消评优", new Condition.Compare(
            new Condition.Operand.Input(IndicatorId.of("incident")), Comparison.AT_LEAST, of(1)),
            Veto.Effect.DISQUALIFY, List.of(RuleId.of("A"), RuleId.of("B"))))
        .gate(new Gate(RuleId.of("gate"), "各大项不低于 5 分", new Condition.EveryCategory(Comparison.AT_LEAST, of(5))))
        .grade(new Grade(RuleId.of("A"), "优秀", Optional.of(Bound.inclusive(of(72))), List.of(RuleId.of("gate"))))
        .grade(Grade.atLeast("B", "良好", of(65)))
        .grade(Grade.atLeast("C", "合格", of(55)))
        .grade(new Grade(RuleId.of("D"), "不合格", Optional.empty(), List.of()))
        .quota(new Quota(RuleId.of("qa"), RuleId.of("A"), Optional.of(quotaGroup), Optional.of(parse("0.2")),
            Optional.empty(), Rounding.FLOOR, TieBreak.competition()))
        .build();
  }

  /**
   * The embedded default star scheme (内置默认评星办法): the default ruleset's indicators with one to five
   * stars by total — 50, 60, 65, 72, 80, inclusive (一星 … 五星) — at ¥20,000 a star; the safety veto
   * bars every star.
   */
  public static StarScheme stars() {
    Ruleset r = ruleset();
    return StarScheme.graded(with(r, List.of(), List.of()), List.of("一星", "二星", "三星", "四星", "五星"),
        List.of(Bound.inclusive(of(50)), Bound.inclusive(of(60)), Bound.inclusive(of(65)), Bound.inclusive(of(72)),
            Bound.inclusive(of(80))), List.of(), Money.ofYuan(20_000));
  }

  /**
   * The embedded default community types (内置默认社区类型): 组织过硬型 (total ≥ 70), 平稳运行型 (≥ 60)
   * and the demonstration designation 示范社区 (≥ 68), limited to 10 by total, then id.
   */
  public static CommunityTypes types() {
    Ruleset r = with(ruleset(), List.of(Grade.atLeast("strong", "组织过硬型", of(70)),
            Grade.atLeast("steady", "平稳运行型", of(60)), Grade.atLeast("demo", "示范社区", of(68))),
        List.of(new Quota(RuleId.of("q-demo"), RuleId.of("demo"), Optional.empty(), Optional.empty(), Optional.of(10),
            Rounding.DOWN, TieBreak.ordinalById())));
    return new CommunityTypes(r, RuleId.of("demo"));
  }

  /** {@code r} with other grades and quotas; its vetoes bar every one of them (they name A and B). */
  private static Ruleset with(Ruleset r, List<Grade> grades, List<Quota> quotas) {
    List<Veto> vetoes = r.vetoes().stream().map(v -> new Veto(v.id(), v.name(), v.when(), v.effect(), List.of())).toList();
    return r.withRules(vetoes, r.gates(), grades, quotas);
  }

  private static ScoringMethod method(int item, long pts) {
    long half = pts / 2;
    return switch (item % 5) {
      case 0 -> new ScoringMethod.Bands(List.of(
          new ScoringMethod.Band(Optional.empty(), Optional.of(Bound.exclusive(of(60))), 0, "差"),
          new ScoringMethod.Band(Optional.of(Bound.inclusive(of(60))), Optional.of(Bound.exclusive(of(85))), half, "中"),
          new ScoringMethod.Band(Optional.of(Bound.inclusive(of(85))), Optional.empty(), pts, "好")), 0);
      case 1 -> new ScoringMethod.Linear(of(40), 0, of(95), pts, Rounding.HALF_UP);
      case 2 -> new ScoringMethod.RatioToTarget(of(90), Optional.empty(), pts, of(1), 0, Rounding.HALF_UP);
      case 3 -> new ScoringMethod.CountTimesPoints(parse("0.05"), pts, Rounding.HALF_UP);
      default -> new ScoringMethod.Linear(of(50), 0, of(100), pts, Rounding.HALF_EVEN);
    };
  }
}

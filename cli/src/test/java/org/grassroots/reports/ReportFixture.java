package org.grassroots.reports;

import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.grassroots.cli.Data;
import org.grassroots.cli.DefaultRuleset;
import java.util.Optional;
import org.grassroots.communitytypes.CommunityTypes;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Grade;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Quota;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;
import org.grassroots.scenarios.MonteCarlo;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarProgram;
import org.grassroots.stars.StarScheme;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Cancellation;
import org.grassroots.scenarios.Progress;
import org.grassroots.scenarios.RulesetParameter;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.Sweep;

/** A report of the default ruleset on 152 synthetic communities with a scenario and a sweep. */
final class ReportFixture {
  private ReportFixture() {}

  static ScenarioReport report() {
    var tree = Data.district(152);
    var ruleset = DefaultRuleset.ruleset();
    Baseline b = Baseline.of(Setup.of(ruleset), Data.measurements(ruleset, tree, Period.year(2024), 1));
    var scenario = b.run(List.of(new Setting(RulesetParameter.parse("grades[B].minTotal"), of(62))));
    Sweep sweep = Sweep.grid(List.of(Sweep.Axis.range(RulesetParameter.parse("grades[B].minTotal"), of(55), of(75),
        of(1))));
    var points = sweep.run(b, ForkJoinPool.commonPool(), Progress.NONE, new Cancellation());
    return ScenarioReport.of("测试报告 Test report", b, scenario, sweep, points);
  }

  /** One to five stars by total (50, 60, 65, 72, 80) at ¥20,000 a star, pro rata within ¥4,000,000. */
  static StarScheme graded(Ruleset r) {
    return StarScheme.graded(without(r, List.of(), List.of()), List.of("一星", "二星", "三星", "四星", "五星"),
        List.of(Bound.inclusive(of(50)), Bound.inclusive(of(60)), Bound.inclusive(of(65)), Bound.inclusive(of(72)),
            Bound.inclusive(of(80))), List.of(), Money.ofYuan(20_000));
  }

  /** Two types by total and a demonstration designation (total ≥ 68) limited to 10. */
  static CommunityTypes types(Ruleset r) {
    Ruleset t = without(r, List.of(Grade.atLeast("strong", "组织过硬型", of(70)), Grade.atLeast("steady", "平稳运行型", of(60)),
            Grade.atLeast("demo", "示范社区", of(68))),
        List.of(new Quota(RuleId.of("q-demo"), RuleId.of("demo"), Optional.empty(), Optional.empty(), Optional.of(10),
            Rounding.DOWN, TieBreak.ordinalById())));
    return new CommunityTypes(t, RuleId.of("demo"));
  }

  /** {@code r} with other grades and quotas; its vetoes bar every one of them (the default names A and B). */
  private static Ruleset without(Ruleset r, List<Grade> grades, List<Quota> quotas) {
    List<Veto> vetoes = r.vetoes().stream().map(v -> new Veto(v.id(), v.name(), v.when(), v.effect(), List.of())).toList();
    return new Ruleset(r.id(), r.district(), r.version(), r.name(), r.effectiveFrom(), r.effectiveUntil(), r.parent(),
        r.subjectKind(), r.indicators(), r.inputs(), r.aggregation(), r.rounding(), r.totalCap(), r.pointsMustAddUp(),
        r.bonuses(), vetoes, r.gates(), grades, quotas, r.removed());
  }

  /**
   * A report with a program study: the stars and types on 152 synthetic communities, a scenario
   * (¥15,000 a star, the 三星 line at 62), a sweep of the reward per star ¥10,000–¥25,000 by ¥1,000
   * and 100 Monte Carlo draws.
   */
  static ScenarioReport programReport() {
    var tree = Data.district(152);
    var ruleset = DefaultRuleset.ruleset();
    Setup setup = Setup.of(ruleset)
        .withProgram(StarProgram.class, StarProgram.of(graded(ruleset),
            RewardPolicy.proRata(Money.ofYuan(4_000_000), RewardPolicy.Remainder.LEFT_UNPAID)))
        .withProgram(TypesProgram.class, TypesProgram.of(types(ruleset)));
    Baseline b = Baseline.of(setup, Data.measurements(ruleset, tree, Period.year(2024), 1));
    var scenario = b.run(List.of(new Setting(setup.parameter("stars.rewardPerStar"), Money.ofYuan(15_000).fen()),
        new Setting(setup.parameter("stars.rules.grades[star-3].minTotal"), of(62)),
        new Setting(setup.parameter("types.demonstrationQuota"), 6)));
    Sweep sweep = Sweep.grid(List.of(Sweep.Axis.range(setup.parameter("stars.rewardPerStar"),
        Money.ofYuan(10_000).fen(), Money.ofYuan(25_000).fen(), Money.ofYuan(1_000).fen())));
    var points = sweep.run(b, ForkJoinPool.commonPool(), Progress.NONE, new Cancellation());
    MonteCarlo mc = new MonteCarlo(List.of(new MonteCarlo.Uncertainty(IndicatorId.of("i0"), of(5)),
        new MonteCarlo.Uncertainty(IndicatorId.of("i1"), of(5))), 100, 7L);
    var draws = mc.run(b, setup, ForkJoinPool.commonPool(), Progress.NONE, new Cancellation());
    return report().withPrograms(ProgramStudy.of("stars", "Stars and types 星级与六型社区", b).withScenario(scenario)
        .withSweep(sweep, points).withMonteCarlo(draws));
  }
}

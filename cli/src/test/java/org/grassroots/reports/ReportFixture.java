package org.grassroots.reports;

import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.grassroots.cli.Data;
import org.grassroots.cli.DefaultRuleset;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.scenarios.MonteCarlo;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarProgram;
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
    var run = SweepRun.run(sweep, b, ForkJoinPool.commonPool(), Progress.NONE, new Cancellation());
    return ScenarioReport.of("测试报告 Test report", b, scenario, run);
  }

  /** The default ruleset on 152 synthetic communities swept over grades[B].minTotal 55–75 and grades[C].minTotal 40 and 50. */
  static ScenarioReport twoAxisReport() {
    var tree = Data.district(152);
    var ruleset = DefaultRuleset.ruleset();
    Baseline b = Baseline.of(Setup.of(ruleset), Data.measurements(ruleset, tree, Period.year(2024), 1));
    Sweep sweep = Sweep.grid(List.of(
        Sweep.Axis.range(RulesetParameter.parse("grades[B].minTotal"), of(55), of(75), of(1)),
        Sweep.Axis.range(RulesetParameter.parse("grades[C].minTotal"), of(40), of(50), of(10))));
    var run = SweepRun.run(sweep, b, ForkJoinPool.commonPool(), Progress.NONE, new Cancellation());
    return ScenarioReport.of("两个参数 Two axes", b, null, run);
  }

  /**
   * A report with a program study: the default stars (one to five by total, ¥20,000 a star, pro rata
   * within ¥4,000,000) and types on 152 synthetic communities, a scenario
   * (¥15,000 a star, the 三星 line at 62), a sweep of the reward per star ¥10,000–¥25,000 by ¥1,000
   * and 100 Monte Carlo draws.
   */
  static ScenarioReport programReport() {
    var tree = Data.district(152);
    var ruleset = DefaultRuleset.ruleset();
    Setup setup = Setup.of(ruleset)
        .withProgram(StarProgram.of(DefaultRuleset.stars(),
            RewardPolicy.proRata(Money.ofYuan(4_000_000), RewardPolicy.Remainder.LEFT_UNPAID)))
        .withProgram(TypesProgram.of(DefaultRuleset.types()));
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
    return report().withPrograms(ProgramStudy.of("programs", "Stars and types 星级与六型社区", b).withScenario(scenario)
        .withSweep(sweep, points).withMonteCarlo(draws));
  }
}

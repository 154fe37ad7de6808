package org.grassroots.reports;

import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.grassroots.cli.Data;
import org.grassroots.cli.DefaultRuleset;
import org.grassroots.rules.Period;
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
}

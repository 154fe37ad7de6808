package org.grassroots.cli;

import java.util.List;
import org.grassroots.regions.RegionLevel;
import org.grassroots.regions.RegionSummary;
import org.grassroots.regions.UnitNames;
import org.grassroots.reports.ScenarioReport;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.ScenarioResult;
import picocli.CommandLine.Option;

/** {@code --by province|city|county|street}: figures summed by region (分地区汇总) in the output and the report. */
final class RegionOptions {
  @Option(names = "--by", paramLabel = "LEVEL",
      description = "sum grades and every program's figures by region: province, city, county or street (the kinds of the "
          + "tree above the assessed units); assess and scenario then print one row per region and a total row; "
          + "the report's tables by region and its who-flips summary use this level (default: the first level above "
          + "the assessed units with more than one unit)")
  RegionLevel by;

  /** The regions of {@code --by}, or the report's default level without it. */
  RegionSummary regions(UnitNames names, Baseline b) {
    int[] subjects = b.assessment().subjects();
    return by == null ? RegionSummary.auto(names, subjects) : RegionSummary.of(names, by.kind(), subjects);
  }

  /** The table by region of {@code --by} (which must be given). */
  List<List<String>> table(UnitNames names, Baseline b, ScenarioResult r) {
    return RegionSummary.of(names, by.kind(), b.assessment().subjects()).table(b, r);
  }

  /** {@code report} with the tree's names and its regions. */
  ScenarioReport named(ScenarioReport report, UnitNames names) {
    return report.withRegions(regions(names, report.baseline()));
  }
}

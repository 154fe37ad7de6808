package org.grassroots.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program charts: stars, budget against reward per star, Monte Carlo, types — parsed, with their CSVs. */
class ProgramChartsTest {
  private static ScenarioReport REPORT;

  @BeforeAll
  static void build() {
    REPORT = ReportFixture.programReport();
  }

  @Test
  void thePageHasTheProgramChartsWithTheirMarks() throws Exception {
    String html = REPORT.html();
    ReportHtml.markup(html);
    Map<String, JsonNode> charts = ReportHtml.charts(html);
    assertThat(charts.keySet()).containsSubsequence("grades", "programs-stars-levels", "programs-stars-counts",
        "programs-stars-money", "programs-stars-montecarlo", "programs-types-levels", "programs-types-counts");
    // six levels (0..5 stars), baseline and scenario; five stars; three types
    assertThat(ReportHtml.seriesSizes(charts.get("programs-stars-levels"))).containsExactly(6, 6);
    assertThat(ReportHtml.values(charts.get("programs-stars-levels"), 0).stream().mapToLong(Long::longValue).sum())
        .isEqualTo(152);
    assertThat(ReportHtml.seriesSizes(charts.get("programs-stars-counts"))).containsExactly(5, 5);
    assertThat(ReportHtml.seriesSizes(charts.get("programs-types-counts"))).containsExactly(3, 3);
    JsonNode money = charts.get("programs-stars-money");
    // the money figures that move along the axis are lines (due, paid, shortfall); the budget stays, so it is a level
    assertThat(money.at("/series")).extracting(n -> n.get("name").asText()).containsExactly(
        "reward due (yuan) 应发奖励（元）", "reward paid (yuan) 实发奖励（元）", "budget shortfall (yuan) 预算缺口（元）");
    assertThat(ReportHtml.seriesSizes(money)).containsExactly(16, 16, 16);
    // money on the axis as ¥ and 万, to the fen in the tooltip; the budget as a level line, the baseline ¥20,000 marked
    assertThat(money.at("/yAxis/axisLabel/formatter").asText()).isEqualTo("@yuan");
    assertThat(money.at("/xAxis/axisLabel/formatter").asText()).isEqualTo("@yuan");
    assertThat(money.at("/tooltip/valueFormatter").asText()).isEqualTo("@yuanFull");
    assertThat(money.at("/series/0/markLine/data/0/xAxis").asText()).isEqualTo("20000.00");
    assertThat(money.at("/series/0/markLine/data/1/yAxis").asLong()).isEqualTo(4_000_000);
    JsonNode mc = charts.get("programs-stars-montecarlo");
    assertThat(ReportHtml.values(mc, 0).stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
    assertThat(mc.at("/series/0/markLine/data/0/xAxis").asText()).isEqualTo(
        String.valueOf(REPORT.studies().get(0).baseline().figures().get("stars.total")));
    assertThat(ReportHtml.scriptTags(html)).allMatch(t -> !t.contains("src"));
  }

  @Test
  void theMoneyChartMarksWhereTheDueRisesAboveTheBudgetExactly(@TempDir Path dir) throws Exception {
    REPORT.writeTo(dir);
    List<String> rows = Files.readAllLines(dir.resolve("programs-stars-money.csv"));
    assertThat(rows.get(0)).startsWith("stars.rewardPerStar,stars.total,stars.due,stars.paid,stars.budget,stars.shortfall,"
        + "stars.count[");
    assertThat(rows).hasSize(1 + 16);
    BigDecimal budget = new BigDecimal("4000000.00");
    Integer crossedAt = null;
    for (int r = 1; r < rows.size(); r++) {
      String[] f = rows.get(r).split(",");
      BigDecimal reward = new BigDecimal(f[0]);
      BigDecimal due = new BigDecimal(f[2]);
      assertThat(reward).isEqualByComparingTo(new BigDecimal(9_000 + r * 1_000));
      assertThat(due).isEqualByComparingTo(reward.multiply(new BigDecimal(f[1])));
      assertThat(new BigDecimal(f[3])).isLessThanOrEqualTo(budget);
      assertThat(new BigDecimal(f[4])).isEqualByComparingTo(budget);
      assertThat(new BigDecimal(f[5])).isEqualByComparingTo(due.subtract(budget).max(BigDecimal.ZERO));
      if (crossedAt == null && due.compareTo(budget) > 0) {
        crossedAt = r;
      }
    }
    JsonNode chart = ReportHtml.charts(Files.readString(dir.resolve("report.html"))).get("programs-stars-money");
    if (crossedAt != null && crossedAt > 1) {
      assertThat(chart.at("/series/0/markPoint/data").size()).isEqualTo(1);
      assertThat(chart.at("/series/0/markPoint/data/0/value").asText())
          .isEqualTo("stars.due > stars.budget from ¥" + rows.get(crossedAt).split(",")[0]);
    } else {
      assertThat(chart.at("/series/0/markPoint").isMissingNode()).isTrue();
    }
  }

  @Test
  void everyProgramChartHasItsCsvAndTheCountsAddUp(@TempDir Path dir) throws Exception {
    List<Path> files = REPORT.writeTo(dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("programs-sweep.csv",
        "programs-stars-figures.csv", "programs-stars-counts.csv", "programs-stars-levels.csv", "programs-stars-flips.csv",
        "programs-stars-money.csv", "programs-stars-montecarlo.csv", "programs-types-figures.csv",
        "programs-types-counts.csv", "programs-types-levels.csv", "programs-types-flips.csv");
    int[] levels = new int[2];
    long[] stars = new long[2];
    for (String row : Files.readAllLines(dir.resolve("programs-stars-levels.csv")).subList(1, 7)) {
      String[] f = row.split(",");
      levels[0] += Integer.parseInt(f[1]);
      levels[1] += Integer.parseInt(f[2]);
      stars[0] += Long.parseLong(f[0]) * Long.parseLong(f[1]);
      stars[1] += Long.parseLong(f[0]) * Long.parseLong(f[2]);
    }
    assertThat(levels).containsExactly(152, 152);
    List<String> sweep = Files.readAllLines(dir.resolve("programs-sweep.csv"));
    assertThat(sweep).hasSize(17);
    assertThat(sweep.get(0)).startsWith("point,stars.rewardPerStar,count:A").contains(",flips,stars.rewardPerStar,"
        + "stars.total,stars.due,stars.paid,stars.budget,stars.shortfall,stars.count[star-1]").endsWith("types.demonstrations");
    assertThat(sweep.get(1)).startsWith("0,10000.00,");
    List<String> figures = Files.readAllLines(dir.resolve("programs-stars-figures.csv"));
    assertThat(figures).contains("stars.total,designations held in total 获评合计," + stars[0] + "," + stars[1],
        "stars.rewardPerStar,reward per star (yuan) 每星奖励（元）,20000.00,15000.00",
        "stars.budget,budget (yuan) 奖励预算（元）,4000000.00,4000000.00");
    int draws = Files.readAllLines(dir.resolve("programs-stars-montecarlo.csv")).stream().skip(1)
        .mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum();
    assertThat(draws).isEqualTo(100);
    assertThat(Files.readAllLines(dir.resolve("programs-types-counts.csv")).get(3)).startsWith("demo,示范社区,10,6");
    // every flip of the CSV is a designation whose count moved the same way
    List<String> typeFlips = Files.readAllLines(dir.resolve("programs-types-flips.csv"));
    long demoLost = typeFlips.stream().filter(l -> l.contains(",demo,") && l.contains(",loses,")).count();
    long demoGained = typeFlips.stream().filter(l -> l.contains(",demo,") && l.contains(",gains,")).count();
    assertThat(demoLost - demoGained).isEqualTo(10 - 6);
  }
}

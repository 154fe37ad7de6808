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
    assertThat(charts.keySet()).containsSubsequence("grades", "stars-levels", "stars-stars", "stars-budget",
        "stars-montecarlo", "stars-types");
    // six levels (0..5 stars), baseline and scenario; five stars; three types
    assertThat(ReportHtml.seriesSizes(charts.get("stars-levels"))).containsExactly(6, 6);
    assertThat(ReportHtml.values(charts.get("stars-levels"), 0).stream().mapToLong(Long::longValue).sum()).isEqualTo(152);
    assertThat(ReportHtml.seriesSizes(charts.get("stars-stars"))).containsExactly(5, 5);
    assertThat(ReportHtml.seriesSizes(charts.get("stars-types"))).containsExactly(3, 3);
    JsonNode budget = charts.get("stars-budget");
    assertThat(ReportHtml.seriesSizes(budget)).containsExactly(16, 16);
    // money on the axis as ¥ and 万, to the fen in the tooltip; the budget as a level line, the baseline ¥20,000 marked
    assertThat(budget.at("/yAxis/axisLabel/formatter").asText()).isEqualTo("@yuan");
    assertThat(budget.at("/xAxis/axisLabel/formatter").asText()).isEqualTo("@yuan");
    assertThat(budget.at("/tooltip/valueFormatter").asText()).isEqualTo("@yuanFull");
    assertThat(budget.at("/series/0/markLine/data/0/xAxis").asText()).isEqualTo("20000.00");
    assertThat(budget.at("/series/0/markLine/data/1/yAxis").asLong()).isEqualTo(4_000_000);
    JsonNode mc = charts.get("stars-montecarlo");
    assertThat(ReportHtml.values(mc, 0).stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
    assertThat(mc.at("/series/0/markLine/data/0/xAxis").asText()).isEqualTo(
        String.valueOf(REPORT.studies().get(0).baseline().figures().get("stars.total")));
    assertThat(ReportHtml.scriptTags(html)).allMatch(t -> !t.contains("src"));
  }

  @Test
  void theBudgetChartMarksWhereTheDueCrossesTheBudgetExactly(@TempDir Path dir) throws Exception {
    REPORT.writeTo(dir);
    List<String> rows = Files.readAllLines(dir.resolve("stars-budget.csv"));
    assertThat(rows.get(0)).isEqualTo("rewardPerStar,stars,due,paid,budget,shortfall");
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
    JsonNode budgetChart = ReportHtml.charts(Files.readString(dir.resolve("report.html"))).get("stars-budget");
    if (crossedAt != null && crossedAt > 1) {
      long stars = Long.parseLong(rows.get(crossedAt).split(",")[1]);
      BigDecimal most = budget.divide(new BigDecimal(stars), 2, java.math.RoundingMode.DOWN);
      assertThat(budgetChart.at("/series/0/markPoint/data").size()).isEqualTo(1);
      assertThat(budgetChart.at("/series/0/markPoint/data/0/value").asText())
          .isEqualTo(String.format("due = budget at ¥%,.2f a star", most));
    } else {
      assertThat(budgetChart.at("/series/0/markPoint").isMissingNode()).isTrue();
    }
  }

  @Test
  void everyProgramChartHasItsCsvAndTheCountsAddUp(@TempDir Path dir) throws Exception {
    List<Path> files = REPORT.writeTo(dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("stars-stars.csv", "stars-levels.csv",
        "stars-rewards.csv", "stars-star-flips.csv", "stars-sweep.csv", "stars-budget.csv", "stars-montecarlo.csv", "stars-types.csv",
        "stars-type-flips.csv");
    int[] levels = new int[2];
    long[] stars = new long[2];
    for (String row : Files.readAllLines(dir.resolve("stars-levels.csv")).subList(1, 7)) {
      String[] f = row.split(",");
      levels[0] += Integer.parseInt(f[1]);
      levels[1] += Integer.parseInt(f[2]);
      stars[0] += Long.parseLong(f[0]) * Long.parseLong(f[1]);
      stars[1] += Long.parseLong(f[0]) * Long.parseLong(f[2]);
    }
    assertThat(levels).containsExactly(152, 152);
    List<String> sweep = Files.readAllLines(dir.resolve("stars-sweep.csv"));
    assertThat(sweep).hasSize(17);
    assertThat(sweep.get(0)).startsWith("point,stars.rewardPerStar,count:A").contains(",flips,stars.total,stars.due,stars.paid,"
        + "stars.budget,stars.shortfall,stars.count[star-1]").endsWith("types.demonstrations");
    assertThat(sweep.get(1)).startsWith("0,10000.00,");
    List<String> perStar = Files.readAllLines(dir.resolve("stars-stars.csv"));
    assertThat(perStar.get(perStar.size() - 1)).isEqualTo(",total stars 星数合计," + stars[0] + "," + stars[1]);
    int draws = Files.readAllLines(dir.resolve("stars-montecarlo.csv")).stream().skip(1)
        .mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum();
    assertThat(draws).isEqualTo(100);
    List<String> rewards = Files.readAllLines(dir.resolve("stars-rewards.csv"));
    assertThat(rewards).contains("rewardPerStar,20000.00,15000.00", "budget,4000000.00,4000000.00");
    assertThat(Files.readAllLines(dir.resolve("stars-types.csv")).get(3)).startsWith("demo,示范社区,10,6");
  }
}

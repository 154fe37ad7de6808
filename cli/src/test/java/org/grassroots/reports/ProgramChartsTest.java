package org.grassroots.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The program charts: stars, budget against reward per star, Monte Carlo, types — parsed, with their CSVs. */
class ProgramChartsTest {
  private static ScenarioReport REPORT;

  @BeforeAll
  static void build() {
    REPORT = ReportFixture.programReport();
  }

  private static Element svg(Document d, String id) {
    NodeList svgs = d.getElementsByTagName("svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      Element e = (Element) svgs.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("no chart " + id);
  }

  private static int count(Element e, String tag, String cls) {
    NodeList n = e.getElementsByTagName(tag);
    int c = 0;
    for (int i = 0; i < n.getLength(); i++) {
      if (cls == null || cls.equals(((Element) n.item(i)).getAttribute("class"))) {
        c++;
      }
    }
    return c;
  }

  @Test
  void thePageHasTheProgramChartsWithTheirMarks() throws Exception {
    Document d = ScenarioReportTest.parse(REPORT.html());
    assertThat(d.getElementsByTagName("svg").getLength()).isEqualTo(4 + 5);
    // six levels (0..5 stars), baseline and scenario
    assertThat(count(svg(d, "stars-levels"), "rect", "bar")).isEqualTo(2 * 6);
    assertThat(count(svg(d, "stars-stars"), "rect", "bar")).isEqualTo(2 * 5);
    Element budget = svg(d, "stars-budget");
    assertThat(count(budget, "polyline", "series")).isEqualTo(2);
    assertThat(count(budget, "line", "level")).isEqualTo(1);
    assertThat(count(svg(d, "stars-montecarlo"), "rect", "bar")).isGreaterThan(3);
    assertThat(count(svg(d, "stars-types"), "rect", "bar")).isEqualTo(2 * 3);
    assertThat(REPORT.html().replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:", "<script");
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
    Document d = ScenarioReportTest.parse(Files.readString(dir.resolve("report.html")));
    Element budgetChart = svg(d, "stars-budget");
    if (crossedAt != null && crossedAt > 1) {
      long stars = Long.parseLong(rows.get(crossedAt).split(",")[1]);
      BigDecimal most = budget.divide(new BigDecimal(stars), 2, java.math.RoundingMode.DOWN);
      assertThat(count(budgetChart, "circle", "crossing")).isEqualTo(1);
      assertThat(budgetChart.getTextContent()).contains(String.format("¥%,.2f a star", most));
    } else {
      assertThat(count(budgetChart, "circle", "crossing")).isZero();
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

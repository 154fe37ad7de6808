package org.grassroots.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.cli.Grassroots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Money on the report page as the figures' and parameters' own kinds say (¥20,000.00 in tables, ¥ on
 * money axes), for programs the report does not name: a points scheme declared only in a file, and a
 * stars program with a reward per level; the CSVs keep plain decimals (20000.00).
 */
class MoneyOnThePageTest {
  private static final Path POINTS = resource("/org/grassroots/cli/points/points.program.yaml");
  private static final String PLAIN_MONEY = "-?\\d+\\.\\d\\d";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static Path resource(String name) {
    try {
      return Path.of(MoneyOnThePageTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertThat(Grassroots.run(args, new PrintWriter(out, true), new PrintWriter(err, true))).as(err::toString).isZero();
  }

  /** A plain yuan amount of a CSV ({@code 12345.50}) as a person reads it on the page, formatted here independently. */
  private static String yuan(String plain) {
    assertThat(plain).matches(PLAIN_MONEY);
    return "¥" + new DecimalFormat("#,##0.00").format(new BigDecimal(plain));
  }

  /** The rows of a CSV by their first cell. */
  private static Map<String, List<String>> csv(Path file) throws Exception {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String l : Files.readAllLines(file)) {
      List<String> cells = List.of(l.split(",", -1));
      out.put(cells.get(0), cells);
    }
    return out;
  }

  /** The text of every cell of every table row of the page, header rows included. */
  private static List<List<String>> rows(Document page) {
    List<List<String>> out = new ArrayList<>();
    NodeList trs = page.getElementsByTagName("tr");
    for (int i = 0; i < trs.getLength(); i++) {
      List<String> cells = new ArrayList<>();
      NodeList c = ((Element) trs.item(i)).getChildNodes();
      for (int k = 0; k < c.getLength(); k++) {
        cells.add(c.item(k).getTextContent());
      }
      out.add(cells);
    }
    return out;
  }

  /** The page's table row whose first cell is {@code first}. */
  private static List<String> row(List<List<String>> rows, String first) {
    return rows.stream().filter(r -> r.get(0).equals(first)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first));
  }

  /**
   * Each figure of {@code program}'s figures CSV on the page: money figures (by their plain
   * decimals, e.g. due and budget) as ¥ with thousands separators, baseline and scenario; counts as
   * they are. Returns how many money figures there were.
   */
  private static int figuresAsTheirKindsSay(Path dir, String program, List<List<String>> page) throws Exception {
    int money = 0;
    Map<String, List<String>> figures = csv(dir.resolve("programs-" + program + "-figures.csv"));
    figures.remove("figure");
    for (Map.Entry<String, List<String>> f : figures.entrySet()) {
      List<String> shown = row(page, f.getKey());
      boolean isMoney = f.getValue().get(2).contains(".");
      for (int c = 2; c <= 3; c++) {
        String plain = f.getValue().get(c);
        assertThat(shown.get(c)).as(f.getKey()).isEqualTo(isMoney ? yuan(plain) : plain);
      }
      money += isMoney ? 1 : 0;
    }
    return money;
  }

  @Test
  void aProgramDeclaredOnlyInAFileShowsItsMoneyAsYuanInTheTablesAndPlainInTheCsvs(@TempDir Path dir) throws Exception {
    run("scenario", "--program", POINTS.toString(), "--set", "points.rewardPerStar=650.50", "--format", "csv",
        "--report", dir.toString());
    List<List<String>> page = rows(ReportHtml.markup(Files.readString(dir.resolve("report.html"))));
    // rewardPerStar, due, paid, budget, shortfall: ¥500.00 → ¥650.50 a level, within the ¥30,000.00 budget
    assertThat(figuresAsTheirKindsSay(dir, "points", page)).isEqualTo(5);
    assertThat(row(page, "points.rewardPerStar").subList(2, 4)).containsExactly("¥500.00", "¥650.50");
    assertThat(row(page, "points.budget").subList(2, 4)).containsExactly("¥30,000.00", "¥30,000.00");
    assertThat(row(page, "points.total").get(2)).doesNotContain("¥").matches("\\d+");

    // by region: the money paid, baseline and scenario, as ¥; the CSV plain
    Map<String, List<String>> regions = csv(dir.resolve("regions.csv"));
    List<String> head = regions.values().iterator().next();
    assertThat(page).as("the region table's header").contains(head);
    List<String> all = new ArrayList<>(regions.values()).get(regions.size() - 1); // the whole tree's sums
    List<String> shownAll = row(page.subList(page.indexOf(head), page.size()), all.get(0));
    for (String money : List.of("points.paid", "scenario:points.paid")) {
      int c = head.indexOf(money);
      assertThat(c).as(money).isPositive();
      assertThat(shownAll.get(c)).as(money).isEqualTo(yuan(all.get(c)));
    }
    int total = head.indexOf("points.total");
    assertThat(shownAll.get(total)).isEqualTo(all.get(total)).matches("\\d+");
  }

  @Test
  void aSweepOfAFileProgramsRewardDrawsItsAxesAsMoney(@TempDir Path dir) throws Exception {
    run("sweep", "--program", POINTS.toString(), "--axis", "points.rewardPerStar=100:1000:100", "--format", "csv",
        "--report", dir.toString(), "--threads", "1");
    String html = Files.readString(dir.resolve("report.html"));
    Map<String, JsonNode> charts = ReportHtml.charts(html);
    JsonNode sweep = charts.get("sweep");
    assertThat(sweep.at("/xAxis/axisLabel/formatter").asText()).isEqualTo("@yuan");
    assertThat(sweep.at("/series/0/markLine/label/formatter").asText()).isEqualTo("baseline 基线 ¥500.00");
    JsonNode money = charts.get("programs-points-money");
    assertThat(money.at("/xAxis/axisLabel/formatter").asText()).isEqualTo("@yuan");
    // its marks written as on the page: the baseline's reward and the budget level
    assertThat(money.at("/series/0/markLine/label/formatter").asText()).isEqualTo("baseline 基线 ¥500.00");
    assertThat(money.at("/series/0/markLine/data/1/name").asText()).endsWith(" ¥30,000.00");
    // the table of the baseline's figures on the page is ¥, the sweep's CSV plain
    assertThat(row(rows(ReportHtml.markup(html)), "points.rewardPerStar").get(2)).isEqualTo("¥500.00");
    // the sweep's CSVs: money in yuan with fen like every other CSV (they were in fen), levels × reward = due
    for (String name : List.of("sweep.csv", "programs-sweep.csv")) {
      List<String> lines = Files.readAllLines(dir.resolve(name));
      List<String> head = List.of(lines.get(0).split(","));
      String[] first = lines.get(1).split(",");
      assertThat(first[1]).as(name).isEqualTo("100.00");
      assertThat(first[head.indexOf("points.due")]).as(name).matches(PLAIN_MONEY).isEqualTo(
          new BigDecimal(first[head.indexOf("points.total")]).multiply(new BigDecimal("100.00")).toPlainString());
      assertThat(first[head.indexOf("points.budget")]).as(name).isEqualTo("30000.00");
    }

    // a sweep along a threshold (a fixed-point parameter) is no money axis
    run("sweep", "--program", POINTS.toString(), "--axis", "points.rules.grades[level-2].minTotal=60:70:5", "--format",
        "csv", "--report", dir.resolve("threshold").toString(), "--threads", "1");
    JsonNode threshold = ReportHtml.charts(Files.readString(dir.resolve("threshold/report.html"))).get("sweep");
    assertThat(threshold.at("/xAxis/axisLabel/formatter").isMissingNode()).isTrue();
  }

  @Test
  void aStarsProgramWithARewardPerLevelShowsEachLevelsRewardAsYuan(@TempDir Path dir) throws Exception {
    Files.copy(POINTS.resolveSibling("points.ruleset.yaml"), dir.resolve("points.ruleset.yaml"));
    Path levels = dir.resolve("levels.program.yaml");
    Files.writeString(levels, Files.readString(POINTS).replace("name: points\n", "name: stars\n")
        .replace("perStar: \"500.00\"", "perLevel: [\"500.00\", \"800.50\", \"1200.00\"]"));
    run("scenario", "--program", levels.toString(), "--set", "stars.rewardPerLevel[2]=900", "--format", "csv",
        "--report", dir.resolve("r").toString());
    List<List<String>> page = rows(ReportHtml.markup(Files.readString(dir.resolve("r/report.html"))));
    // three rewards per level, due, paid, budget, shortfall
    assertThat(figuresAsTheirKindsSay(dir.resolve("r"), "stars", page)).isEqualTo(7);
    assertThat(row(page, "stars.rewardPerLevel[2]").subList(2, 4)).containsExactly("¥800.50", "¥900.00");
    assertThat(row(page, "stars.rewardPerLevel[3]").get(2)).isEqualTo("¥1,200.00");

    run("sweep", "--program", levels.toString(), "--axis", "stars.rewardPerLevel[3]=1000:2000:500", "--format", "csv",
        "--report", dir.resolve("s").toString(), "--threads", "1");
    Map<String, JsonNode> charts = ReportHtml.charts(Files.readString(dir.resolve("s/report.html")));
    assertThat(charts.get("sweep").at("/xAxis/axisLabel/formatter").asText()).isEqualTo("@yuan");
    assertThat(charts.get("programs-stars-money").at("/xAxis/axisLabel/formatter").asText()).isEqualTo("@yuan");
  }
}

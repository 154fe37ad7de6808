package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Setup;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarOutcome;
import org.grassroots.stars.StarProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The star programme and 六型社区 on the command line: --stars, --types, money in yuan, program figures. */
class ProgramCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Grassroots.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The rows of a --format csv output by their first column: the rest of the row. */
  static Map<String, List<String>> byItem(String csv) {
    Map<String, List<String>> m = new HashMap<>();
    for (String line : csv.split("\r?\n")) {
      List<String> cells = List.of(line.split(",", -1));
      m.put(cells.get(0), cells.subList(1, cells.size()));
    }
    return m;
  }

  /** The default ruleset and stars on the CLI's synthetic district (152 communities, seed 20241124) at {@code reward}. */
  private static StarOutcome evaluated(Money reward) {
    Ruleset r = DefaultRuleset.ruleset();
    StarProgram stars = StarProgram.of(DefaultRuleset.stars()).withRewardPerStar(reward);
    Baseline b = Baseline.of(Setup.of(r).withProgram(stars),
        Data.measurements(r, Data.district(152), Period.year(2024), 20241124L));
    return b.outcome(StarOutcome.class).orElseThrow();
  }

  @Test
  void whatIfAStarPaid15000() {
    assertThat(run("scenario", "--stars", "--set", "stars.rewardPerStar=15000", "--format", "csv")).isZero();
    Map<String, List<String>> rows = byItem(out.toString());
    StarOutcome expected = evaluated(Money.ofYuan(15_000));
    long stars = Long.parseLong(rows.get("stars.total").get(2));
    assertThat(stars).isEqualTo(expected.totalStars()).isPositive();
    assertThat(rows.get("stars.rewardPerStar")).containsExactly("reward per star (yuan) 每星奖励（元）", "20000.00", "15000.00");
    // due = stars × ¥15,000 exactly, as the programme evaluated here says
    assertThat(new BigDecimal(rows.get("stars.due").get(2))).isEqualTo(BigDecimal.valueOf(stars * 15_000).setScale(2));
    assertThat(rows.get("stars.due").get(2)).isEqualTo(expected.due().toYuan().toPlainString());
    // the baseline at the default ¥20,000 and the same stars: a reward moves no star
    assertThat(rows.get("stars.due").get(1)).isEqualTo(evaluated(Money.ofYuan(20_000)).due().toYuan().toPlainString());
    assertThat(rows.get("stars.gained").get(2)).isEqualTo("0");
    assertThat(rows.get("stars.lost").get(2)).isEqualTo("0");
    // the same with --reward-per-star: the baseline itself at ¥15,000.50, to the fen
    assertThat(run("assess", "--stars", "--reward-per-star", "15000.50", "--format", "csv")).isZero();
    assertThat(byItem(out.toString()).get("stars.due").get(1))
        .isEqualTo(Money.ofFen(1_500_050L * stars).toYuan().toPlainString());
  }

  @Test
  void aSweepOfTheRewardKeepsDueEqualStarsTimesRewardAndPaidWithinTheBudget() throws Exception {
    for (String policy : List.of("pro-rata", "by-rank")) {
      assertThat(run("sweep", "--stars", "--budget", "3000000", "--budget-policy", policy, "--axis",
          "stars.rewardPerStar=10000:25000:1000", "--format", "json", "--threads", "2")).as(() -> policy + err).isZero();
      // JSON numbers read exactly, as BigDecimal (a double would print 3000000.00 as 3000000.0)
      JsonNode rows = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .readTree(out.toString());
      assertThat(rows).hasSize(16);
      boolean short_ = false;
      for (JsonNode r : rows) {
        BigDecimal reward = new BigDecimal(r.get("stars.rewardPerStar").asText());
        BigDecimal due = new BigDecimal(r.get("stars.due").asText());
        BigDecimal paid = new BigDecimal(r.get("stars.paid").asText());
        BigDecimal budget = new BigDecimal(r.get("stars.budget").asText());
        assertThat(due).isEqualTo(reward.multiply(BigDecimal.valueOf(r.get("stars.total").asLong())));
        assertThat(budget).isEqualTo(new BigDecimal("3000000.00"));
        assertThat(paid).isLessThanOrEqualTo(budget).isLessThanOrEqualTo(due);
        // the shortfall is what the budget lacks (due − budget, or 0); what the rounding leaves stays unpaid
        assertThat(new BigDecimal(r.get("stars.shortfall").asText()))
            .isEqualTo(due.subtract(budget).max(BigDecimal.ZERO).setScale(2));
        short_ |= due.compareTo(budget) > 0;
      }
      assertThat(short_).as("the sweep reaches past the budget").isTrue();
    }
  }

  @Test
  void aStarSchemeFromAFileCountsAsTheEmbeddedOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("stars.ruleset.yaml"),
        org.grassroots.rules.format.RulesetFiles.toYaml(DefaultRuleset.stars().rules()));
    Path file = dir.resolve("stars.program.yaml");
    Files.writeString(file, "program: s\nkind: stars\nrules: stars.ruleset.yaml\nreward: {perStar: \"20000\"}\n");
    assertThat(run("assess", "--stars", file.toString(), "--reward-per-star", "100", "--format", "csv")).as(err::toString)
        .isZero();
    Map<String, List<String>> rows = byItem(out.toString());
    StarOutcome embedded = evaluated(Money.ofYuan(100));
    assertThat(rows.get("stars.total").get(1)).isEqualTo(String.valueOf(embedded.totalStars()));
    assertThat(rows.get("stars.due").get(1)).isEqualTo(embedded.due().toYuan().toPlainString());
  }

  @Test
  void badMoneyIsRefusedWithABilingualMessageAndExit1() {
    assertThat(run("scenario", "--stars", "--reward-per-star", "15000.001", "--set", "grades[B].minTotal=60"))
        .isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("--reward-per-star", "15000.001", "more than 2 decimal places", "小数位超过 2 位")
        .doesNotContain("Exception", "\tat ");
    assertThat(run("scenario", "--stars", "--set", "stars.rewardPerStar=1.999")).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("stars.rewardPerStar", "1.999", "小数位");
    assertThat(run("sweep", "--stars", "--budget", "¥5", "--axis", "stars.rewardPerStar=1:2:1")).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("--budget", "¥5", "不是以元为单位的金额");
    // a count is a whole number (it was read as fixed point: count=1 meant 10,000)
    assertThat(run("scenario", "--set", "quotas[qa].count=0.5")).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("quotas[qa].count", "0.5", "is not a whole number", "不是整数");
    assertThat(run("scenario", "--set", "quotas[qa].count=0", "--format", "csv")).isZero();
    List<String> a = byItem(out.toString()).get("A");
    assertThat(Integer.parseInt(a.get(1))).isPositive();
    assertThat(a.get(2)).isEqualTo("0");
    assertThat(run("scenario", "--budget", "5", "--set", "grades[B].minTotal=60")).isEqualTo(Grassroots.USAGE);
    assertThat(run("scenario", "--stars", "--budget-policy", "by-lot", "--budget", "5", "--set", "grades[B].minTotal=60"))
        .isEqualTo(Grassroots.USAGE);
  }

  @Test
  void typesAndTheDemonstrationQuota(@TempDir Path dir) throws Exception {
    assertThat(run("scenario", "--types", "--stars", "--set", "types.demonstrationQuota=3", "--set",
        "stars.rules.grades[star-3].minTotal=70", "--format", "csv", "--report", dir.resolve("r").toString())).isZero();
    Map<String, List<String>> rows = byItem(out.toString());
    assertThat(Integer.parseInt(rows.get("types.demonstrations").get(2))).isLessThanOrEqualTo(3);
    assertThat(Integer.parseInt(rows.get("types.demonstrations").get(1))).isLessThanOrEqualTo(10)
        .isGreaterThan(Integer.parseInt(rows.get("types.demonstrations").get(2)));
    assertThat(rows).containsKeys("types.gained", "types.lost", "stars.gained", "stars.lost");
    String html = Files.readString(dir.resolve("r/report.html"));
    assertThat(html).contains("id=\"programs-stars-levels\"", "id=\"programs-types-counts\"");
    assertThat(dir.resolve("r/programs-stars-flips.csv")).exists();
    assertThat(dir.resolve("r/programs-types-flips.csv")).exists();
    assertThat(run("assess", "--types", "--demonstration-quota", "4", "--format", "csv")).isZero();
    assertThat(Integer.parseInt(byItem(out.toString()).get("types.demonstrations").get(1))).isLessThanOrEqualTo(4);
    assertThat(TypesProgram.NAME).isEqualTo("types");
  }

  @Test
  void aRewardSweepWithAReportDrawsTheBudgetChart(@TempDir Path dir) throws Exception {
    assertThat(run("sweep", "--stars", "--budget", "3000000", "--axis", "stars.rewardPerStar=10000:25000:1000",
        "--report", dir.resolve("r").toString(), "--out", dir.resolve("s.csv").toString(), "--format", "csv")).isZero();
    assertThat(Files.readString(dir.resolve("r/report.html"))).contains("id=\"programs-stars-money\"", "stars.due &gt; stars.budget from ¥",
        "stars.rewardPerStar from 10000.00 to 25000.00"); // the axis in yuan, as on the command line
    assertThat(Files.readAllLines(dir.resolve("s.csv"))).hasSize(17);
  }

  @Test
  void aSweepTooLargeForTheHeapIsRefusedUpFront() {
    assertThat(run("sweep", "--communities", "5000", "--axis", "grades[B].minTotal=0:999.9999:0.0001", "--out",
        "/nonexistent/never.csv")).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("10,000,000 points", "5,000 units", "-Xmx", "堆内存");
  }

  @Test
  void aSweepOf100000PointsWritesAReportOfAFewMegabytes(@TempDir Path dir) throws Exception {
    assertThat(run("sweep", "--axis", "grades[B].minTotal=0:99.999:0.001", "--report", dir.resolve("r").toString(),
        "--all-flips", "--out", dir.resolve("s.csv").toString(), "--format", "csv")).isZero();
    Path html = dir.resolve("r/report.html");
    assertThat(Files.size(html)).isLessThan(3_000_000);
    assertThat(Files.readString(html)).contains("the charts draw 500 of the 100000 points along it, sampled evenly",
        "id=\"flips\"", "id=\"sweep\"");
    // the CSVs keep every point: with --all-flips, unit-flips.csv as runs of one grade that cover the axis from its
    // first value to its last (flips.csv counts the flips by region and grade change)
    assertThat(Files.readAllLines(dir.resolve("r/flips.csv")).get(0)).endsWith(",name,baselineGrade,grade,units");
    List<String> sweep = Files.readAllLines(dir.resolve("r/sweep.csv"));
    assertThat(sweep).hasSize(100_001);
    String first = sweep.get(1).split(",")[1];
    String last = sweep.get(sweep.size() - 1).split(",")[1];
    List<String> flips = Files.readAllLines(dir.resolve("r/unit-flips.csv"));
    assertThat(flips.get(0)).isEqualTo("unit,baselineGrade,grades[B].minTotal:from,grades[B].minTotal:to,grade");
    Map<String, List<String[]>> runs = new java.util.LinkedHashMap<>();
    flips.subList(1, flips.size()).forEach(l -> runs.computeIfAbsent(l.split(",")[0], k -> new java.util.ArrayList<>())
        .add(l.split(",", -1)));
    assertThat(runs).isNotEmpty();
    runs.forEach((unit, rs) -> {
      assertThat(rs.get(0)[2]).as(unit).isEqualTo(first);
      assertThat(rs.get(rs.size() - 1)[3]).as(unit).isEqualTo(last);
      assertThat(rs.size()).as(unit + " changes grade somewhere").isGreaterThan(1);
      for (int i = 1; i < rs.size(); i++) {
        assertThat(rs.get(i)[4]).as(unit + " adjacent runs differ").isNotEqualTo(rs.get(i - 1)[4]);
        assertThat(new BigDecimal(rs.get(i)[2])).as(unit + " runs are contiguous")
            .isEqualByComparingTo(new BigDecimal(rs.get(i - 1)[3]).add(new BigDecimal("0.001")));
      }
    });
    assertThat(Files.lines(dir.resolve("s.csv")).count()).isEqualTo(100_001);
  }
}

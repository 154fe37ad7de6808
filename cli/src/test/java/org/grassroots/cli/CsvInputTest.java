package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --tree and --measurements: round trips and every kind of bad input. */
class CsvInputTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir
  Path dir;

  private int run(String... args) {
    return Grassroots.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The divisions sample of module divisions: 3 provinces down to 7 communities. */
  private Path dist() throws Exception {
    Path d = Files.createDirectories(dir.resolve("dist"));
    Files.writeString(d.resolve("provinces.csv"), "code,name\n11,\"北京市\"\n35,\"福建省\"\n44,\"广东省\"\n");
    Files.writeString(d.resolve("cities.csv"), "code,name,provinceCode\n1101,\"市辖区\",11\n3502,\"厦门市\",35\n"
        + "4419,\"东莞市\",44\n");
    Files.writeString(d.resolve("areas.csv"), "code,name,cityCode,provinceCode\n110101,\"东城区\",1101,11\n"
        + "110102,\"西城区\",1101,11\n350205,\"海沧区\",3502,35\n441900,\"东莞市\",4419,44\n");
    Files.writeString(d.resolve("streets.csv"), "code,name,areaCode,provinceCode,cityCode\n"
        + "110101001,\"东华门街道\",110101,11,1101\n110101002,\"景山街道\",110101,11,1101\n"
        + "350205001,\"海沧街道\",350205,35,3502\n350205003,\"嵩屿街道\",350205,35,3502\n"
        + "441900003,\"东城街道\",441900,44,4419\n");
    Files.writeString(d.resolve("villages.csv"), "code,name,streetCode,provinceCode,cityCode,areaCode\n"
        + "110101001001,\"多福巷社区居委会\",110101001,11,1101,110101\n"
        + "110101001002,\"银闸社区居委会\",110101001,11,1101,110101\n"
        + "110101002001,\"景山东街社区居委会\",110101002,11,1101,110101\n"
        + "350205003001,\"海虹社区居委会\",350205003,35,3502,350205\n"
        + "350205003002,\"海农社区居委会\",350205003,35,3502,350205\n"
        + "350205003003,\"海发社区居委会\",350205003,35,3502,350205\n"
        + "441900003001,\"主山社区居委会\",441900003,44,4419,441900\n");
    return d;
  }

  @Test
  void theTreeThatImportDivisionsWritesReadsBackAsTheSameTree() throws Exception {
    Path dist = dist();
    Path tree = dir.resolve("tree.csv");
    assertThat(run("import-divisions", dist.toString(), "--tree", tree.toString())).isZero();
    TreeSnapshot read = TreeCsv.read(tree, java.nio.charset.StandardCharsets.UTF_8, new RunControl());
    TreeSnapshot direct = Data.divisions(dist);
    assertThat(read.size()).isEqualTo(direct.size()).isEqualTo(22);
    for (int i = 0; i < direct.size(); i++) {
      assertThat(read.id(i)).isEqualTo(direct.id(i));
      assertThat(read.kind(i)).isEqualTo(direct.kind(i));
      assertThat(read.parent(i)).isEqualTo(direct.parent(i));
    }
    // rows in another order give the same snapshot (pre-order is by id, not by file order)
    List<String> lines = new ArrayList<>(Files.readAllLines(tree));
    Collections.reverse(lines.subList(1, lines.size()));
    Path reversed = dir.resolve("reversed.csv");
    Files.write(reversed, lines);
    assertThat(TreeCsv.read(reversed, java.nio.charset.StandardCharsets.UTF_8, new RunControl()).ids()).isEqualTo(direct.ids());
  }

  @Test
  void assessOfATreeAndMeasurementsFromCsvEqualsTheAssessmentComputedDirectly() throws Exception {
    TreeSnapshot tree = Data.district(152);
    Path treeFile = dir.resolve("tree.csv");
    try (Writer w = Files.newBufferedWriter(treeFile, StandardCharsets.UTF_8)) {
      TreeCsv.write(tree, w);
    }
    Ruleset ruleset = DefaultRuleset.ruleset();
    List<IndicatorId> inputs = MeasurementsCsv.inputsOf(ruleset);
    assertThat(inputs).hasSize(32).doesNotContain(IndicatorId.of("c0")).contains(IndicatorId.of("honours"));
    // values with 0 to 4 decimals (some with trailing zeros), a few units without a row, rows of
    // another period that must be skipped, all in shuffled order with the columns reordered
    SplittableRandom rng = new SplittableRandom(7);
    List<String> rows = new ArrayList<>();
    for (int pos : tree.positionsOf(ruleset.subjectKind())) {
      for (IndicatorId in : inputs) {
        if (rng.nextInt(50) == 0) {
          continue;
        }
        long v = in.value().startsWith("i") ? Fixed.of(55) + rng.nextLong(Fixed.of(45) + 1) : (rng.nextInt(10) == 0 ? Fixed.ONE : 0);
        String text = Fixed.format(v) + (rng.nextInt(10) == 0 && v % Fixed.ONE != 0 ? "000" : "");
        rows.add("2024," + in.value() + "," + text + "," + tree.id(pos).value());
        if (rng.nextInt(20) == 0) {
          rows.add("2023," + in.value() + ",12.5," + tree.id(pos).value());
        }
      }
    }
    Collections.shuffle(rows, new Random(3));
    Path m = dir.resolve("m.csv");
    List<String> file = new ArrayList<>(List.of("period,indicator,value,unit"));
    file.addAll(rows);
    Files.write(m, file);

    Path units = dir.resolve("units.csv");
    assertThat(run("assess", "--tree", treeFile.toString(), "--measurements", m.toString(), "--units",
        units.toString())).as(err.toString()).isZero();

    // the same CSV read independently, into Measurements and InputColumns' own builder
    Period y2024 = Period.year(2024);
    List<Measurement> ms = new ArrayList<>();
    for (String r : rows) {
      String[] c = r.split(",");
      ms.add(new Measurement(OrgUnitId.of(c[3]), IndicatorId.of(c[1]), Period.parse(c[0]), Fixed.parse(c[2])));
    }
    Assessment a = CompiledRuleset.compile(ruleset).evaluate(InputColumns.of(tree, y2024, ms));
    List<String> expected = new ArrayList<>(List.of("unit,total,grade"));
    for (int p : a.subjects()) {
      expected.add(tree.id(p).value() + "," + Fixed.format(a.total(p)) + ","
          + a.grade(tree.id(p)).map(g -> g.id().value()).orElse(""));
    }
    assertThat(Files.readAllLines(units)).isEqualTo(expected);
    assertThat(expected.stream().map(l -> l.substring(l.lastIndexOf(',') + 1)).distinct()).contains("A", "C"); // A under its quota, others below

    // and what assess writes with --measurements-out reads back to the same assessment
    Path again = dir.resolve("again.csv");
    Path units2 = dir.resolve("units2.csv");
    assertThat(run("assess", "--tree", treeFile.toString(), "--measurements", m.toString(), "--measurements-out",
        again.toString())).isZero();
    assertThat(run("assess", "--tree", treeFile.toString(), "--measurements", again.toString(), "--units",
        units2.toString())).isZero();
    assertThat(Files.readAllLines(units2)).isEqualTo(expected);

    // scenario, sweep and explain read the same data: explain shows the unit's total, a sweep's
    // baseline point changes nobody, a scenario's baseline column counts as assess did
    String unit = expected.get(9).split(",")[0];
    String total = expected.get(9).split(",")[1];
    String[] data = {"--tree", treeFile.toString(), "--measurements", m.toString()};
    out.getBuffer().setLength(0);
    assertThat(run(concat(new String[] {"explain", "--unit", unit}, data))).isZero();
    assertThat(out.toString()).contains(unit, total);
    out.getBuffer().setLength(0);
    assertThat(run(concat(new String[] {"sweep", "--axis", "grades[B].minTotal=65:66:1", "--format", "csv"}, data)))
        .isZero();
    assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).contains("65");
    long graded = expected.stream().filter(l -> l.endsWith(",A")).count();
    out.getBuffer().setLength(0);
    assertThat(run(concat(new String[] {"scenario", "--set", "grades[B].minTotal=60", "--format", "csv"}, data))).isZero();
    assertThat(out.toString()).contains("A,优秀," + graded + ",");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void syntheticMeasurementsRemainWithoutTheOptionAndHelpSaysSo() throws Exception {
    Path m = dir.resolve("synthetic.csv");
    Path u1 = dir.resolve("u1.csv");
    Path u2 = dir.resolve("u2.csv");
    assertThat(run("assess", "--measurements-out", m.toString(), "--units", u1.toString())).isZero();
    assertThat(run("assess", "--measurements", m.toString(), "--units", u2.toString())).isZero();
    assertThat(Files.readAllLines(u2)).isEqualTo(Files.readAllLines(u1));
    assertThat(run("assess", "--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " ")).contains("Without this option the measurements are SYNTHETIC");
  }

  @Test
  void assessCountsTheValuesAMeasurementsFileLeavesOut() throws Exception {
    Path all = dir.resolve("all.csv");
    assertThat(run("assess", "--communities", "12", "--measurements-out", all.toString())).isZero();
    List<String> lines = Files.readAllLines(all);
    String dropped = lines.get(1).split(",")[1];
    List<String> kept = new java.util.ArrayList<>();
    int left = 0;
    for (String line : lines) {
      String[] f = line.split(",");
      // leave out the first indicator's value of every third community
      if (f.length > 1 && f[1].equals(dropped) && Math.floorMod(f[0].hashCode(), 3) == 0) {
        left++;
        continue;
      }
      kept.add(line);
    }
    assertThat(left).isPositive();
    Path some = dir.resolve("some.csv");
    Files.write(some, kept);
    out.getBuffer().setLength(0);
    assertThat(run("assess", "--communities", "12", "--measurements", some.toString(), "--format", "csv")).isZero();
    assertThat(out.toString()).contains("missing." + dropped + ",missing 缺失 → read as 0 按零计," + left);
    out.getBuffer().setLength(0);
    assertThat(run("assess", "--communities", "12", "--measurements", all.toString(), "--format", "csv")).isZero();
    assertThat(out.toString()).doesNotContain("missing.");
  }

  // ------------------------------------------------------------------------------------ bad input

  private static final String TREE = "id,parent,kind\nd,,district\ns1,d,street\nc1,s1,community\nc2,s1,community\n";

  /** Runs assess on {@code tree} and {@code measurements}; asserts exit 1, no output, and the message parts. */
  private void refused(String tree, String measurements, String... parts) throws Exception {
    Path t = dir.resolve("t.csv");
    Files.writeString(t, tree);
    Path m = dir.resolve("m.csv");
    Files.writeString(m, measurements);
    Path units = dir.resolve("units.csv");
    err.getBuffer().setLength(0);
    assertThat(run("assess", "--tree", t.toString(), "--measurements", m.toString(), "--units", units.toString()))
        .as(err.toString()).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains(parts).doesNotContain("Exception", "\tat ");
    assertThat(units).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("t.csv", "m.csv");
    }
  }

  private static String m(String... rows) {
    return "unit,indicator,value\n" + String.join("\n", rows) + "\n";
  }

  @Test
  void anUnknownUnitIsRefusedWithFileLineColumnAndValue() throws Exception {
    refused(TREE, m("c1,i0,50", "c9,i0,50"), "m.csv:3: column unit: \"c9\" is not a unit of the tree",
        "m.csv:3：unit 列：\"c9\" 不是组织树中的单位");
  }

  @Test
  void aUnitNotOfTheSubjectKindIsRefused() throws Exception {
    refused(TREE, m("s1,i0,50"), "m.csv:2: column unit: the unit \"s1\" is of kind street", "of kind community",
        "规则集考核的是 community 类单位");
  }

  @Test
  void anIndicatorThatIsNotAnInputOfTheRulesetIsRefused() throws Exception {
    refused(TREE, m("c1,i99,50"), "m.csv:2: column indicator: \"i99\" is not an input of the ruleset", "i0, i1",
        "不是规则集的输入项");
    refused(TREE, m("c1,c0,50"), "m.csv:2: column indicator: \"c0\"");
  }

  @Test
  void aRepeatedUnitIndicatorAndPeriodIsRefused() throws Exception {
    refused(TREE, m("c1,i0,50", "c2,i0,50", "c1,i0,51"), "m.csv:4: column indicator: unit c1, indicator i0 and period 2024",
        "已在前面的行中给出");
    // the same unit and indicator in two periods is fine; twice in one period is not
    refused(TREE, "unit,indicator,value,period\nc1,i0,50,2023\nc1,i0,50,2024\nc1,i0,1,2024\n", "m.csv:4:");
  }

  @Test
  void aMalformedNumberIsRefused() throws Exception {
    refused(TREE, m("c1,i0,5O"), "m.csv:2: column value: \"5O\" is not a decimal number", "不是十进制数");
    refused(TREE, m("c1,i0,"), "m.csv:2: column value: \"\" is not a decimal number");
    refused(TREE, m("c1,i0,99999999999999999"), "m.csv:2: column value: \"99999999999999999\" is too large");
  }

  @Test
  void moreThanFourDecimalsAreRefusedNotRounded() throws Exception {
    refused(TREE, m("c1,i0,89.99995"), "m.csv:2: column value: \"89.99995\" has more than 4 decimal places",
        "refused, not rounded", "不予接受，也不作舍入");
  }

  @Test
  void aBadHeaderRowOrPeriodIsRefused() throws Exception {
    refused(TREE, "unit,indicatr,value\nc1,i0,1\n", "m.csv:1: the header is \"unit,indicatr,value\"",
        "unit,indicator,value[,period]");
    refused(TREE, m("c1,i0"), "m.csv:2: the row has 2 values; expected 3");
    refused(TREE, "", "m.csv: the file is empty");
    refused(TREE, "unit,indicator,value,period\nc1,i0,1,2024-Q5\n", "m.csv:2: column period: \"2024-Q5\" is not a period");
    refused(TREE, "unit,indicator,value,period\nc1,i0,1,2023\nc2,i0,1,2022\n", "m.csv: no row is of the period 2024",
        "2022, 2023", "没有周期为 2024 的行");
  }

  @Test
  void aBadTreeIsRefusedWithFileLineColumnAndValue() throws Exception {
    String ok = m("c1,i0,1");
    refused("id,parent,kind\nd,,district\nc 1,d,community\n", ok, "t.csv:3: column id: \"c 1\" is not an id",
        "不是有效标识");
    refused("id,parent,kind\nd,,district\nc1,d,community\nc1,d,community\n", ok,
        "t.csv:4: column id: the unit \"c1\" is already on line 3");
    refused("id,parent,kind\nd,,district\nc1,dd,community\n", ok, "t.csv:3: column parent: \"dd\" is not the id of a unit");
    refused("id,parent,kind\nd,,district\nc1,d,Community\n", ok, "t.csv:3: column kind: \"Community\" is not a kind code");
    refused("id,parent,kind\na,b,district\nb,a,street\nc1,,community\n", ok, "t.csv: the parent links form a cycle (2 units");
    refused("id,parent\nd,\n", ok, "t.csv:1: the header is \"id,parent\"; expected the columns id,parent,kind");
  }

  @Test
  void choosingTwoTreesIsAUsageErrorAndAMissingFileAnIoError() throws Exception {
    assertThat(run("assess", "--tree", "x.csv", "--communities", "5")).isEqualTo(Grassroots.USAGE);
    assertThat(err.toString()).contains("choose one of --tree, --divisions and --communities");
    Path missing = dir.resolve("missing.csv");
    assertThat(run("assess", "--measurements", missing.toString())).isEqualTo(Grassroots.IO);
    assertThat(err.toString()).contains("missing.csv: the file cannot be read or written (no such file)", "文件无法读取或写入")
        .doesNotContain("Exception");
  }
}

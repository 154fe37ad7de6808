package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measurements per month and quarter (分期数据) in the tool's files: the example branch-meetings
 * (三会一课) assessed over a long and a wide CSV of monthly and quarterly values, explained month by
 * month, and the values whose period does not fit their input refused at their line.
 */
class PeriodicMeasurementsTest {
  private final ToolRun tool = new ToolRun();
  @TempDir
  Path dir;
  private Path ruleset;
  private Path tree;

  @BeforeEach
  void files() throws Exception {
    ruleset = ToolRun.example(dir, "branch-meetings.ruleset.yaml");
    tree = dir.resolve("tree.csv");
    Files.writeString(tree, "id,parent,kind,name\ncounty,,district,示例县\nb1,county,branch,第一支部\n"
        + "b2,county,branch,第二支部\nb3,county,branch,第三支部\n");
  }

  /**
   * b1 keeps every frequency; b2 held no committee meeting in March (0) nor July (no row) and keeps
   * the rest (10 of 12 months: 基本规范); b3 held committee meetings in the first half year only.
   */
  private static List<String> longRows() {
    List<String> rows = new ArrayList<>(List.of("unit,indicator,value,period"));
    for (String u : List.of("b1", "b2", "b3")) {
      rows.add(u + ",records,90,2024");
      for (int m = 1; m <= 12; m++) {
        String month = String.format("2024-%02d", m);
        boolean held = switch (u) {
          case "b2" -> m != 3 && m != 7;
          case "b3" -> m <= 6;
          default -> true;
        };
        if (!(u.equals("b2") && m == 7)) {
          rows.add(u + ",committee-meetings," + (held ? "1" : "0") + "," + month);
        }
        rows.add(u + ",group-meetings,2," + month);
        rows.add(u + ",theme-days,1," + month);
      }
      for (int q = 1; q <= 4; q++) {
        rows.add(u + ",general-meetings,1,2024-Q" + q);
        rows.add(u + ",party-lectures,1,2024-Q" + q);
      }
      rows.add(u + ",records,70,2023"); // another year's value: skipped (a file may hold several years)
    }
    return rows;
  }

  private String[] data(Path measurements, String... more) {
    return ToolRun.withData(ruleset, tree, measurements, "2024", more);
  }

  @Test
  void aLongFileOfMonthsAndQuartersIsAssessedAndExplainedMonthByMonth() throws Exception {
    Path m = Files.write(dir.resolve("monthly.csv"), longRows());
    Path units = dir.resolve("units.csv");
    assertThat(tool.run(data(m, "assess", "--units", units.toString()))).as(tool::toString).isZero();
    assertThat(Files.readAllLines(units)).containsExactly("unit,name,total,grade", "b1,第一支部,90,kept", "b2,第二支部,90,mostly",
        "b3,第三支部,90,not-kept");

    // a quarter assessed reads that quarter's months (the year's rows are another, longer, period's)
    Path q3 = dir.resolve("q3.csv");
    Path q3Rows = Files.write(dir.resolve("q3-rows.csv"), longRows().stream()
        .filter(r -> !r.matches(".*,2024-(0[1-6]|1[0-2]|Q[124])")).toList());
    List<String> args = new ArrayList<>(List.of(data(q3Rows, "assess", "--units", q3.toString())));
    args.set(args.size() - 1, "2024-Q3");
    assertThat(tool.fresh(args.toArray(String[]::new))).as(tool::toString).isZero();
    assertThat(Files.readAllLines(q3)).containsExactly("unit,name,total,grade", "b1,第一支部,0,kept",
        "b2,第二支部,0,not-kept", "b3,第三支部,0,not-kept");
    Path q2Rows = Files.write(dir.resolve("q2-rows.csv"), longRows().stream()
        .filter(r -> !r.matches(".*,2024-(0[1-3]|0[7-9]|1[0-2]|Q[134])")).toList());
    args = new ArrayList<>(List.of(data(q2Rows, "assess", "--units", q3.toString())));
    args.set(args.size() - 1, "2024-Q2");
    assertThat(tool.fresh(args.toArray(String[]::new))).as(tool::toString).isZero();
    assertThat(Files.readAllLines(q3)).containsExactly("unit,name,total,grade", "b1,第一支部,0,kept",
        "b2,第二支部,0,kept", "b3,第三支部,0,kept");

    // explain shows the months met and missed, in English and Chinese
    assertThat(tool.fresh(data(m, "explain", "--unit", "b2"))).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains(
        "committee-meetings ≥ 1 in every month: met in 10 of 12 months (met: 2024-01 = 1, 2024-02 = 1, 2024-04 = 1,",
        "missed: 2024-03 = 0, 2024-07 = 0): ✗",
        "committee-meetings ≥ 1 in at least 10 months: met in 10 of 12 months",
        "general-meetings ≥ 1 in every quarter: met in 4 of 4 quarters (met: 2024-Q1 = 1, 2024-Q2 = 1, 2024-Q3 = 1, "
            + "2024-Q4 = 1; missed: —): ✓",
        "committee-meetings 每月 ≥ 1：12 个月中 10 个月达到",
        "未达到：2024-03 = 0, 2024-07 = 0）：✗",
        "等次【mostly】基本规范：评定");
    // scenario reads the same file: with 支委会 "at least 0 a month" b2 and b3 keep every frequency
    assertThat(tool.fresh(data(m, "scenario", "--format", "csv", "--set",
        "gates[committee-monthly].condition.value=0"))).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains("kept,规范,1,3", "mostly,基本规范,1,0", "not-kept,不规范,1,0");

    // what --measurements-out writes (one row per month and quarter) reads back to the same assessment
    Path again = dir.resolve("again.csv");
    assertThat(tool.fresh(data(m, "assess", "--measurements-out", again.toString()))).as(tool::toString).isZero();
    assertThat(Files.readAllLines(again)).contains("b2,committee-meetings,0,2024-03", "b2,committee-meetings,0,2024-07",
        "b1,party-lectures,1,2024-Q4", "b3,records,90,2024").hasSize(1 + 3 * (1 + 3 * 12 + 2 * 4));
    Path units2 = dir.resolve("units2.csv");
    assertThat(tool.fresh(data(again, "assess", "--units", units2.toString()))).as(tool::toString).isZero();
    assertThat(Files.readAllLines(units2)).isEqualTo(Files.readAllLines(units));
  }

  @Test
  void aWideFileGivesMonthsAndQuartersInRowsOfTheirOwn() throws Exception {
    // as a clerk keeps it: a row per branch for the year, then a row per branch and month or quarter
    List<String> rows = new ArrayList<>(List.of("unit,period,会议记录检查评分,党支部委员会会议次数,党小组会次数,"
        + "党支部党员大会次数,党课次数,主题党日次数"));
    for (String u : List.of("b1", "b2")) {
      rows.add(u + ",2024,88,,,,,");
      for (int m = 1; m <= 12; m++) {
        String committee = u.equals("b2") && m == 7 ? "" : u.equals("b2") && m == 3 ? "0" : "1";
        rows.add(u + String.format(",2024-%02d,,%s,1,,,1", m, committee));
      }
      for (int q = 1; q <= 4; q++) {
        rows.add(u + ",2024-Q" + q + ",,,,1," + (u.equals("b1") && q == 2 ? "0" : "1") + ",");
      }
    }
    rows.add("b3,2023,70,,,,,"); // another year's values: skipped (a file may hold several years)
    Path wide = Files.write(dir.resolve("wide.csv"), rows);
    Path units = dir.resolve("units.csv");
    assertThat(tool.run(data(wide, "assess", "--units", units.toString()))).as(tool::toString).isZero();
    // b1 missed 党课 in Q2 (基本规范 does not ask for it); b2 missed 支委会 in March and July; b3 has no value at all
    assertThat(Files.readAllLines(units)).containsExactly("unit,name,total,grade", "b1,第一支部,88,mostly",
        "b2,第二支部,88,mostly", "b3,第三支部,0,not-kept");
    assertThat(tool.fresh(data(wide, "explain", "--unit", "b1"))).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains("party-lectures ≥ 1 in every quarter: met in 3 of 4 quarters (met: "
        + "2024-Q1 = 1, 2024-Q3 = 1, 2024-Q4 = 1; missed: 2024-Q2 = 0): ✗", "4 个季度中 3 个季度达到");

    // written back wide (CSV and .xlsx): the same rows per month and quarter, read back to the same grades
    for (String name : List.of("again.csv", "again.xlsx")) {
      Path again = dir.resolve(name);
      assertThat(tool.fresh(data(wide, "assess", "--measurements-out", again.toString(), "--wide")))
          .as(tool::toString).isZero();
      Path units2 = dir.resolve("units-" + name + ".csv");
      assertThat(tool.fresh(data(again, "assess", "--units", units2.toString()))).as(tool::toString).isZero();
      assertThat(Files.readAllLines(units2)).isEqualTo(Files.readAllLines(units));
    }
    assertThat(Files.readAllLines(dir.resolve("again.csv"))).contains(
        "unit,name,period,records,committee-meetings,group-meetings,general-meetings,party-lectures,theme-days",
        "b1,第一支部,2024,88,,,,,", "b2,第二支部,2024-03,,0,1,,,1", "b1,第一支部,2024-Q2,,,,1,0,")
        .hasSize(1 + 3 * (1 + 12 + 4));
  }

  @Test
  void theUnitsWorkbookHasAColumnPerMonthOrQuarterOfAnInputMeasuredSo() throws Exception {
    Path m = Files.write(dir.resolve("monthly.csv"), longRows());
    Path units = dir.resolve("units.xlsx");
    assertThat(tool.run(data(m, "assess", "--units", units.toString()))).as(tool::toString).isZero();
    List<List<String>> sheet = ResearcherShapesTest.sheet(units);
    List<String> head = sheet.get(0);
    assertThat(head.subList(0, 6)).containsExactly("unit", "name", "total", "grade", "records",
        "committee-meetings_2024-01");
    assertThat(head).contains("committee-meetings_2024-12", "group-meetings_2024-07", "general-meetings_2024-Q1",
        "party-lectures_2024-Q4", "theme-days_2024-06").doesNotContain("committee-meetings", "general-meetings")
        .hasSize(4 + 1 + 3 * 12 + 2 * 4);
    assertThat(sheet).hasSize(4);
    // b2: no committee meeting in March (0) nor July (no row: missing, written as 0 like --measurements-out)
    List<String> b2 = sheet.get(2);
    assertThat(b2.subList(0, 5)).containsExactly("b2", "第二支部", "90", "mostly", "90");
    assertThat(b2.get(head.indexOf("committee-meetings_2024-02"))).isEqualTo("1");
    assertThat(b2.get(head.indexOf("committee-meetings_2024-03"))).isEqualTo("0");
    assertThat(b2.get(head.indexOf("general-meetings_2024-Q3"))).isEqualTo("1");
    assertThat(b2.get(head.indexOf("group-meetings_2024-11"))).isEqualTo("2");
    // b3: committee meetings in the first half year only
    List<String> b3 = sheet.get(3);
    assertThat(b3.get(head.indexOf("committee-meetings_2024-06"))).isEqualTo("1");
    assertThat(b3.get(head.indexOf("committee-meetings_2024-07"))).isEqualTo("0");
  }

  @Test
  void withoutMeasurementsTheSyntheticValuesFillEveryMonthAndQuarter() throws Exception {
    Path units = dir.resolve("units.csv");
    Path m = dir.resolve("synthetic.csv");
    assertThat(tool.run("assess", "--ruleset", ruleset.toString(), "--tree", tree.toString(), "--units",
        units.toString(), "--measurements-out", m.toString())).as(tool::toString).isZero();
    assertThat(Files.readAllLines(units)).hasSize(4);
    List<String> rows = Files.readAllLines(m);
    assertThat(rows).hasSize(1 + 3 * (1 + 3 * 12 + 2 * 4)).contains("b1,committee-meetings,1,2024-01");
    assertThat(rows.stream().filter(r -> r.startsWith("b2,theme-days,")).map(r -> r.substring(r.lastIndexOf(',') + 1)))
        .containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08",
            "2024-09", "2024-10", "2024-11", "2024-12");
  }

  /** Runs assess over {@code rows}, expecting a refusal at {@code line} naming all of {@code parts}; no output is written. */
  private void refused(String name, List<String> rows, long line, String... parts) throws Exception {
    Path m = Files.write(dir.resolve(name), rows);
    Path units = dir.resolve("units-" + name);
    assertThat(tool.fresh(data(m, "assess", "--units", units.toString()))).as(tool::toString)
        .isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains(line == 0 ? m + ": " : m + ":" + line + ": ").contains(parts)
        .doesNotContain("Exception", "\tat ");
    assertThat(units).doesNotExist();
  }

  @Test
  void aValueWhosePeriodDoesNotFitItsInputIsRefusedAtItsLineInBothLanguages() throws Exception {
    List<String> good = longRows();
    // a whole-year value of an input measured per month
    List<String> rows = new ArrayList<>(good);
    rows.add(5, "b1,committee-meetings,12,2024");
    refused("whole.csv", rows, 6, "column value: \"12\" is one value for the whole period 2024, but input "
        + "committee-meetings is measured per month: give one row per month with its period (2024-01, …)",
        "value 列：\"12\" 是整个考核周期 2024 的一个值，但输入项 committee-meetings 按月分期填报");
    // the same without a period column: the value is the period's
    refused("noPeriodColumn.csv", List.of("unit,indicator,value", "b1,records,90", "b1,theme-days,1"), 3,
        "input theme-days is measured per month", "输入项 theme-days 按月分期填报");
    // a month's value of an input measured once a year, and of one measured per quarter
    rows = new ArrayList<>(good);
    rows.add(3, "b1,records,7.5,2024-03");
    refused("monthOfYearly.csv", rows, 4, "column value: \"7.5\" is a value of input records for 2024-03, but "
        + "records is not measured per month or quarter of that length (per: -); give its value for the period 2024",
        "value 列：\"7.5\" 是输入项 records 在 2024-03 的值，但 records 未声明按该长度分期填报");
    rows = new ArrayList<>(good);
    rows.add(2, "b1,general-meetings,1,2024-02");
    refused("monthOfQuarterly.csv", rows, 3, "input general-meetings for 2024-02", "(per: quarter)",
        "输入项 general-meetings 在 2024-02 的值");
    // the same month twice
    rows = new ArrayList<>(good);
    rows.add("b3,theme-days,1,2024-11");
    refused("twice.csv", rows, rows.size(), "unit b3, indicator theme-days and period 2024-11 were already given",
        "单位 b3、指标 theme-days、周期 2024-11 已在前面的行中给出");
    // a wide file: a month's row with a value of an input measured once a year
    refused("wideMonth.csv", List.of("unit,period,records,theme-days", "b1,2024,90,", "b1,2024-01,,1",
        "b1,2024-02,80,1"), 4, "column records: \"80\" is a value of input records for 2024-02");
    refused("wideWhole.csv", List.of("unit,period,records,theme-days", "b1,2024,90,12"), 2,
        "column theme-days: \"12\" is one value for the whole period 2024");
    refused("wideTwice.csv", List.of("unit,period,records,theme-days", "b1,2024-01,,1", "b1,2024-01,,1"), 3,
        "the unit \"b1\" is already on line 2");
    // only values of another year: none of the period assessed, and the file's periods are named
    refused("otherYear.csv", List.of("unit,indicator,value,period", "b1,records,80,2023",
        "b1,records,85,2025"), 0, "no row is of the period 2024 (the file has: 2023, 2025)");
  }

  @Test
  void aMonthOrQuarterOutsideThePeriodAssessedIsRefusedAtItsLineNotSkipped() throws Exception {
    // long CSV: a month of the year before among 2024's rows (a slip for 2024-12), and a quarter of the year after
    List<String> rows = new ArrayList<>(longRows());
    rows.add(7, "b1,committee-meetings,1,2023-12");
    refused("monthBefore.csv", rows, 8, "column period: \"2023-12\" lies outside the period assessed, 2024 "
        + "(2024-01-01 to 2024-12-31): a month or quarter must be one of 2024",
        "period 列：\"2023-12\" 不在所考核的周期 2024（2024-01-01 至 2024-12-31）之内");
    rows = new ArrayList<>(longRows());
    rows.add("b2,general-meetings,1,2025-Q1");
    refused("quarterAfter.csv", rows, rows.size(), "\"2025-Q1\" lies outside the period assessed, 2024");
    // the whole year's file assessed for one quarter: the months of the other quarters are refused
    Path m = Files.write(dir.resolve("year.csv"), longRows());
    List<String> args = new ArrayList<>(List.of(data(m, "assess")));
    args.set(args.size() - 1, "2024-Q3");
    assertThat(tool.fresh(args.toArray(String[]::new))).as(tool::toString).isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains(m + ":3: column period: \"2024-01\" lies outside the period assessed, "
        + "2024-Q3 (2024-07-01 to 2024-09-30)", "不在所考核的周期 2024-Q3");
    // wide CSV and .xlsx: a row of a month outside the year
    List<List<String>> wide = List.of(List.of("unit", "period", "records", "theme-days"), List.of("b1", "2024", "90", ""),
        List.of("b1", "2024-01", "", "1"), List.of("b1", "2203-02", "", "1"));
    refused("wideOutside.csv", wide.stream().map(r -> String.join(",", r)).toList(), 4,
        "column period: \"2203-02\" lies outside the period assessed, 2024", "不在所考核的周期 2024");
    Path xlsx = dir.resolve("wideOutside.xlsx");
    Files.write(xlsx, Xlsx.write("measurements", wide));
    Path units = dir.resolve("units-xlsx.csv");
    assertThat(tool.fresh(data(xlsx, "assess", "--units", units.toString()))).as(tool::toString)
        .isEqualTo(Grassroots.INVALID);
    assertThat(tool.err.toString()).contains(xlsx + ":4: column period: \"2203-02\" lies outside the period assessed",
        "不在所考核的周期 2024").doesNotContain("Exception", "\tat ");
    assertThat(units).doesNotExist();
  }
}

package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Ruleset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule shapes of issue 12 point 2 in files: every new construct round-trips model → file → model
 * (the two shipped examples hold each of them), and a bad file per construct names the file, the line
 * and the path, in English and Chinese.
 */
class RuleShapesFilesTest {

  static List<String> examples() {
    return Examples.SHAPES;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theShapeExamplesRoundTripThroughYamlAndJson(String name) {
    Ruleset r = Examples.read(name).ruleset();
    for (FileFormat f : FileFormat.values()) {
      String text = RulesetFiles.write(r, f);
      assertThat(RulesetFiles.read(f == FileFormat.JSON ? "x.json" : "x.yaml", text).ruleset()).as(text).isEqualTo(r);
    }
  }

  @Test
  void aWrongNotAssessedExpectationFailsWithFileLineAndBothValues(@TempDir Path dir) throws IOException {
    Examples.copy("member-points.ruleset.yaml", dir);
    Path cases = dir.resolve("wrong.cases.yaml");
    Files.writeString(cases, """
        ruleset: member-points.ruleset.yaml
        period: 2024
        groupKind: branch
        cases:
          - {unit: m1, inputs: {excused: yes}, expect: {notAssessed: true, grade: none}}
          - {unit: m2, inputs: {sanctioned: yes}, expect: {notAssessed: true}}
        """, StandardCharsets.UTF_8);
    List<RulesetCases.Outcome> out = RulesetCases.read(cases).run();
    assertThat(out.get(0).passed()).isTrue();
    RulesetProblem p = out.get(1).mismatches().get(0);
    assertThat(p.path()).isEqualTo("cases[1].expect.notAssessed");
    assertThat(p.message(Locale.ENGLISH)).contains("/wrong.cases.yaml:6:").contains("expected notAssessed = true, got false");
    assertThat(p.message(Locale.CHINESE)).contains("/wrong.cases.yaml:6:").contains("notAssessed 应为 true，实为 false");
  }

  @Test
  void theExamplesHoldEveryNewConstruct() {
    String both = RulesetFiles.toYaml(Examples.read("member-points.ruleset.yaml").ruleset())
        + RulesetFiles.toYaml(Examples.read("branch-rating.ruleset.yaml").ruleset())
        + RulesetFiles.toYaml(Examples.read("branch-meetings.ruleset.yaml").ruleset());
    assertThat(both).contains("type: asEntered", "ceiling: itemPoints", "type: constant", "type: rateBands",
        "type: uncappedCount", "type: uncappedDeduction", "type: uncappedRatio", "shareOf:", "atLeast: 2/3",
        "exemptions:", "counting: thisGradeOrBetter", "base: three-star", "enforcement: advisory", "kind: category",
        "kind: date", "inCategory:", "onDate:", "type: byCategory",
        "per: month", "per: quarter", "periodic:", "inAtLeast: 10");
  }

  private static final String HEAD = """
      id: bad
      district: test-district
      version: 1
      name: 坏规则
      effectiveFrom: "2024-01-01"
      subjectKind: member
      """;

  /** An item for rulesets that need one but are not about it: ten points, always given. */
  private static final String ONE_ITEM = """
      indicators:
        - {id: a, name: 甲, points: 10, method: {type: constant, points: 10}}
      """;

  /**
   * The one problem of {@code body} read (and, when it reads, validated) as file {@code file}, having
   * checked that it names the file, the line of {@code snippet} and {@code path}, in English and in
   * Chinese (two different texts).
   */
  private static RulesetProblem refused(String file, String body, String snippet, String path) {
    String text = HEAD + body;
    RulesetFileException e = catchThrowableOfType(RulesetFileException.class, () -> {
      RulesetDocument doc = RulesetFiles.read(file, text);
      RulesetLibrary.of(List.of(doc)).effective(doc);
    });
    assertThat(e).as("%s is refused", file).isNotNull();
    assertThat(e.problems()).as(e.getMessage()).hasSize(1);
    RulesetProblem p = e.problems().get(0);
    int line = line(body, snippet);
    assertThat(p.at().file()).isEqualTo(file);
    assertThat(p.path()).isEqualTo(path);
    assertThat(p.at().line()).as(p.toString()).isEqualTo(line);
    String en = p.message(Locale.ENGLISH);
    String zh = p.message(Locale.CHINESE);
    assertThat(en).startsWith(file + ":" + line + ":").contains(path);
    assertThat(zh).startsWith(file + ":" + line + ":").contains(path);
    assertThat(zh).isNotEqualTo(en);
    return p;
  }

  /** As {@link #refused(String, String, String, String)}, and the problem's message key is {@code key}. */
  private static RulesetProblem refused(String file, String body, String snippet, String path, String key) {
    RulesetProblem p = refused(file, body, snippet, path);
    assertThat(p.key()).isEqualTo(key);
    return p;
  }

  private static int line(String body, String snippet) {
    String[] lines = (HEAD + body).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(snippet)) {
        return i + 1;
      }
    }
    throw new AssertionError(snippet);
  }

  @Test
  void anAsEnteredCeilingThatIsNotDeclaredAsOneOfTheTwo() {
    String body = """
        indicators:
          - {id: a, name: 甲, points: 10, method: {type: asEntered, ceiling: capped}}
        """;
    RulesetProblem p = refused("ceiling.yaml", body, "ceiling: capped", "indicators[0].method.ceiling");
    assertThat(p.message(Locale.ENGLISH)).contains("itemPoints").contains("uncapped");
  }

  @Test
  void aFakeCapOnAnUncappedCountIsAnUnknownField() {
    String body = """
        indicators:
          - id: a
            name: 甲
            points: 10
            method: {type: uncappedCount, each: 2, rounding: halfUp, cap: 1000000}
        """;
    refused("fake-cap.yaml", body, "cap: 1000000", "indicators[0].method.cap", "format.unknownField");
  }

  @Test
  void aBonusCappedAtItemPointsItDoesNotHave() {
    String body = ONE_ITEM + """
        inputs:
          - {id: honours, name: 表彰}
        bonuses:
          - id: b
            name: 表彰加分
            input: honours
            method: {type: asEntered, ceiling: itemPoints}
        """;
    RulesetProblem p = refused("bonus-ceiling.yaml", body, "ceiling: itemPoints", "bonuses[0].method.ceiling",
        "rules.noItemPoints");
    assertThat(p.message(Locale.CHINESE)).contains("上不封顶");
  }

  @Test
  void aRateOverAnUnknownDenominator() {
    String body = """
        indicators:
          - id: a
            name: 参学率
            points: 10
            method:
              type: rateBands
              denominator: nowhere
              whenNoDenominator: 10
              bands: [{atLeast: 0.9, points: 10}]
        """;
    refused("rate.yaml", body, "denominator: nowhere", "indicators[0].method.denominator",
        "rules.unknownIndicator");
  }

  @Test
  void aFractionWithAZeroDenominator() {
    String body = ONE_ITEM + """
        inputs:
          - {id: present, name: 实到}
          - {id: due, name: 应到}
        gates:
          - id: quorum
            name: 过三分之二
            condition:
              shareOf: {value: {input: present}, atLeast: 2/0, of: {input: due}}
        grades:
          - {id: ok, name: 合格, gates: [quorum]}
        """;
    RulesetProblem p = refused("fraction.yaml", body, "2/0", "gates[0].condition.shareOf.share",
        "rules.notAFraction");
    assertThat(p.message(Locale.ENGLISH)).contains("2/0");
  }

  @Test
  void anExemptionWithoutItsCondition() {
    String body = ONE_ITEM + """
        exemptions:
          - {id: age, name: 年老体弱免于考核}
        """;
    RulesetProblem p = refused("exemption.yaml", body, "id: age", "exemptions[0]", "format.missing");
    assertThat(p.message(Locale.ENGLISH)).contains("when");
  }

  @Test
  void aQuotaEnforcementThatIsNeitherCutNorAdvisory() {
    String body = ONE_ITEM + """
        grades:
          - {id: top, name: 优秀, atLeast: 9}
        quotas:
          - {id: q, grade: top, maxShare: 0.2, rounding: floor, tieBreak: {mode: competition}, enforcement: soft}
        """;
    RulesetProblem p = refused("enforcement.yaml", body, "enforcement: soft", "quotas[0].enforcement");
    assertThat(p.message(Locale.ENGLISH)).contains("advisory");
  }

  @Test
  void aQuotaBaseBetterThanItsGrade() {
    String body = ONE_ITEM + """
        grades:
          - {id: top, name: 优秀, atLeast: 9}
          - {id: pass, name: 合格}
        quotas:
          - id: q
            grade: pass
            base: top
            counting: thisGradeOrBetter
            maxShare: 0.5
            rounding: floor
            tieBreak: {mode: competition}
        """;
    refused("base.yaml", body, "base: top", "quotas[0].base", "rules.quotaBaseBetter");
  }

  private static final String THIRD = ONE_ITEM + """
      grades:
        - {id: top, name: 优秀, atLeast: 9}
        - {id: pass, name: 合格}
      quotas:
        - id: q
          grade: top
          maxShare: %s
          rounding: floor
          tieBreak: {mode: competition}
      """;

  @Test
  void aQuotaShareWrittenAsAFractionIsExactAndWrittenBackAsWritten() {
    Ruleset r = RulesetFiles.read("third.yaml", HEAD + THIRD.formatted("1/3")).ruleset();
    assertThat(r.quotas().get(0).maxShare()).contains(Fraction.of(1, 3));
    assertThat(RulesetFiles.toYaml(r)).contains("maxShare: 1/3");
    assertThat(RulesetFiles.read("r.json", RulesetFiles.toJson(r)).ruleset()).isEqualTo(r);
    assertThat(RulesetFiles.read("r.yaml", RulesetFiles.toYaml(r)).ruleset()).isEqualTo(r);
    // a decimal or a percentage is still a share of four places
    assertThat(RulesetFiles.read("p.yaml", HEAD + THIRD.formatted("\"10%\"")).ruleset().quotas().get(0).maxShare())
        .contains(Fraction.ofShare(1_000));
  }

  @Test
  void aQuotaShareWithAZeroDenominator() {
    String body = THIRD.formatted("1/0");
    RulesetProblem p = refused("zero.yaml", body, "maxShare: 1/0", "quotas[0].maxShare",
        "rules.notAFraction");
    assertThat(p.message(Locale.ENGLISH)).contains("1/0");
    assertThat(p.message(Locale.CHINESE)).contains("1/0").contains("不是分数");
  }

  @Test
  void aQuotaShareOverTheWholeGroup() {
    String body = THIRD.formatted("4/3");
    RulesetProblem p = refused("over.yaml", body, "maxShare: 4/3", "quotas[0].maxShare",
        "rules.quotaOverHundred");
    assertThat(p.message(Locale.ENGLISH)).contains("4/3");
    assertThat(p.message(Locale.CHINESE)).contains("4/3");
  }

  @Test
  void categoriesOnAnInputThatIsNotCategorical() {
    String body = ONE_ITEM + """
        inputs:
          - {id: category, name: 党员类别, categories: [{code: 1, label: 正式党员}]}
        """;
    refused("categories.yaml", body, "categories: [", "inputs[0].categories", "format.categoriesWithoutKind");
  }

  @Test
  void aConditionOnALabelTheInputDoesNotHave() {
    String body = ONE_ITEM + """
        inputs:
          - {id: category, name: 党员类别, kind: category, categories: [{code: 1, label: 正式党员}]}
        gates:
          - id: g
            name: 门槛
            condition: {inCategory: {input: category, labels: [预备党员]}}
        grades:
          - {id: ok, name: 合格, gates: [g]}
        """;
    RulesetProblem p = refused("label.yaml", body, "labels: [预备党员]", "gates[0].condition.labels[0]",
        "rules.unknownCategory");
    assertThat(p.message(Locale.CHINESE)).contains("没有名为 预备党员 的类别");
  }

  @Test
  void aDeadlineThatIsNotADateAndADateConditionOnANumber() {
    String body = ONE_ITEM + """
        inputs:
          - {id: registered, name: 报到日期, kind: date}
        exemptions:
          - {id: late, name: 迟到, when: {onDate: {input: registered, atLeast: "2024-13-01"}}}
        """;
    RulesetProblem p = refused("deadline.yaml", body, "2024-13-01", "exemptions[0].when.onDate.date",
        "format.date");
    String number = ONE_ITEM + """
        inputs:
          - {id: registered, name: 报到日期}
        exemptions:
          - {id: late, name: 迟到, when: {onDate: {input: registered, atLeast: "2024-10-01"}}}
        """;
    refused("number.yaml", number, "onDate:", "exemptions[0].when.input", "rules.notADate");
  }

  // ------------------------------------------------------------ f: periodic conditions

  @Test
  void aSubPeriodThatIsNeitherMonthNorQuarter() {
    String body = """
        indicators:
          - {id: a, name: 甲, points: 10, method: {type: asEntered, ceiling: itemPoints}}
        inputs:
          - {id: meetings, name: 支委会, per: week}
        """;
    RulesetProblem p = refused("per.yaml", body, "per: week", "inputs[0].per");
    assertThat(p.message(Locale.ENGLISH)).contains("month").contains("quarter");
  }

  @Test
  void aPeriodicConditionOnAnInputMeasuredOnceAndInAtLeastBeyondTheQuartersOfAnyPeriod() {
    String once = """
        indicators:
          - {id: a, name: 甲, points: 10, method: {type: asEntered, ceiling: itemPoints}}
        inputs:
          - {id: meetings, name: 支委会}
        gates:
          - id: g
            name: 每月
            condition: {periodic: {input: meetings, atLeast: 1}}
        """;
    RulesetProblem p = refused("once.yaml", once, "periodic:", "gates[0].condition.input",
        "rules.notPeriodic");
    assertThat(p.message(Locale.CHINESE)).contains("per: month");
    String range = """
        indicators:
          - {id: a, name: 甲, points: 10, method: {type: asEntered, ceiling: itemPoints}}
        inputs:
          - {id: assembly, name: 党员大会, per: quarter}
        gates:
          - id: g
            name: 至少21个季度
            condition:
              periodic: {input: assembly, atLeast: 1, inAtLeast: 21}
        """;
    RulesetProblem q = refused("range.yaml", range, "inAtLeast: 21", "gates[0].condition.inAtLeast",
        "rules.periodicRange");
    assertThat(q.message(Locale.CHINESE)).contains("应为 1 至 20");
  }

  @Test
  void aCasesListOfTheWrongLengthAndOneValueForAPeriodicInputAreNamedAtTheirLines(@TempDir Path dir)
      throws IOException {
    Examples.copy("branch-meetings.ruleset.yaml", dir);
    Path cases = dir.resolve("short.cases.yaml");
    Files.writeString(cases, """
        ruleset: branch-meetings.ruleset.yaml
        period: 2024
        cases:
          - {unit: m1, inputs: {general-meetings: [1, 1, 1]}, expect: {grade: 规范}}
          - {unit: m2, inputs: {theme-days: 12}, expect: {grade: 规范}}
          - {unit: m3, inputs: {records: [90]}, expect: {grade: 规范}}
        """, StandardCharsets.UTF_8);
    RulesetFileException e = catchThrowableOfType(RulesetFileException.class, () -> RulesetCases.read(cases).run());
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(p -> p.at().line() + " " + p.path() + " " + p.key()).containsExactly(
        "4 cases[0].inputs.general-meetings format.caseSubPeriods", "5 cases[1].inputs.theme-days format.caseNeedsList",
        "6 cases[2].inputs.records format.caseNotPeriodic");
    assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("needs 4 values, one per quarter of 2024; got 3");
    assertThat(e.problems().get(0).message(Locale.CHINESE)).contains("需要 4 个值");
    assertThat(e.problems().get(1).message(Locale.CHINESE)).contains("请给出 12 个值的列表");
  }

  @Test
  void inAtLeastMoreMonthsThanAYearHasIsAWarningAtItsLine() {
    String body = """
        indicators:
          - {id: a, name: 甲, points: 10, method: {type: asEntered, ceiling: itemPoints}}
        inputs:
          - {id: meetings, name: 支委会, per: month}
        gates:
          - id: g
            name: 至少13个月
            condition:
              periodic: {input: meetings, atLeast: 1, inAtLeast: 13}
        """;
    RulesetDocument doc = RulesetFiles.read("months.yaml", HEAD + body);
    List<RulesetProblem> w = RulesetLibrary.of(List.of(doc)).warnings(doc);
    assertThat(w).hasSize(1);
    assertThat(w.get(0).at().line()).isEqualTo(line(body, "inAtLeast: 13"));
    assertThat(w.get(0).message(Locale.ENGLISH)).startsWith("months.yaml:" + line(body, "inAtLeast: 13") + ":")
        .contains("warning", "a year has 12");
    assertThat(w.get(0).message(Locale.CHINESE)).contains("警告", "一年只有 12 个");
  }
}

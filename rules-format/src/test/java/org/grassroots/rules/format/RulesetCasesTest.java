package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture-case runner catches wrong expectations and names where they are written. */
class RulesetCasesTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static final String RULESET = """
      id: small
      district: test-district
      version: 1
      name: 小规则
      effectiveFrom: 2024-01-01
      subjectKind: community
      indicators:
        - id: a
          name: 甲
          points: 10
          method:
            type: bands
            bands:
              - {below: 90, points: 5}
              - {atLeast: 90, points: 10}
      inputs:
        - {id: flag, name: 标记}
      vetoes:
        - {id: flag-veto, name: 否决, when: {present: flag}, effect: zeroTotal}
      grades:
        - {id: top, name: 好, atLeast: 10}
        - {id: rest, name: 一般}
      """;

  @Test
  void aCaseIsOneLineAndDefaultsMergeUnderIt() throws IOException {
    write("small.ruleset.yaml", RULESET);
    Path cases = write("small.cases.yaml", """
        ruleset: small.ruleset.yaml
        period: 2024
        defaults: {a: 95}
        cases:
          - {unit: u1, expect: {total: 10, grade: 好}}
          - {unit: u2, name: 恰好低于90, inputs: {a: "89.9999"}, expect: {a: 5, grade: rest}}
          - {unit: u3, inputs: {flag: yes}, expect: {total: 0, vetoes: [flag-veto], grade: 一般}}
        """);
    RulesetCases rc = RulesetCases.read(cases);
    assertThat(rc.cases()).extracting(RulesetCase::name).containsExactly("u1", "恰好低于90", "u3");
    assertThat(rc.cases().get(1).inputs()).containsEntry(IndicatorId.of("a"), Fixed.parse("89.9999"));
    assertThat(rc.cases().get(2).inputs()).containsEntry(IndicatorId.of("a"), Fixed.of(95))
        .containsEntry(IndicatorId.of("flag"), Fixed.ONE);
    assertThat(rc.run()).allMatch(RulesetCases.Outcome::passed);
  }

  @Test
  void aWrongExpectationFailsWithFileLineAndBothValues() throws IOException {
    write("small.ruleset.yaml", RULESET);
    Path cases = write("wrong.cases.yaml", """
        ruleset: small.ruleset.yaml
        period: 2024
        cases:
          - {unit: u1, inputs: {a: 95}, expect: {total: 10}}
          - {unit: u2, inputs: {a: 90}, expect: {total: 9.5, grade: 一般, vetoes: [flag-veto], a: 5}}
        """);
    List<RulesetCases.Outcome> out = RulesetCases.read(cases).run();
    assertThat(out.get(0).passed()).isTrue();
    RulesetCases.Outcome bad = out.get(1);
    assertThat(bad.mismatches()).extracting(RulesetProblem::path).containsExactly(
        "cases[1].expect.total", "cases[1].expect.grade", "cases[1].expect.vetoes", "cases[1].expect.a");
    String en = bad.mismatches().get(0).message(Locale.ENGLISH);
    assertThat(en).contains("/wrong.cases.yaml:5:").contains("expected total = 9.5, got 10");
    assertThat(bad.mismatches().get(1).message(Locale.CHINESE)).contains("grade 应为 一般，实为 好 (top)");

    // as JUnit dynamic tests: the failing case fails, named by the case, with the message
    DynamicContainer c = (DynamicContainer) RulesetCaseTests.dynamicTests(cases);
    List<DynamicTest> tests = c.getChildren().map(DynamicTest.class::cast).toList();
    assertThat(tests).extracting(DynamicNode::getDisplayName).containsExactly("u1", "u2");
    assertThat(run(tests.get(0))).isNull();
    assertThat(run(tests.get(1))).isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected total = 9.5, got 10").hasMessageContaining("应为 9.5");
  }

  @Test
  void anUnknownInputIsShownAtItsLine() throws IOException {
    write("small.ruleset.yaml", RULESET);
    Path cases = write("unknown.cases.yaml", """
        ruleset: small.ruleset.yaml
        period: 2024
        cases:
          - {unit: u1, inputs: {a: 95}, expect: {total: 10}}
          - {unit: u2, inputs: {honours: 2}, expect: {nope: 1}}
        """);
    RulesetFileException e = catchThrowableOfType(RulesetFileException.class, () -> RulesetCases.read(cases).run());
    assertThat(e.problems()).extracting(p -> p.at().line()).containsExactly(5, 5);
    assertThat(e.problems()).extracting(RulesetProblem::path)
        .containsExactly("cases[1].inputs.honours", "cases[1].expect.nope");
    assertThat(e.getMessage()).contains("no indicator, input or grade \"honours\"");
  }

  @Test
  void anInvalidRulesetFailsEveryCaseWithItsProblems() throws IOException {
    write("bad.ruleset.yaml", RULESET.replace("below: 90", "below: 80"));
    Path cases = write("bad.cases.yaml", """
        ruleset: bad.ruleset.yaml
        period: 2024
        cases:
          - {unit: u1, expect: {total: 10}}
        """);
    DynamicContainer c = (DynamicContainer) RulesetCaseTests.dynamicTests(cases);
    List<DynamicTest> tests = c.getChildren().map(DynamicTest.class::cast).toList();
    assertThat(tests).hasSize(1);
    assertThat(run(tests.get(0))).hasMessageContaining("bad.ruleset.yaml:15:")
        .hasMessageContaining("indicators[0].method.bands[1]").hasMessageContaining("空档");
  }

  @Test
  void aDistrictOverrideRunsWithItsBaselineFromTheLibrary() throws IOException {
    Examples.copy("datong-city.ruleset.yaml", dir);
    Examples.copy("pingcheng.ruleset.yaml", dir);
    Path cases = write("p.cases.yaml", """
        ruleset: pingcheng.ruleset.yaml
        library: [datong-city.ruleset.yaml]
        period: 2024
        cases:
          - {unit: p1, inputs: {innovation.demo: 87.5}, expect: {innovation.demo: 1.75, innovation: 1.75}}
          - {unit: p2, inputs: {innovation.demo: 200}, expect: {innovation.demo: 2}}
        """);
    assertThat(RulesetCases.read(cases).run()).allMatch(RulesetCases.Outcome::passed);
  }

  private static final String POLICIES = RULESET
      .replace("subjectKind: community\n", "subjectKind: community\nrescaleRounding: halfUp\n")
      .replace("{id: flag, name: 标记}", "{id: flag, name: 标记, missing: refuse}")
      .replace("    points: 10\n    method:", "    points: 10\n    missing: exclude\n    method:")
      .replace("indicators:\n", "indicators:\n  - {id: b, name: 乙, points: 10, missing: disqualify, method: {type: yesNo, ifYes: 10}}\n");

  @Test
  void aCaseLeavesAnInputOutWithMissingAndPinsWhatIsMissing() throws IOException {
    write("p.ruleset.yaml", POLICIES);
    Path cases = write("p.cases.yaml", """
        ruleset: p.ruleset.yaml
        period: 2024
        defaults: {a: 95, b: yes, flag: no}
        cases:
          - {unit: u1, expect: {total: 20, missing: [], grade: 好}}
          - {unit: u2, name: 甲不适用, inputs: {a: missing}, expect: {a: 0, total: 20, missing: [a]}}
          - {unit: u3, name: 乙缺失取消资格, inputs: {b: 缺失}, expect: {total: 10, missing: [b], grade: none}}
          - {unit: u4, name: 错误的缺失期望, inputs: {b: missing}, expect: {missing: [a], refused: true}}
        """);
    RulesetCases rc = RulesetCases.read(cases);
    assertThat(rc.cases().get(1).inputs()).doesNotContainKey(IndicatorId.of("a"));
    assertThat(rc.cases().get(3).inputs()).doesNotContainKey(IndicatorId.of("b"));
    List<RulesetCases.Outcome> out = rc.run();
    assertThat(out.subList(0, 3)).allMatch(RulesetCases.Outcome::passed);
    assertThat(out.get(3).mismatches()).extracting(RulesetProblem::path)
        .containsExactly("cases[3].expect.missing", "cases[3].expect.refused");
    assertThat(out.get(3).mismatches().get(0).message(Locale.ENGLISH)).contains("expected missing = [a], got [b]");
  }

  @Test
  void aRefusedAssessmentPassesOnlyTheCasesThatExpectIt() throws IOException {
    write("p.ruleset.yaml", POLICIES);
    Path cases = write("r.cases.yaml", """
        ruleset: p.ruleset.yaml
        period: 2024
        defaults: {a: 95, b: yes}
        cases:
          - {unit: u1, inputs: {flag: no}, expect: {refused: true}}
          - {unit: u2, expect: {refused: true}}
          - {unit: u3, expect: {total: 20}}
        """);
    List<RulesetCases.Outcome> out = RulesetCases.read(cases).run();
    assertThat(out.get(0).passed()).isFalse(); // u1 has the refusing input: it is not one refused
    assertThat(out.get(1).passed()).isTrue();
    assertThat(out.get(2).mismatches()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("cases[2].expect.refused");
      assertThat(p.at().line()).isEqualTo(7);
      assertThat(p.message(Locale.ENGLISH)).contains("unit u2 has no value of flag").contains("2 such value(s)");
    });
  }

  @Test
  void aUnitUsedTwiceIsRefused() throws IOException {
    Path cases = write("twice.cases.yaml", """
        ruleset: small.ruleset.yaml
        period: 2024
        cases:
          - {unit: u1, expect: {total: 10}}
          - {unit: u1, expect: {total: 10}}
        """);
    RulesetFileException e = catchThrowableOfType(RulesetFileException.class, () -> RulesetCases.read(cases));
    assertThat(e.problems().get(0).at().line()).isEqualTo(5);
    assertThat(e.problems().get(0).key()).isEqualTo("format.caseUnit");
  }

  @Test
  void aGroupThatIsAlsoAUnitIsRefusedAtItsCase() throws IOException {
    write("small.ruleset.yaml", RULESET);
    Path cases = write("clash.cases.yaml", """
        ruleset: small.ruleset.yaml
        period: 2024
        cases:
          - {unit: u1, expect: {total: 5}}
          - {unit: u2, group: u1, expect: {total: 5}}
        """);
    RulesetFileException e = catchThrowableOfType(RulesetFileException.class, () -> RulesetCases.read(cases).run());
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.at().line()).isEqualTo(5);
      assertThat(p.message(Locale.ENGLISH)).contains("group u1 of unit u2");
    });
  }

  private static Throwable run(DynamicTest t) {
    try {
      t.getExecutable().execute();
      return null;
    } catch (Throwable e) {
      return e;
    }
  }
}

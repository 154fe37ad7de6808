package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Validator warnings are placed at their file and line like errors, in both languages, and never refuse the file. */
class RulesetWarningsFileTest {
  private static final String OWN = """
      id: own
      district: d
      version: 1
      name: 自有
      effectiveFrom: "2024-01-01"
      subjectKind: community-org
      totalCap: 10
      indicators:
        - {id: a, name: 甲, points: 10, method: {type: yesNo, ifYes: 10}}
      gates:
        - id: high
          name: 高门槛
          condition: {total: {atLeast: 11}}
      grades:
        - {id: best, name: 优秀, atLeast: 10, gates: [high]}
      """;

  @Test
  void aGateAboveTheTotalCapIsAWarningAtItsLine() {
    RulesetDocument doc = RulesetFiles.read("own.yaml", OWN);
    RulesetLibrary lib = RulesetLibrary.of(List.of(doc));
    assertThat(lib.effective(doc)).isEqualTo(doc.ruleset()); // valid: warnings are not errors
    List<RulesetProblem> w = lib.warnings(doc);
    assertThat(w).hasSize(1);
    assertThat(w.get(0).path()).isEqualTo("gates[0].condition");
    assertThat(w.get(0).at().line()).isEqualTo(13);
    assertThat(w.get(0).message(Locale.ENGLISH)).startsWith("own.yaml:13:").contains("warning")
        .contains("total ≥ 11").contains("at most 10");
    assertThat(w.get(0).message(Locale.SIMPLIFIED_CHINESE)).startsWith("own.yaml:13:").contains("警告");
  }

  @Test
  void aWarningInTheParentIsPlacedInTheParentFile() {
    RulesetDocument city = Examples.read("datong-city.ruleset.yaml");
    String child = """
        id: community-assessment
        district: child
        version: 1
        name: 子规则
        effectiveFrom: "2024-01-01"
        parent: {district: datong-city, id: community-assessment, version: 1}
        subjectKind: community
        totalCap: 100
        pointsMustAddUp: true
        gates:
          - {id: star-gate, name: 星级门槛, condition: {score: {indicator: org, above: 20}}}
        """;
    RulesetDocument doc = RulesetFiles.read("child.yaml", child);
    RulesetLibrary lib = RulesetLibrary.of(List.of(city, doc));
    List<RulesetProblem> w = lib.warnings(doc);
    assertThat(w).extracting(p -> p.at().file() + ":" + p.at().line() + " " + p.path())
        .containsExactly("child.yaml:11 gates[0].condition");
    assertThat(lib.warnings(city)).isEmpty();
  }

  @Test
  void theShippedRulesetsHaveNoWarnings() {
    RulesetLibrary lib = Examples.library();
    for (String n : Examples.RULESETS) {
      assertThat(lib.warnings(Examples.read(n))).as(n).isEmpty();
    }
  }

  @Test
  void readingWarningsComeFirst() {
    RulesetDocument doc = RulesetFiles.read("old.yaml", OWN.replace("ifYes: 10", "yes: 10"));
    List<RulesetProblem> w = RulesetLibrary.of(List.of(doc)).warnings(doc);
    assertThat(w).extracting(RulesetProblem::key).containsExactly("format.formerName", "rules.warn.neverHolds");
  }
}

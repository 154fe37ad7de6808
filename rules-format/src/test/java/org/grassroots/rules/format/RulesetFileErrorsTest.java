package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each kind of error in a ruleset file yields a message that names the file, the path and the line
 * where the offending part starts, in English and Chinese.
 */
class RulesetFileErrorsTest {
  private static final String BAD = "/org/grassroots/rules/format/bad/";

  private static String text(String name) {
    try (InputStream in = RulesetFileErrorsTest.class.getResourceAsStream(name.startsWith("/") ? name : BAD + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of the first line of {@code name} that contains {@code snippet}. */
  private static int lineOf(String name, String snippet) {
    String[] lines = text(name).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(snippet)) {
        return i + 1;
      }
    }
    throw new AssertionError(snippet + " not in " + name);
  }

  private static RulesetDocument read(String name) {
    return RulesetFiles.read(name, text(name));
  }

  /** Reads and resolves {@code name} with the example baseline (and {@code more}) available. */
  private static RulesetFileException effectiveFails(String name, String... more) {
    List<RulesetDocument> docs = new ArrayList<>();
    docs.add(Examples.read("datong-city.ruleset.yaml"));
    RulesetDocument doc = read(name);
    docs.add(doc);
    for (String m : more) {
      docs.add(read(m));
    }
    RulesetLibrary lib = RulesetLibrary.of(docs);
    return catchThrowableOfType(RulesetFileException.class, () -> lib.effective(doc));
  }

  private static RulesetFileException readFails(String name) {
    return catchThrowableOfType(RulesetFileException.class, () -> read(name));
  }

  private static void assertNames(RulesetProblem p, String file, String path, int line, String key) {
    assertThat(p.at().file()).isEqualTo(file);
    assertThat(p.at().line()).as(p.toString()).isEqualTo(line);
    assertThat(p.path()).isEqualTo(path);
    assertThat(p.key()).isEqualTo(key);
    String en = p.message(Locale.ENGLISH);
    String zh = p.message(Locale.CHINESE);
    assertThat(en).startsWith(file + ":" + line + ":").contains(path);
    assertThat(zh).startsWith(file + ":" + line + ":").contains(path);
    assertThat(zh).isNotEqualTo(en);
  }

  @Test
  void unknownIndicator() {
    RulesetFileException e = effectiveFails("unknown-indicator.yaml");
    assertThat(e.problems()).hasSize(1);
    RulesetProblem p = e.problems().get(0);
    assertNames(p, "unknown-indicator.yaml", "gates[0].condition.conditions[1].operand",
        lineOf("unknown-indicator.yaml", "org.nope"), "rules.unknownIndicator");
    assertThat(p.message(Locale.ENGLISH)).contains("no indicator or input org.nope");
    assertThat(p.message(Locale.CHINESE)).contains("本规则集没有指标或输入项 org.nope");
    assertThat(e.getMessage()).contains("unknown-indicator.yaml has 1 problem(s)").contains("有 1 处错误");
  }

  @Test
  void weightsThatDoNotAddUp() {
    RulesetProblem p = effectiveFails("weights.yaml").problems().get(0);
    assertNames(p, "weights.yaml", "indicators[0].children", lineOf("weights.yaml", "- {id: org.a"),
        "rules.weightsDoNotAddUp");
    assertThat(p.message(Locale.ENGLISH)).contains("add up to 0.9, not 1");
  }

  @Test
  void bandsWithAGap() {
    RulesetProblem p = effectiveFails("band-gap.yaml").problems().get(0);
    assertNames(p, "band-gap.yaml", "indicators[0].children[0].method.bands[1]",
        lineOf("band-gap.yaml", "{atLeast: 70"), "rules.bandGap");
    assertThat(p.message(Locale.ENGLISH)).contains("previous ends at 60, this starts at 70");
  }

  @Test
  void bandsThatOverlap() {
    RulesetProblem p = effectiveFails("band-overlap.yaml").problems().get(0);
    assertNames(p, "band-overlap.yaml", "indicators[0].children[0].method.bands[2]",
        lineOf("band-overlap.yaml", "{atLeast: 90"), "rules.bandOverlap");
  }

  @Test
  void aCycleOfInheritanceIsShownWhereItCloses() {
    RulesetFileException e = effectiveFails("cycle-a.yaml", "cycle-b.yaml");
    RulesetProblem p = e.problems().get(0);
    assertNames(p, "cycle-b.yaml", "parent", lineOf("cycle-b.yaml", "parent:"), "rules.inheritanceCycle");
    assertThat(p.message(Locale.ENGLISH)).contains("cycle-a").contains("cycle-b");
    assertThat(e.getMessage()).startsWith("cycle-a.yaml has 1 problem(s)");
  }

  @Test
  void aQuotaOverAHundredPercent() {
    RulesetProblem p = effectiveFails("quota-over.yaml").problems().get(0);
    assertNames(p, "quota-over.yaml", "quotas[0].maxShare", lineOf("quota-over.yaml", "maxShare: 120%"),
        "rules.quotaOverHundred");
    assertThat(p.message(Locale.ENGLISH)).contains("120%");
  }

  @Test
  void anErrorOfAnOverrideIsShownInTheDistrictFile() {
    RulesetProblem p = effectiveFails("override-unknown.yaml").problems().get(0);
    assertNames(p, "override-unknown.yaml", "gates[0].condition.operand",
        lineOf("override-unknown.yaml", "stars.nope"), "rules.unknownIndicator");
  }

  @Test
  void anErrorInsideAnOverriddenSubItemIsShownInTheDistrictFile() {
    // effective path indicators[3].children[1].method.targetInput → the district's indicators[0]
    RulesetProblem p = effectiveFails("override-target.yaml").problems().get(0);
    assertNames(p, "override-target.yaml", "indicators[0].method.targetInput",
        lineOf("override-target.yaml", "targetInput:"), "rules.unknownIndicator");
  }

  @Test
  void anEffectiveErrorIsShownWhereThePartWasDeclared() {
    // 组织建设 is declared by the baseline; its sub-item 师徒结对 is overridden by the district
    RulesetProblem p = effectiveFails("override-points.yaml").problems().get(0);
    assertThat(p.key()).isEqualTo("rules.pointsDoNotAddUp");
    assertThat(p.at().file()).isEqualTo("examples/datong-city.ruleset.yaml");
    assertThat(p.path()).isEqualTo("indicators[0].points");
    assertThat(p.at().line()).isEqualTo(lineOf(Examples.DIR + "datong-city.ruleset.yaml", "points: 20"));
    assertThat(p.message(Locale.ENGLISH)).contains("org").contains("20").contains("22");
  }

  @Test
  void yamlSyntaxError() {
    RulesetFileException e = readFails("syntax.yaml");
    RulesetProblem p = e.problems().get(0);
    assertThat(p.key()).isEqualTo("format.syntax");
    assertThat(p.at().file()).isEqualTo("syntax.yaml");
    assertThat(p.at().line()).isBetween(lineOf("syntax.yaml", "- {id: org"), lineOf("syntax.yaml", "grades:"));
    assertThat(p.message(Locale.ENGLISH)).contains("not valid YAML");
    assertThat(p.message(Locale.CHINESE)).contains("不是有效的 YAML");
  }

  @Test
  void jsonSyntaxError() {
    RulesetProblem p = readFails("syntax.json").problems().get(0);
    assertThat(p.key()).isEqualTo("format.syntax");
    assertThat(p.at().line()).isEqualTo(lineOf("syntax.json", "],,"));
    assertThat(p.message(Locale.ENGLISH)).startsWith("syntax.json:" + p.at().line() + ":").contains("JSON");
  }

  @Test
  void unknownField() {
    RulesetProblem p = readFails("unknown-field.yaml").problems().get(0);
    assertNames(p, "unknown-field.yaml", "indicators[0].pionts", lineOf("unknown-field.yaml", "pionts"),
        "format.unknownField");
    assertThat(p.message(Locale.ENGLISH)).contains("\"pionts\"").contains("points");
  }

  @Test
  void wrongType() {
    RulesetProblem p = readFails("wrong-type.yaml").problems().get(0);
    assertNames(p, "wrong-type.yaml", "indicators[0].children", lineOf("wrong-type.yaml", "children:"),
        "format.type");
    assertThat(p.message(Locale.ENGLISH)).contains("expected a list, got an object");
    assertThat(p.message(Locale.CHINESE)).contains("应为列表，实为对象");
  }

  @Test
  void anUnknownMissingValuePolicyIsShownAtItsLine() {
    RulesetProblem p = readFails("missing-value.yaml").problems().get(0);
    assertNames(p, "missing-value.yaml", "indicators[0].children[0].missing", lineOf("missing-value.yaml", "sometimes"),
        "format.enum");
    assertThat(p.at().column()).isEqualTo(lineText("missing-value.yaml", "sometimes").indexOf("sometimes") + 1);
    assertThat(p.message(Locale.ENGLISH)).contains("sometimes").contains("zero, refuse, disqualify, exclude");
  }

  @Test
  void anExclusionWhoseRescalingIsUndefinedIsShownWhereItIsDeclared() {
    RulesetFileException e = effectiveFails("exclude-weighted.yaml");
    assertThat(e.problems()).extracting(RulesetProblem::key).containsExactlyInAnyOrder(
        "missing.excludeWeighted", "missing.excludeInput", "missing.noRescaleRounding");
    RulesetProblem weighted = e.problems().stream().filter(p -> p.key().equals("missing.excludeWeighted"))
        .findFirst().orElseThrow();
    assertNames(weighted, "exclude-weighted.yaml", "indicators[0].children[0]",
        lineOf("exclude-weighted.yaml", "id: org.a"), "missing.excludeWeighted");
    RulesetProblem input = e.problems().stream().filter(p -> p.key().equals("missing.excludeInput"))
        .findFirst().orElseThrow();
    assertNames(input, "exclude-weighted.yaml", "inputs[0].missing", lineOf("exclude-weighted.yaml", "id: honours"),
        "missing.excludeInput");
    assertThat(input.message(Locale.CHINESE)).contains("honours").contains("缺项不计");
  }

  private static String lineText(String name, String snippet) {
    return text(name).split("\n", -1)[lineOf(name, snippet) - 1];
  }

  @Test
  void missingRequiredField() {
    RulesetProblem p = readFails("missing-field.yaml").problems().get(0);
    assertNames(p, "missing-field.yaml", "indicators[0]", lineOf("missing-field.yaml", "- id: org"),
        "format.missing");
    assertThat(p.message(Locale.ENGLISH)).contains("\"name\" is required");
  }

  @Test
  void everyStructuralProblemOfAFileIsReportedAtOnce() {
    String yaml = """
        id: t
        district: d
        version: one
        name: 测试
        effectiveFrom: 2024-13-01
        subjectKind: community
        indicators:
          - {id: a, name: 甲, points: x}
          - {id: b, name: 乙, points: 1, method: {type: bandz}}
          - {id: "bad id!", name: 丙, points: 1}
        """;
    RulesetFileException e = catchThrowableOfType(RulesetFileException.class, () -> RulesetFiles.read("m.yaml", yaml));
    assertThat(e.problems()).extracting(RulesetProblem::path).containsExactly(
        "version", "effectiveFrom", "indicators[0].points", "indicators[1].method.type", "indicators[2].id");
    assertThat(e.problems()).extracting(x -> x.at().line()).containsExactly(3, 5, 8, 9, 10);
    assertThat(e.problems().get(4).refusal()).isPresent();
    assertThat(e.problems().get(4).message(Locale.CHINESE)).contains("bad id!");
  }
}

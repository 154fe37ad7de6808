package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grassroots.rules.format.RulesetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test} runs cases files, {@code validate} knows them, {@code schema --out} writes the schemas. */
class CasesCommandsTest {
  private static final String EXAMPLES = "/org/grassroots/rules/format/examples/";

  private final ToolRun tool = new ToolRun();

  @TempDir
  Path dir;

  /** The 云冈 example (cases, ruleset and the city baseline it inherits from) copied into {@link #dir}. */
  private Path yungang() throws IOException {
    for (String f : List.of("yungang.cases.yaml", "yungang.ruleset.yaml", "datong-city.ruleset.yaml")) {
      try (InputStream in = RulesetFiles.class.getResourceAsStream(EXAMPLES + f)) {
        Files.write(dir.resolve(f), in.readAllBytes());
      }
    }
    return dir.resolve("yungang.cases.yaml");
  }

  /** 云冈's five-star program (program, its ruleset, its cases) copied into {@link #dir}. */
  private Path yungangStars() throws IOException {
    for (String f : List.of("yungang-stars.cases.yaml", "yungang-stars.program.yaml", "yungang-stars.ruleset.yaml")) {
      try (InputStream in = RulesetFiles.class.getResourceAsStream(EXAMPLES + f)) {
        Files.write(dir.resolve(f), in.readAllBytes());
      }
    }
    return dir.resolve("yungang-stars.cases.yaml");
  }

  @Test
  void aProgramsCasesFileRunsItsCasesAndTotals() throws IOException {
    // issue 12 point 3/4: stars held, level, paid per unit and the district's totals, with no Java
    Path cases = yungangStars();
    assertThat(tool.run("test", cases.toString())).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains(cases + ": 10 cases, 10 passed, 0 failed").doesNotContain("FAILED");
    assertThat(tool.fresh("validate", cases.toString())).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains(cases + ": ok, a cases file of 10 cases");
    Path program = dir.resolve("yungang-stars.program.yaml");
    assertThat(tool.fresh("validate", program.toString())).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains(program + ": ok, the program stars", "无误，工作项目 stars")
        .doesNotContain("unknown field");
  }

  @Test
  void aFailingProgramCaseAndAWrongTotalArePrintedAtTheirLines() throws IOException {
    Path cases = yungangStars();
    String text = Files.readString(cases);
    Files.writeString(cases, text.replace("level: 3, due: \"60000.00\", paid: \"60000.00\"", "level: 3, due: \"60000.00\", paid: \"70000.00\"")
        .replace("count[pioneer]: 3", "count[pioneer]: 4"));
    assertThat(tool.run("test", cases.toString())).as(tool::toString).isEqualTo(Grassroots.INVALID);
    String out = tool.out.toString();
    assertThat(out).contains("FAILED " + cases + ":", "paid", "70000.00", "60000.00", "count[pioneer]",
        cases + ": 10 cases, 8 passed, 2 failed");
  }

  @Test
  void aFailingPublicityRunIsPrintedAtItsLineWithStatusAndDatesInBothLanguages() throws IOException {
    // issue 12 point 3: publicity transitions (公示) with statuses and dates, run with no Java
    Path cases = yungangStars();
    List<String> lines = Files.readAllLines(cases);
    int confirmedLine = 0;
    int illegalLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("name: 公示期满无异议予以确认")) {
        lines.set(i, lines.get(i).replace("since: \"2023-01-13\"", "since: \"2023-01-06\""));
        confirmedLine = i + 1;
      }
      if (lines.get(i).contains("name: 公示期内")) { // confirmed the day after publicity: inside the seven days
        lines.set(i, lines.get(i).replace("publicised: \"2023-01-06\"}", "publicised: \"2023-01-06\", confirmed: \"2023-01-07\"}"));
        illegalLine = i + 1;
      }
    }
    Files.write(cases, lines);
    assertThat(tool.run("test", cases.toString())).isEqualTo(Grassroots.INVALID);
    String out = tool.out.toString();
    assertThat(out).contains("FAILED " + cases + ":" + confirmedLine + ":", "publicity[0].expect.since",
        "expected since = 2023-01-06, got 2023-01-13", "since 应为 2023-01-06，实为 2023-01-13",
        "FAILED " + cases + ":" + illegalLine + ":", "publicity[1].events.confirmed", "2023-01-07", "2023-01-13",
        "公示期", cases + ": 10 cases, 8 passed, 2 failed");
  }

  @Test
  void passingCasesExitZeroWithOneLinePerFile() throws IOException {
    Path cases = yungang();
    assertThat(tool.run("test", cases.toString())).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains(cases + ": 10 cases, 10 passed, 0 failed",
        cases + "：共 10 个用例，通过 10 个，未通过 0 个").doesNotContain("FAILED");
  }

  @Test
  void theRuleShapeExamplesPassFromTheCommandLine() throws IOException {
    // issue 12 point 2: each rule shape's example (党员积分制管理办法, 党支部星级评定细则) run by `grassroots test`
    for (String f : List.of("member-points.cases.yaml", "member-points.ruleset.yaml", "branch-rating.cases.yaml",
        "branch-rating.ruleset.yaml")) {
      try (InputStream in = RulesetFiles.class.getResourceAsStream(EXAMPLES + f)) {
        Files.write(dir.resolve(f), in.readAllBytes());
      }
    }
    Path members = dir.resolve("member-points.cases.yaml");
    Path branches = dir.resolve("branch-rating.cases.yaml");
    assertThat(tool.run("test", members.toString(), branches.toString())).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains(members + ": 13 cases, 13 passed, 0 failed",
        branches + ": 12 cases, 12 passed, 0 failed").doesNotContain("FAILED");
  }

  @Test
  void aFailingCaseIsPrintedAtItsLineWithExpectedAgainstGotInBothLanguages() throws IOException {
    Path cases = yungang();
    List<String> lines = Files.readAllLines(cases);
    int line = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("unit: y02,")) {
        lines.set(i, lines.get(i).replace("total: 101", "total: 99"));
        line = i + 1;
      }
    }
    Files.write(cases, lines);
    assertThat(tool.run("test", cases.toString())).isEqualTo(Grassroots.INVALID);
    String out = tool.out.toString();
    // rules-format names a file by its folder and name
    String shown = dir.getFileName() + "/yungang.cases.yaml";
    assertThat(out).contains("FAILED " + shown + ":" + line + ":", "未通过 " + shown + ":" + line + ":", "表彰加分",
        "expected total = 99, got 101", "total 应为 99，实为 101", cases + ": 10 cases, 9 passed, 1 failed");
    // only the changed case fails
    assertThat(out.split("FAILED ", -1)).hasSize(2);
  }

  @Test
  void aMalformedCasesFileRunsNoCaseAndSaysWhereItIsWrong() throws IOException {
    Path cases = yungang();
    String text = Files.readString(cases).replace("period: 2024", "period: 2024\nperiode: 2025");
    Files.writeString(cases, text);
    int line = text.lines().toList().indexOf("periode: 2025") + 1;
    assertThat(tool.run("test", cases.toString())).isEqualTo(Grassroots.INVALID);
    String shown = dir.getFileName() + "/yungang.cases.yaml";
    assertThat(tool.out.toString()).contains(shown + ":" + line + ":", "periode", "no case was run", "未运行任何用例");
    assertThat(tool.fresh("validate", cases.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(tool.out.toString()).contains(shown + ":" + line + ":", "periode").doesNotContain("\"ruleset\"");
  }

  @Test
  void validateRecognisesACasesFile() throws IOException {
    Path cases = yungang();
    assertThat(tool.run("validate", cases.toString(), dir.resolve("yungang.ruleset.yaml").toString(),
        "--library", dir.toString())).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains(cases + ": ok, a cases file of 10 cases", "测试用例文件，共 10 个用例",
        "yungang.ruleset.yaml: ok").doesNotContain("unknown field");
  }

  @Test
  void validateWarnsAboutAGateThatCanNeverHoldAndStaysValid() throws IOException {
    Path file = Files.writeString(dir.resolve("own.ruleset.yaml"), """
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
        """);
    assertThat(tool.run("validate", file.toString())).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains(file + ": ok", "own.ruleset.yaml:13:", "warning", "警告", "at most 10");
  }

  @Test
  void aRulesetOrAMissingFileIsNotACasesFile() throws IOException {
    yungang();
    Path ruleset = dir.resolve("yungang.ruleset.yaml");
    assertThat(tool.run("test", ruleset.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(tool.out.toString()).contains(ruleset + ": not a cases file", "不是测试用例文件");
    assertThat(tool.fresh("test", dir.resolve("nope.cases.yaml").toString())).isEqualTo(Grassroots.IO);
    assertThat(tool.err.toString()).contains("nope.cases.yaml", "no such file").doesNotContain("\tat ");
    assertThat(tool.fresh("test")).isEqualTo(Grassroots.USAGE);
  }

  @Test
  void schemaOutWritesTheSchemasTheFilesPointAt() throws IOException {
    Path out = dir.resolve("schemas");
    assertThat(tool.run("schema", "--out", out.toString())).as(tool::toString).isZero();
    for (String name : List.of("ruleset.schema.json", "ruleset-cases.schema.json", "program.schema.json",
        "program-cases.schema.json")) {
      Path f = out.resolve(name);
      try (InputStream in = RulesetFiles.class.getResourceAsStream("/org/grassroots/rules/format/" + name)) {
        assertThat(Files.readAllBytes(f)).isEqualTo(in.readAllBytes());
      }
      assertThat(new ObjectMapper().readTree(f.toFile()).get("$schema").asText()).contains("json-schema.org");
      assertThat(new ObjectMapper().readTree(f.toFile()).get("$id").asText()).startsWith("https://")
          .isEqualTo(org.grassroots.rules.format.FileKind.SCHEMA_BASE + name);
      assertThat(tool.err.toString()).contains("wrote " + f, "已写出 " + f);
    }
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThat(tool.fresh("schema", "--out", file.toString())).isEqualTo(Grassroots.IO);
    assertThat(tool.err.toString()).contains("a-file").doesNotContain("\tat ");
  }
}

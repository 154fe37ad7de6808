package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grassroots.rules.format.RulesetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrassrootsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Grassroots.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : new String[] {"validate", "import-divisions", "assess", "scenario", "sweep", "explain"}) {
      assertThat(run(c, "--help")).as(c).isZero();
      assertThat(out.toString()).contains("Usage: grassroots " + c);
    }
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Exit codes:", "2    usage error", "130  cancelled by Ctrl-C");
  }

  @Test
  void usageErrorsExitWith2() {
    assertThat(run("assess", "--no-such-option")).isEqualTo(Grassroots.USAGE);
    assertThat(run()).isEqualTo(Grassroots.USAGE);
    assertThat(run("sweep", "--axis", "grades[A].minTotal=1:2")).isEqualTo(Grassroots.USAGE);
  }

  @Test
  void validateReportsFileLineAndPathAndExitsWith1(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.yaml");
    Files.writeString(good, RulesetFiles.toYaml(DefaultRuleset.ruleset()));
    assertThat(run("validate", good.toString())).isZero();
    assertThat(out.toString()).contains("good.yaml: ok");
    Path bad = dir.resolve("bad.yaml");
    String yaml = RulesetFiles.toYaml(DefaultRuleset.ruleset()).replaceFirst("grade: A", "grade: Z");
    Files.writeString(bad, yaml);
    assertThat(run("validate", bad.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(out.toString()).containsPattern("bad\\.yaml:\\d+:\\d+: quotas\\[0\\]");
    assertThat(run("validate", dir.resolve("missing.yaml").toString())).isEqualTo(Grassroots.IO);
  }

  @Test
  void aRefusedParameterExitsWith1WithABilingualMessage() {
    assertThat(run("scenario", "--set", "grades[Q].minTotal=80")).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("grades[Q].minTotal", "规则集");
  }

  @Test
  void sweepPrintsJsonWhoseCountsAddUp() throws Exception {
    assertThat(run("sweep", "--axis", "grades[B].minTotal=60:70:5", "--format", "json", "--threads", "2")).isZero();
    JsonNode rows = new ObjectMapper().readTree(out.toString());
    assertThat(rows).hasSize(3);
    for (JsonNode r : rows) {
      int sum = r.get("count:A").asInt() + r.get("count:B").asInt() + r.get("count:C").asInt() + r.get("count:D").asInt()
          + r.get("count:none").asInt();
      assertThat(sum).isEqualTo(152);
    }
    assertThat(rows.get(1).get("flips").asInt()).isZero(); // 65 is the baseline's own threshold
  }

  @Test
  void scenarioAndExplainAndAssessAgree(@TempDir Path dir) throws Exception {
    assertThat(run("assess", "--format", "csv", "--units", dir.resolve("u.csv").toString())).isZero();
    String unitLine = Files.readAllLines(dir.resolve("u.csv")).get(8);
    String unit = unitLine.split(",")[0];
    String total = unitLine.split(",")[1];
    assertThat(run("explain", "--unit", unit)).isZero();
    assertThat(out.toString()).contains(total);
    assertThat(run("scenario", "--set", "grades[B].minTotal=60", "--report", dir.resolve("r").toString())).isZero();
    assertThat(dir.resolve("r/report.html")).exists();
  }
}

package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers from every door of the tool — a ruleset, a measurements CSV, --set, --axis, a money option,
 * a whole-number option — go through one gate: {@code 1e999999999} and digits of other scripts are
 * refused with one bilingual line, never an OutOfMemoryError.
 */
class NumberLimitsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir
  Path dir;

  private int run(String... args) {
    return Grassroots.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "٣", "１"})
  void setAndAxisRefuseTheNumber(String number) {
    assertThat(run("scenario", "--set", "grades[B].minTotal=" + number)).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("grades[B].minTotal").doesNotContain("Exception", "\tat ");
    assertThat(run("sweep", "--axis", "grades[B].minTotal=60:" + number + ":5")).isEqualTo(Grassroots.INVALID);
    assertThat(run("sweep", "--axis", "grades[B].minTotal=60:70:" + number)).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).doesNotContain("OutOfMemory", "Exception", "\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "٣٠٠٠٠"})
  void moneyOptionsRefuseTheNumber(String number) {
    assertThat(run("scenario", "--stars", "--reward-per-star", number, "--set", "grades[B].minTotal=60")).as(err::toString).isEqualTo(Grassroots.INVALID);
    assertThat(run("scenario", "--stars", "--budget", number, "--set", "grades[B].minTotal=60")).isEqualTo(Grassroots.INVALID);
    assertThat(run("scenario", "--stars", "--set", "stars.rewardPerStar=" + number)).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("--reward-per-star", "--budget").doesNotContain("Exception", "\tat ");
  }

  @Test
  void wholeNumberOptionsRefuseOtherScriptsDigits() {
    assertThat(run("assess", "--communities", "١٠")).isEqualTo(Grassroots.USAGE);
    assertThat(run("assess", "--threads", "４")).isEqualTo(Grassroots.USAGE);
    assertThat(err.toString()).contains("١٠", "不是整数");
    assertThat(run("assess", "--communities", "12", "--format", "csv")).isZero();
  }

  @Test
  void aRulesetWithAHugeNumberIsRefusedAtItsLine() throws Exception {
    Path r = dir.resolve("huge.ruleset.yaml");
    Files.writeString(r, hugeRuleset());
    assertThat(run("assess", "--ruleset", r.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("huge.ruleset.yaml:7:").contains("out of range").contains("超出范围");
    assertThat(run("validate", r.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(out.toString()).contains("huge.ruleset.yaml:7:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "٣", "many nines"})
  void aMeasurementsCsvWithSuchAValueIsRefusedAtItsLine(String given) throws Exception {
    String value = given.equals("many nines") ? "9".repeat(100_000) : given;
    Path m = dir.resolve("m.csv");
    assertThat(run("assess", "--communities", "12", "--measurements-out", m.toString(), "--format", "csv")).isZero();
    List<String> lines = new ArrayList<>(Files.readAllLines(m, StandardCharsets.UTF_8));
    String[] row = lines.get(3).split(",", -1);
    row[2] = value;
    lines.set(3, String.join(",", row));
    Files.write(m, lines, StandardCharsets.UTF_8);
    assertThat(run("assess", "--communities", "12", "--measurements", m.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("m.csv:4").doesNotContain("Exception", "\tat ");
    assertThat(err.toString().length()).isLessThan(2_000);
  }

  /** A whole ruleset in a JVM of 64 MB: before the one gate, its {@code totalCap} ran out of heap. */
  @Test
  void aRulesetWithAHugeNumberIsRefusedCleanlyIn64Megabytes() throws Exception {
    Files.writeString(dir.resolve("huge.ruleset.yaml"), hugeRuleset());
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Grassroots.class.getName(),
        "validate", "huge.ruleset.yaml");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String all = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)
        + Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(all).isEqualTo(Grassroots.INVALID);
    assertThat(all).contains("huge.ruleset.yaml:7:", "超出范围").doesNotContain("OutOfMemory", "Exception", "\tat ");
  }

  private static String hugeRuleset() {
    return """
        id: huge
        district: d
        version: 1
        name: 大数
        effectiveFrom: 2024-01-01
        subjectKind: community
        totalCap: 1e999999999
        indicators:
          - {id: a, name: 甲, points: 10, method: {type: count, each: 1, cap: 10, rounding: down}}
        """;
  }
}

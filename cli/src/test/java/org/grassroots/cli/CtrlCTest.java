package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C for real: the tool runs as a separate JVM, gets SIGINT from {@code kill -INT} once it has
 * printed its first progress line, and must stop with exit code 130, one bilingual line saying how
 * far it got, and no output file. Skipped where there is no {@code kill} or SIGINT is ignored.
 */
class CtrlCTest {
  @TempDir
  Path dir;

  @Test
  void ctrlCDuringASweepStopsItWithExitCode130AndLeavesNoOutput() throws Exception {
    // a million points: minutes of work, stopped after the first
    List<String> stderr = interrupt("sweep:", "sweep", "--axis", "grades[B].minTotal=0:100:0.0001", "--threads", "1",
        "--out", dir.resolve("points.csv").toString(), "--report", dir.resolve("report").toString());
    String last = stderr.get(stderr.size() - 1);
    assertThat(last).matches("sweep: cancelled \\(Ctrl-C\\) during sweep at [\\d,]+/1,000,001; no output file was written"
        + " \\| 已取消（Ctrl-C）：sweep 进行到 [\\d,]+/1,000,001；未写出任何输出文件");
    assertThat(stderr).filteredOn(l -> l.contains("cancelled")).hasSize(1);
  }

  @Test
  void ctrlCDuringAnAssessmentStopsItBetweenSteps() throws Exception {
    // a district of 100,000 communities: building the tree takes long enough for the signal to arrive
    List<String> stderr = interrupt("assess: 1/4", "assess", "--communities", "100000",
        "--units", dir.resolve("units.csv").toString(), "--measurements-out", dir.resolve("m.csv").toString());
    assertThat(stderr.get(stderr.size() - 1)).startsWith("assess: cancelled (Ctrl-C) during assess: ")
        .contains("; no output file was written | 已取消（Ctrl-C）：assess: ");
  }

  @Test
  void ctrlCWhileReadingAMeasurementsFileStopsWithinTheFile(@TempDir Path in) throws Exception {
    // 40,000 communities × 32 inputs = 1,280,000 rows; the first progress line comes after 65,536
    Path tree = in.resolve("tree.csv");
    try (var w = Files.newBufferedWriter(tree)) {
      TreeCsv.write(Data.district(40_000), w);
    }
    Path m = in.resolve("m.csv");
    List<String> inputs = MeasurementsCsv.inputsOf(DefaultRuleset.ruleset()).stream().map(i -> i.value()).toList();
    try (var w = Files.newBufferedWriter(m)) {
      w.write("unit,indicator,value\n");
      for (int c = 0; c < 40_000; c++) {
        for (String i : inputs) {
          w.write(String.format("community-%06d,%s,%d.5%n", c, i, 40 + (c + i.length()) % 60));
        }
      }
    }
    List<String> stderr = interrupt("measurements (MB): ", "assess", "--tree", tree.toString(), "--measurements",
        m.toString(), "--units", dir.resolve("units.csv").toString());
    assertThat(stderr.get(stderr.size() - 1)).startsWith("assess: cancelled (Ctrl-C) during measurements (MB) at ");
    assertThat(m).exists();
  }

  /** Starts the tool, sends SIGINT after the first stderr line starting with {@code first}; returns stderr. */
  private List<String> interrupt(String first, String... args) throws Exception {
    assumeTrue(onPath("kill"), "no kill command on this platform: Ctrl-C cannot be sent");
    assumeTrue(!sigintIgnored(), "SIGINT is ignored by this process (and so by its children): Ctrl-C cannot be tested");
    // 2 GB: the sweep's 1,000,001 points of 152 units would need some 1.4 GB; the tool refuses less up front
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), Grassroots.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      boolean sent = false;
      while ((line = err.readLine()) != null) {
        lines.add(line);
        if (!sent && line.startsWith(first)) {
          Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
          assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
          assertThat(kill.exitValue()).isZero();
          sent = true;
        }
      }
      assertThat(sent).as("a progress line starting with %s; got %s", first, lines).isTrue();
    } finally {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    assertThat(p.exitValue()).as(String.join("\n", lines)).isEqualTo(Grassroots.CANCELLED);
    try (var left = Files.list(dir)) {
      assertThat(left).as("no output file, whole or partial").isEmpty();
    }
    return lines;
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  /** On Linux, bit 2 of SigIgn in /proc/self/status; elsewhere assume SIGINT is delivered. */
  private static boolean sigintIgnored() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String l : Files.readAllLines(status)) {
      if (l.startsWith("SigIgn:")) {
        return (Long.parseLong(l.substring(7).strip(), 16) & 2) != 0;
      }
    }
    return false;
  }
}

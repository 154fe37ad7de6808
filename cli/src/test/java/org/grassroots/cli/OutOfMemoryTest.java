package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool in a JVM with a small heap: a run that does not fit ends with one bilingual line, never a stack trace. */
class OutOfMemoryTest {
  @TempDir
  Path dir;

  private Process start(String heap, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), Grassroots.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("err.txt").toFile()).start();
  }

  private String finish(Process p) throws Exception {
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
  }

  @Test
  void runningOutOfMemoryPrintsOneLineAndExits4() throws Exception {
    // 300,000 communities do not fit in 64 MB: the tree or the measurements run out of heap
    Process p = start("-Xmx64m", "assess", "--communities", "300000", "--units", "units.csv");
    String err = finish(p);
    assertThat(p.exitValue()).isEqualTo(Grassroots.OUT_OF_MEMORY);
    assertThat(err).contains("assess: out of memory;", "-Xmx", "内存不足").doesNotContain("Exception", "\tat ");
    assertThat(dir.resolve("units.csv")).doesNotExist();
  }

  @Test
  void aSweepWhoseWorkerThreadsRunOutOfMemoryEndsAtOnceWithOneLineAndExits4() throws Exception {
    // the baseline of 30,000 communities fits in 64 MB, eight points assessed at once do not
    // past the up-front estimate, which would refuse it
    Process p = start("-Xmx64m", "sweep", "--ignore-memory-estimate", "--communities", "30000", "--threads", "8", "--axis",
        "grades[B].minTotal=50:80:1", "--out", "points.csv", "--report", "report");
    String err = finish(p);
    assertThat(p.exitValue()).as(err).isEqualTo(Grassroots.OUT_OF_MEMORY);
    assertThat(err).contains("sweep: out of memory;", "内存不足").doesNotContain("Exception", "\tat ", "null");
    assertThat(err.lines().filter(l -> l.contains("out of memory"))).hasSize(1);
    assertThat(dir.resolve("points.csv")).doesNotExist();
    assertThat(dir.resolve("report")).doesNotExist();
  }

  @Test
  void aMillionPointSweepThatWouldNotFitIsRefusedBeforeItRuns() throws Exception {
    Process p = start("-Xmx1g", "sweep", "--axis", "grades[B].minTotal=0:100:0.0001", "--report", "report", "--out",
        "points.csv");
    String err = finish(p);
    assertThat(p.exitValue()).isEqualTo(Grassroots.INVALID);
    assertThat(err).contains("1,000,001 points × 152 units need about", "-Xmx", "堆内存").doesNotContain("Exception",
        "\tat ", "sweep: 1/");
    assertThat(dir.resolve("report")).doesNotExist();
  }
}

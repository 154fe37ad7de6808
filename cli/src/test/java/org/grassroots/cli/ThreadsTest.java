package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** --threads is checked up front, and a failure nobody expected is named by its class, never "null". */
class ThreadsTest {
  private final ToolRun tool = new ToolRun();
  private final StringWriter out = tool.out;
  private final StringWriter err = tool.err;

  private int run(String... args) {
    err.getBuffer().setLength(0);
    return tool.run(args);
  }

  @Test
  void aNumberOfThreadsOutOfRangeIsAUsageErrorBeforeAnythingRuns() {
    for (String n : new String[] {"100000", "0", "-3", "1025"}) {
      assertThat(run("sweep", "--threads", n, "--axis", "grades[B].minTotal=60:70:5")).as(n).isEqualTo(Grassroots.USAGE);
      assertThat(err.toString()).as(n).contains("--threads: " + n + " is not a number of threads from 1 to 1024",
          "--threads：" + n + " 不是 1 至 1024 之间的线程数").doesNotContain("null", "Exception", "\tat ");
    }
    assertThat(run("sweep", "--threads", "1024", "--communities", "8", "--axis", "grades[B].minTotal=60:70:5"))
        .as(err.toString()).isZero();
  }

  @Test
  void anUnexpectedFailureIsNamedByItsClassInBothLanguages() {
    String line = Grassroots.message("sweep", new IllegalStateException());
    assertThat(line).contains("sweep: unexpected error java.lang.IllegalStateException", "sweep：意外错误")
        .doesNotContain("null");
    assertThat(Grassroots.message("sweep", new RuntimeException("wrapped", new OutOfMemoryError("Java heap space"))))
        .startsWith("sweep: out of memory;").contains("内存不足");
    assertThat(Grassroots.exitCode(new RuntimeException(new OutOfMemoryError()))).isEqualTo(Grassroots.OUT_OF_MEMORY);
  }
}

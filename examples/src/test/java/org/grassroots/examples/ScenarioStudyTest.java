package org.grassroots.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioStudyTest {
  @Test
  void theStudyWritesTheReportAndItsCsvFiles(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Path> files = ScenarioStudy.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("云冈区: 152 community organisations", "sweep: 205 points", "report: ");
    assertThat(files).hasSize(6).allSatisfy(f -> assertThat(f).exists());
    assertThat(Files.readAllLines(dir.resolve("units.csv"))).hasSize(153);
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<svg", "id=\"flips\"");
  }
}

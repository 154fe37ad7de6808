package org.grassroots.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the report in headless Chromium (Debian's {@code chromium}). Skipped, saying why, on a
 * machine without {@code /usr/bin/chromium}; the plain-Java {@link ScenarioReportTest} still runs.
 */
class ChromiumReportTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static List<String> command(Path profile, String... extra) {
    List<String> c = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile));
    c.addAll(List.of(extra));
    return c;
  }

  private static String run(List<String> command, Path log) throws Exception {
    Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void chromiumRendersEveryChart(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "skipped: /usr/bin/chromium is not installed (apt-get install chromium); ScenarioReportTest checks the page without it");
    ScenarioReport report = ReportFixture.programReport();
    report.writeTo(dir);
    String url = dir.resolve("report.html").toUri().toString();
    String dom = run(command(dir.resolve("profile"), "--dump-dom", url), dir.resolve("chromium.log"));
    for (String id : List.of("grades", "histogram", "sweep", "flips", "stars-levels", "stars-stars", "stars-budget",
        "stars-montecarlo", "stars-types")) {
      assertThat(dom).as(id).contains("id=\"" + id + "\"");
    }
    assertThat(dom).contains("<rect class=\"bar\"", "<polyline class=\"series\"", "<rect class=\"cell\"",
        "<line class=\"level\"", "Distribution of stars 星级分布", "Budget against reward per star");
    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    run(command(dir.resolve("profile2"), "--screenshot=" + shot, "--window-size=1200,6400", url),
        dir.resolve("chromium2.log"));
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}

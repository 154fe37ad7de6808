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
 * Renders the report in headless Chromium (Debian's {@code chromium}): ECharts draws every chart
 * offline. Skipped, saying why, on a machine without {@code /usr/bin/chromium}; the plain-Java
 * {@link ScenarioReportTest} (every chart has data, nothing is fetched) is the CI test. The
 * screenshot it leaves in {@code target/report-screenshot.png} is for a person to look at.
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
    String dom = run(command(dir.resolve("profile"), "--virtual-time-budget=5000", "--dump-dom", url),
        dir.resolve("chromium.log"));
    // ECharts ran offline and drew every chart into a canvas of its own
    for (String id : ReportHtml.charts(report.html()).keySet()) {
      assertThat(dom).as(id).containsPattern("id=\"" + id + "\" data-chart=\"" + id + "\"[^>]*data-drawn=\"1\"");
    }
    assertThat(dom.split("<canvas", -1).length - 1).isGreaterThanOrEqualTo(ReportHtml.charts(report.html()).size());
    assertThat(dom).contains("<h3>stars</h3>", "<h3>types</h3>", "stars.rewardPerStar: money along the axis 资金随参数变化");
    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    run(command(dir.resolve("profile2"), "--virtual-time-budget=5000", "--screenshot=" + shot, "--window-size=1400,6400", url),
        dir.resolve("chromium2.log"));
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}

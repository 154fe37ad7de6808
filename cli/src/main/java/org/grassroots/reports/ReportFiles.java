package org.grassroots.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grassroots.input.Check;

/**
 * The report's files (报告文件): {@code report.html} and the CSV files beside it, each table built,
 * written and dropped in turn, so that the largest tables of a country are never in memory together.
 */
final class ReportFiles {
  private ReportFiles() {}

  /** Writes {@code report}'s files into {@code dir} (created if missing); returns them, the page first. */
  static List<Path> write(ScenarioReport report, Path dir, boolean bom) {
    Check.notNull("dir", dir);
    try {
      Files.createDirectories(dir);
      List<Path> out = new ArrayList<>();
      Map<String, String> programs = report.programCsv();
      Path html = dir.resolve("report.html");
      Files.writeString(html, report.html(programs), StandardCharsets.UTF_8);
      out.add(html);
      for (Map.Entry<String, ScenarioReport.Rows> e : report.tables().entrySet()) {
        Path p = dir.resolve(e.getKey());
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
          if (bom) {
            w.write('\uFEFF');
          }
          e.getValue().each(row -> {
            try {
              Csv.write(List.of(row), w); // each row written as produced
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
          });
        }
        out.add(p);
      }
      for (Map.Entry<String, String> e : programs.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.writeString(p, bom ? "\uFEFF" + e.getValue() : e.getValue(), StandardCharsets.UTF_8);
        out.add(p);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

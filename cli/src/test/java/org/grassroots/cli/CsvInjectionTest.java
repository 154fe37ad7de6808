package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.grassroots.rules.format.RulesetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV formula injection (公式注入): no CSV the tool writes has a cell a spreadsheet would run as a
 * formula, numbers stay numbers, and the tool reads its own files back unchanged.
 */
class CsvInjectionTest {
  private final ToolRun tool = new ToolRun();
  @TempDir
  Path dir;


  /** Every cell of a CSV file as a spreadsheet would see it (quotes removed). */
  private static List<String> cells(Path csv) throws Exception {
    List<String> all = new ArrayList<>();
    try (MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerForListOf(String.class).readValues(csv.toFile())) {
      rows.forEachRemaining(all::addAll);
    }
    return all;
  }

  private static void assertNoFormula(Path csv) throws Exception {
    for (String c : cells(csv)) {
      if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
        assertThat(c).as(csv + " has a formula cell").matches("[-+]?[0-9]+(\\.[0-9]+)?");
      }
    }
  }

  @Test
  void idsAndNamesThatLookLikeFormulasAreNeutralisedAndNumbersAreNot() throws Exception {
    Path tree = Files.writeString(dir.resolve("t.csv"),
        "id,parent,kind\n-d,,district\n-s1,-d,street\n-c1,-s1,community\nc2,-s1,community\n");
    Path ruleset = dir.resolve("r.yaml");
    Files.writeString(ruleset, RulesetFiles.toYaml(DefaultRuleset.ruleset()).replace("优秀", "\"=HYPERLINK(\\\"x\\\")\"")
        .replace("良好", "\"@SUM(A1)\"").replace("合格", "\"<script>alert(1)</script>\""));
    Path units = dir.resolve("units.csv");
    Path measurements = dir.resolve("m.csv");
    Path table = dir.resolve("out.csv");
    assertThat(tool.run("assess", "--tree", tree.toString(), "--ruleset", ruleset.toString(), "--units", units.toString(),
        "--measurements-out", measurements.toString(), "--format", "csv", "--out", table.toString()))
        .as(tool.err.toString()).isZero();
    for (Path f : List.of(units, measurements, table)) {
      assertNoFormula(f);
    }
    assertThat(cells(units)).contains("'-c1");
    assertThat(cells(table)).contains("'=HYPERLINK(\"x\")", "'@SUM(A1)");
    // the tool reads back what it wrote: the same assessment from the written measurements
    String first = Files.readString(table);
    assertThat(tool.run("assess", "--tree", tree.toString(), "--ruleset", ruleset.toString(), "--measurements",
        measurements.toString(), "--format", "csv", "--out", table.toString())).as(tool.err.toString()).isZero();
    assertThat(Files.readString(table)).isEqualTo(first);

    Path report = dir.resolve("report");
    assertThat(tool.run("scenario", "--tree", tree.toString(), "--ruleset", ruleset.toString(), "--set",
        "grades[B].minTotal=-0", "--report", report.toString())).as(tool.err.toString()).isZero();
    try (Stream<Path> files = Files.list(report)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        assertNoFormula(f);
      }
    }
    assertThat(cells(report.resolve("units.csv"))).contains("'-c1");
    // the HTML report escapes names: no markup of the ruleset gets through, in its tables nor in the
    // charts' JSON (the page's own script elements are the only ones)
    String html = Files.readString(report.resolve("report.html"));
    assertThat(html).doesNotContain("<script>alert", "alert(1)</script", "alert(1)<\\/script")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
  }

  @Test
  void negativeNumbersStayNumbers() {
    assertThat(org.grassroots.reports.Csv.of(List.of(List.of("-12.5", "+3", "-0", "-1e5", "-", "=1+1"))))
        .isEqualTo("-12.5,+3,-0,\"'-1e5\",\"'-\",\"'=1+1\"\r\n");
  }
}

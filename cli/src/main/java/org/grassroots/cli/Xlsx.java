package org.grassroots.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks (.xlsx, Office Open XML) through Apache POI: the first sheet read as a table with
 * a header row, and tables written as one sheet. Numbers typed into Excel come back as the text
 * Excel shows for them ({@code 85.5}, not the binary double's 85.5000000001); numbers are written
 * as numeric cells when they are exact decimals, other values as text.
 *
 * <p>A workbook is read whole into memory: fine for a district's or a city's units (Excel itself
 * stops at 1,048,576 rows); the whole country reads faster and in less memory from CSV.
 */
final class Xlsx {
  /** A plain decimal as the tool writes numbers: written as a number cell, not text. */
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,10})(\\.[0-9]{1,4})?");

  static {
    // POI logs through the Log4j API; with no Log4j provider on the class path the API would print
    // "could not find a logging provider" on every run. Its own simple provider, silenced, unless
    // the host names one.
    if (System.getProperty("log4j2.provider") == null && System.getProperty("log4j.provider") == null) {
      System.setProperty("log4j2.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
      System.setProperty("log4j2.simplelogLevel", "OFF");
    }
  }

  private Xlsx() {}

  /** True when {@code file}'s name ends in {@code .xlsx} (any case). */
  static boolean is(Path file) {
    return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Reads the first sheet of {@code file}: its first non-empty row is the header, naming {@code
   * columns} in any order (the first {@code required} of them must be there, no other column may
   * be); every later non-empty row goes to {@code row} with its line (Excel's row number) and its
   * values in the order of {@code columns} ({@code null} for a column not in the header, "" for an
   * empty cell).
   *
   * @return the number of data rows
   */
  static long read(Path file, List<String> columns, int required, RunControl control, CsvRows.Row row)
      throws IOException {
    String name = file.toString();
    control.checkpoint();
    try (InputStream in = Files.newInputStream(file); Workbook book = open(name, in)) {
      if (book.getNumberOfSheets() == 0) {
        throw new CsvInputException("cli.empty", name, 0, "file", "", String.join(",", columns.subList(0, required)));
      }
      Sheet sheet = book.getSheetAt(0);
      int[] where = null;
      long rows = 0;
      String[] values = new String[columns.size()];
      for (Row r : sheet) {
        List<String> cells = cells(r);
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        long line = r.getRowNum() + 1L;
        if (where == null) {
          where = header(name, line, cells, columns, required);
          continue;
        }
        Arrays.fill(values, null);
        for (int c = 0; c < where.length; c++) {
          if (where[c] >= 0) {
            values[where[c]] = c < cells.size() ? cells.get(c) : "";
          }
        }
        for (int k = 0; k < values.length; k++) {
          if (values[k] == null && columnGiven(where, k)) {
            values[k] = "";
          }
        }
        row.accept(line, values);
        if (++rows % 65_536 == 0) {
          control.checkpoint();
        }
      }
      if (where == null) {
        throw new CsvInputException("cli.empty", name, 0, "file", "", String.join(",", columns.subList(0, required)));
      }
      return rows;
    }
  }

  private static boolean columnGiven(int[] where, int k) {
    for (int w : where) {
      if (w == k) {
        return true;
      }
    }
    return false;
  }

  private static Workbook open(String name, InputStream in) {
    try {
      return new XSSFWorkbook(in);
    } catch (IOException | RuntimeException e) {
      // not a zip, not Office Open XML, an old .xls renamed, a damaged file: say what was expected
      throw new CsvInputException("cli.notXlsx", name, 0, "file", "", e.getClass().getSimpleName());
    }
  }

  /** The header's column → index into {@code columns}, or -1 for an empty trailing cell. */
  private static int[] header(String file, long line, List<String> head, List<String> columns, int required) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.putIfAbsent(columns.get(i), i);
    }
    int[] where = new int[head.size()];
    boolean[] seen = new boolean[columns.size()];
    for (int c = 0; c < head.size(); c++) {
      String h = head.get(c);
      Integer i = h.isEmpty() ? Integer.valueOf(-1) : index.get(h);
      if (i == null || i >= 0 && seen[i]) {
        throw new CsvInputException("cli.header", file, line, "header", String.join(",", head),
            String.join(",", columns.subList(0, Math.min(columns.size(), 16))) + (columns.size() > 16 ? ",…" : ""));
      }
      where[c] = i;
      if (i >= 0) {
        seen[i] = true;
      }
    }
    for (int i = 0; i < required; i++) {
      if (!seen[i]) {
        throw new CsvInputException("cli.header", file, line, "header", String.join(",", head),
            String.join(",", columns.subList(0, required)));
      }
    }
    return where;
  }

  /** The row's cells as text, up to its last cell. */
  private static List<String> cells(Row r) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < r.getLastCellNum(); c++) {
      Cell cell = r.getCell(c);
      out.add(cell == null ? "" : text(cell, cell.getCellType()));
    }
    return out;
  }

  private static String text(Cell cell, CellType type) {
    return switch (type) {
      case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
      case STRING -> cell.getStringCellValue().strip();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
      case FORMULA -> text(cell, cell.getCachedFormulaResultType());
      case BLANK, _NONE -> "";
      case ERROR -> "#ERROR";
    };
  }

  /**
   * The rows as an .xlsx workbook of one sheet named {@code sheet}: the first row bold as a header
   * and frozen; plain decimals as numbers, everything else as text.
   */
  static byte[] write(String sheet, List<List<String>> rows) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(256)) {
      Sheet s = book.createSheet(sheet);
      var bold = book.createCellStyle();
      var font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (int r = 0; r < rows.size(); r++) {
        Row row = s.createRow(r);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          Cell cell = row.createCell(c);
          String v = cells.get(c);
          if (r > 0 && NUMBER.matcher(v).matches()) {
            cell.setCellValue(Double.parseDouble(v)); // at most 15 significant digits: the double shows as typed
          } else {
            cell.setCellValue(v);
          }
          if (r == 0) {
            cell.setCellStyle(bold);
          }
        }
      }
      s.createFreezePane(0, 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }
}

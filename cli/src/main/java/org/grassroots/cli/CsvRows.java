package org.grassroots.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV input file with a header row (RFC 4180, UTF-8) row by row, with the line of each row
 * for error messages. The header names the columns in any order; every required column must be
 * there, an optional one may be, any other is refused (a misspelt column would otherwise be ignored).
 * Reports progress in MB and honours cancellation every {@value #CHECK_EVERY} rows.
 */
final class CsvRows {
  private static final int CHECK_EVERY = 1 << 16;
  private static final CsvFactory CSV = CsvFactory.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.TRIM_SPACES)
      .build();

  /** Receives each data row: its line and its values in the order of the declared columns. */
  @FunctionalInterface
  interface Row {
    /** {@code values} is reused for the next row; a missing optional column is {@code null}. */
    void accept(long line, String[] values);
  }

  private CsvRows() {}

  /**
   * Reads {@code file}; {@code columns} lists the required columns first, then {@code optional}
   * more.
   *
   * @return the number of data rows
   * @throws CsvInputException naming the file and line when the file is not such a CSV
   * @throws IOException when the file cannot be read
   */
  static long read(Path file, List<String> columns, int optional, RunControl control, String stage, Row row)
      throws IOException {
    String name = file.toString();
    long size = Math.max(1, Files.size(file));
    ProgressBar bar = control.bar(stage);
    long mb = (size + (1 << 20) - 1) >> 20;
    try (Counting in = new Counting(Files.newInputStream(file));
        CsvParser p = CSV.createParser(in)) {
      int[] where = null; // file column → declared column, -1 for none
      String[] values = new String[columns.size()];
      List<String> cells = new ArrayList<>(columns.size());
      long rows = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        // the row's line is where its first value starts (the array token may lag a line behind)
        long line = -1;
        cells.clear();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
          if (line < 0) {
            line = p.currentTokenLocation().getLineNr();
          }
          cells.add(p.getText());
        }
        if (where == null) {
          where = header(name, line, cells, columns, optional);
          continue;
        }
        if (cells.size() != where.length) {
          throw new CsvInputException("cli.columnCount", name, line, "row", Integer.toString(cells.size()),
              Integer.toString(where.length));
        }
        Arrays.fill(values, null);
        for (int c = 0; c < where.length; c++) {
          values[where[c]] = cells.get(c);
        }
        row.accept(line, values);
        if (++rows % CHECK_EVERY == 0) {
          bar.progress(in.count >> 20, mb);
          control.checkpoint();
        }
      }
      if (where == null) {
        throw new CsvInputException("cli.empty", name, 0, "file", "", String.join(",", columns));
      }
      bar.progress(mb, mb);
      return rows;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new CsvInputException("cli.unreadable", name, at == null ? 0 : at.getLineNr(), "file", name,
          e.getOriginalMessage());
    }
  }

  private static int[] header(String file, long line, List<String> cells, List<String> columns, int optional) {
    int[] where = new int[cells.size()];
    boolean[] given = new boolean[columns.size()];
    for (int c = 0; c < cells.size(); c++) {
      int k = columns.indexOf(cells.get(c));
      if (k < 0 || given[k]) {
        throw headerError(file, line, cells, columns, optional);
      }
      given[k] = true;
      where[c] = k;
    }
    for (int k = 0; k < columns.size() - optional; k++) {
      if (!given[k]) {
        throw headerError(file, line, cells, columns, optional);
      }
    }
    return where;
  }

  private static CsvInputException headerError(String file, long line, List<String> cells, List<String> columns,
      int optional) {
    String expected = String.join(",", columns.subList(0, columns.size() - optional))
        + (optional == 0 ? "" : "[," + String.join(",", columns.subList(columns.size() - optional, columns.size())) + "]");
    return new CsvInputException("cli.header", file, line, "header", String.join(",", cells), expected);
  }

  /** Counts the bytes read, for progress. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}

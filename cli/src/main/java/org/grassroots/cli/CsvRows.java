package org.grassroots.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.grassroots.reports.Csv;

/**
 * Reads a CSV input file with a header row (RFC 4180, UTF-8 unless told otherwise) row by row, with the line of each row
 * for error messages. The header names the columns in any order; every required column must be
 * there, an optional one may be, any other is refused (a misspelt column would otherwise be ignored).
 * Reports progress in MB and honours cancellation every {@value #CHECK_EVERY} rows. A second thread
 * decodes the file while the caller's thread checks the rows, in file order.
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
   * @return the number of data rows (at least one)
   * @throws CsvInputException naming the file and line when the file is not such a CSV: not in
   *     {@code charset}, no header, a bad header, a row of another width, or no data row at all
   * @throws IOException when the file cannot be read
   */
  static long read(Path file, Charset charset, List<String> columns, int optional, RunControl control, String stage,
      Row row) throws IOException {
    String name = file.toString();
    long size = Math.max(1, Files.size(file));
    ProgressBar bar = control.bar(stage);
    long mb = (size + (1 << 20) - 1) >> 20;
    try (Counting in = new Counting(Files.newInputStream(file));
        CsvParser p = CSV.createParser(new StrictReader(in, charset, name))) {
      Cells head = nextRow(p);
      if (head == null) {
        throw new CsvInputException("cli.empty", name, 0, "file", "", String.join(",", columns));
      }
      int[] where = header(name, head.line, Arrays.asList(head.values), columns, optional);
      // decoding the CSV (a reader thread) and checking the rows (this thread) overlap; the rows
      // and a reader's error arrive in file order, so the first bad row is the one reported
      BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
      AtomicBoolean stop = new AtomicBoolean();
      Thread reader = new Thread(() -> decode(p, name, where.length, queue, stop), "csv-reader");
      reader.setDaemon(true);
      reader.start();
      String[] values = new String[columns.size()];
      long rows = 0;
      try {
        while (true) {
          Object item = queue.take();
          if (item instanceof Batch b) {
            for (int i = 0; i < b.size; i++) {
              Arrays.fill(values, null);
              for (int c = 0; c < where.length; c++) {
                values[where[c]] = b.values[i][c];
              }
              row.accept(b.lines[i], values);
              if (++rows % CHECK_EVERY == 0) {
                bar.progress(in.count >> 20, mb);
                control.checkpoint();
              }
            }
          } else if (item instanceof RuntimeException e) {
            throw e;
          } else if (item instanceof IOException e) {
            throw e;
          } else if (item instanceof Error e) {
            throw e;
          } else {
            break; // END
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        control.cancel();
        throw new CancellationException("interrupted");
      } finally {
        stop.set(true);
        joinQuietly(reader);
      }
      if (rows == 0) {
        throw new CsvInputException("cli.noRows", name, head.line, "file", "", String.join(",", head.values));
      }
      bar.progress(mb, mb);
      return rows;
    } catch (JsonProcessingException e) {
      throw unreadable(name, e);
    }
  }

  /** The reader thread: decodes rows into batches until the end, an error, or {@code stop}. */
  private static void decode(CsvParser p, String name, int width, BlockingQueue<Object> queue, AtomicBoolean stop) {
    Object last = END;
    try {
      Batch b = new Batch();
      Cells r;
      while (!stop.get() && (r = nextRow(p)) != null) {
        if (r.values.length != width) {
          throw new CsvInputException("cli.columnCount", name, r.line, "row", Integer.toString(r.values.length),
              Integer.toString(width));
        }
        b.lines[b.size] = r.line;
        b.values[b.size++] = r.values;
        if (b.size == Batch.ROWS) {
          put(queue, b, stop);
          b = new Batch();
        }
      }
      if (b.size > 0) {
        put(queue, b, stop);
      }
    } catch (JsonProcessingException e) {
      last = unreadable(name, e);
    } catch (Throwable e) {
      // an Error too (out of memory): the checking thread rethrows it instead of waiting forever
      last = e;
    }
    put(queue, last, stop);
  }

  private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
    try {
      while (!stop.get() && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
        // the consumer is busy; try again unless it has stopped
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinQuietly(Thread t) {
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The next row and its line, or null at the end. */
  private static Cells nextRow(CsvParser p) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      if (t != JsonToken.START_ARRAY) {
        continue;
      }
      // the row's line is where its first value starts (the array token may lag a line behind)
      long line = -1;
      List<String> cells = new ArrayList<>(4);
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        if (line < 0) {
          line = p.currentTokenLocation().getLineNr();
        }
        cells.add(Csv.unneutralised(p.getText()));
      }
      return new Cells(line, cells.toArray(new String[0]));
    }
    return null;
  }

  private static CsvInputException unreadable(String name, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return new CsvInputException("cli.unreadable", name, at == null ? 0 : at.getLineNr(), "file", name,
        e.getOriginalMessage());
  }

  private record Cells(long line, String[] values) {}

  private static final Object END = new Object();

  /** Rows handed from the reader thread to the checking one. */
  private static final class Batch {
    static final int ROWS = 4096;
    final long[] lines = new long[ROWS];
    final String[][] values = new String[ROWS][];
    int size;
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
    volatile long count; // read by the checking thread for progress

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

package org.grassroots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Output options: format and file. */
final class OutputOptions {
  @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "write the output here instead of standard output; a name ending in .xlsx writes an Excel workbook")
  Path out;

  @Option(names = "--bom", description = "begin every CSV file written with a UTF-8 byte-order mark, so that Excel on "
      + "Chinese Windows reads the Chinese text (without it Excel reads the file as GBK and garbles it)")
  boolean bom;

  void print(PrintWriter stdout, RunControl control, List<String> head, List<List<String>> rows) throws IOException {
    if (out != null && Xlsx.is(out)) {
      List<List<String>> all = new ArrayList<>();
      all.add(head);
      all.addAll(rows);
      OutputFiles.writeBytes(out, control, Xlsx.write("grassroots", all));
      return;
    }
    String text = switch (format) {
      case table -> Tables.table(head, rows);
      case csv -> Tables.csv(head, rows);
      case json -> Tables.json(head, rows);
    };
    if (out == null) {
      stdout.print(text);
      stdout.flush();
    } else {
      OutputFiles.write(out, control, Tables.csv(bom && format == Format.csv, w -> w.write(text)));
    }
  }

  /** The output formats of --format. */
  enum Format { table, csv, json }
}

package org.grassroots.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.regions.UnitNames;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;

/**
 * The shapes of a measurements file (考核数据文件的格式), chosen by the file: an {@code .xlsx} workbook
 * is read one row per unit ({@link WideMeasurements}); a CSV whose header has an {@code indicator}
 * or a {@code value} column is the long file, one row per value ({@link MeasurementsCsv}), any other CSV is read one
 * row per unit. Written as the long CSV, the wide CSV ({@code --wide}) or a wide .xlsx (by the
 * file's name), with a byte-order mark when asked ({@code --bom}).
 */
final class MeasurementFiles {
  private MeasurementFiles() {}

  /** Reads {@code file} in the shape it has. */
  static InputColumns read(Path file, Charset charset, Ruleset ruleset, TreeSnapshot tree, Period period,
      RunControl control) throws IOException {
    if (Xlsx.is(file)) {
      return WideMeasurements.of(ruleset).readXlsx(file, tree, period, control);
    }
    if (isLong(file, charset)) {
      return MeasurementsCsv.read(file, charset, ruleset, tree, period, control);
    }
    return WideMeasurements.of(ruleset).readCsv(file, charset, tree, period, control);
  }

  /**
   * True when the first line of {@code file} names an {@code indicator} or a {@code value} column (a
   * misspelt long header is then refused as such), or the file is empty: the long reader says so.
   */
  private static boolean isLong(Path file, Charset charset) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, charset)) {
      char[] buf = new char[4096];
      int n = r.read(buf);
      if (n <= 0) {
        return true;
      }
      String head = new String(buf, 0, n).lines().findFirst().orElse("");
      for (String c : head.replace("\uFEFF", "").split(",")) {
        String name = c.strip().replace("\"", "");
        if (name.equals("indicator") || name.equals("value")) {
          return true;
        }
      }
      return false;
    } catch (java.nio.charset.CharacterCodingException e) {
      return true; // not in its encoding: the long reader's refusal names the file and line
    }
  }

  /**
   * Writes the measurements of {@code values} to {@code file}: a wide .xlsx when the name ends in
   * .xlsx, else a CSV, wide when {@code wide}, with a byte-order mark when {@code bom}.
   */
  static void write(Path file, Ruleset ruleset, InputColumns values, UnitNames names, boolean wide, boolean bom,
      RunControl control) throws IOException {
    if (Xlsx.is(file)) {
      OutputFiles.writeBytes(file, control, Xlsx.write("measurements", WideMeasurements.of(ruleset).rows(values, names)));
    } else if (wide) {
      List<List<String>> rows = WideMeasurements.of(ruleset).rows(values, names);
      OutputFiles.write(file, control, Tables.csv(bom, w -> w.write(org.grassroots.reports.Csv.of(rows))));
    } else {
      OutputFiles.write(file, control, Tables.csv(bom, w -> MeasurementsCsv.write(ruleset, values, w)));
    }
  }
}

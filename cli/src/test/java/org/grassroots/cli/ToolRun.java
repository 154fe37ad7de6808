package org.grassroots.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the tool in process and keeps what it printed (each run adds to it). */
final class ToolRun {
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** Runs {@code args}; returns the exit code. */
  int run(String... args) {
    return Grassroots.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Runs {@code args} after forgetting what earlier runs printed. */
  int fresh(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return run(args);
  }

  /** Copies the shipped rules-format example {@code name} (e.g. {@code branch-meetings.ruleset.yaml}) into {@code dir}. */
  static Path example(Path dir, String name) throws IOException {
    Path to = dir.resolve(name);
    try (InputStream in = ToolRun.class.getResourceAsStream("/org/grassroots/rules/format/examples/" + name)) {
      Files.copy(in, to);
    }
    return to;
  }

  /** {@code command} followed by the data options: --ruleset, --tree, --measurements and --period. */
  static String[] withData(Path ruleset, Path tree, Path measurements, String period, String... command) {
    List<String> a = new ArrayList<>(List.of(command));
    a.addAll(List.of("--ruleset", ruleset.toString(), "--tree", tree.toString(), "--measurements",
        measurements.toString(), "--period", period));
    return a.toArray(String[]::new);
  }

  /** What the runs printed, standard output then standard error (for assertion messages). */
  @Override
  public String toString() {
    return out + "\n" + err;
  }
}

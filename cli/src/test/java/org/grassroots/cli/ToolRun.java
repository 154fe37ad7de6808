package org.grassroots.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

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

  /** What the runs printed, standard output then standard error (for assertion messages). */
  @Override
  public String toString() {
    return out + "\n" + err;
  }
}

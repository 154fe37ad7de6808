package org.grassroots.cli;

import java.io.PrintStream;
import org.grassroots.scenarios.Progress;

/**
 * Progress on stderr: a redrawn bar on a terminal, otherwise a plain line at every tenth (so logs
 * stay readable).
 */
final class ProgressBar implements Progress {
  private final PrintStream out;
  private final boolean terminal;
  private final String label;
  private final RunControl control;
  private long lastShown = -1;

  /** A bar labelled {@code label} that also tells {@code control} how far the run has got. */
  ProgressBar(PrintStream out, boolean terminal, String label, RunControl control) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
    this.control = control;
  }

  /** A named phase of a run of {@code total} phases, with the time since {@code startNanos}. */
  synchronized void phase(long done, long total, String what, long startNanos) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    control.at(label + ": " + what, done, total);
    if (terminal) {
      out.print("\r" + label + " [" + done + "/" + total + "] " + what + " (" + ms + " ms)\u001b[K");
      if (done == total) {
        out.println();
      }
    } else {
      out.println(label + ": " + done + "/" + total + " " + what + " (" + ms + " ms)");
    }
    out.flush();
  }

  @Override
  public synchronized void progress(long done, long total) {
    control.at(label, done, total);
    long step = terminal ? done * 40 / Math.max(1, total) : done * 10 / Math.max(1, total);
    if (step == lastShown && done != total) {
      return;
    }
    lastShown = step;
    if (terminal) {
      int filled = (int) (done * 40 / Math.max(1, total));
      out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(40 - filled) + "] " + done + "/" + total);
      if (done == total) {
        out.println();
      }
    } else {
      out.println(label + ": " + done + "/" + total);
    }
    out.flush();
  }
}

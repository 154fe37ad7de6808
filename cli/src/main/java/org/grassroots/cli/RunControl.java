package org.grassroots.cli;

import java.util.concurrent.CancellationException;
import org.grassroots.input.Messages;
import org.grassroots.scenarios.Cancellation;

/**
 * One run of the tool: its {@link Cancellation} (set by Ctrl-C) and how far it has got, so that a
 * cancelled run can say where it stopped. Progress bars report here; long loops call {@link
 * #checkpoint()} between steps.
 */
final class RunControl {
  private final Cancellation cancellation = new Cancellation();
  private volatile String stage = "start";
  private volatile long done;
  private volatile long total;

  Cancellation cancellation() {
    return cancellation;
  }

  void cancel() {
    cancellation.cancel();
  }

  boolean isCancelled() {
    return cancellation.isCancelled();
  }

  /** Records how far the run has got (called by progress bars, possibly from worker threads). */
  void at(String stage, long done, long total) {
    this.stage = stage;
    this.done = done;
    this.total = total;
  }

  /**
   * Throws {@link CancellationException} once the run was cancelled; the caller has written nothing
   * that it must undo, or undoes it in a {@code finally}.
   */
  void checkpoint() {
    if (cancellation.isCancelled()) {
      throw new CancellationException(cancelledMessage());
    }
  }

  /** The one line printed for a cancelled run, English | 中文. */
  String cancelledMessage() {
    return Messages.bilingual("cli.cancelled", stage, done, total);
  }

  /** A progress bar on standard error that reports here. */
  ProgressBar bar(String label) {
    return new ProgressBar(System.err, System.console() != null, label, this);
  }
}

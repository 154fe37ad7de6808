package org.grassroots.scenarios;

/**
 * A token to stop a long run (取消): the run checks it before each step and then throws {@link
 * java.util.concurrent.CancellationException}; steps already running finish first.
 */
public final class Cancellation {
  private volatile boolean cancelled;

  /** Asks the run to stop. */
  public void cancel() {
    cancelled = true;
  }

  /** True once {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }
}

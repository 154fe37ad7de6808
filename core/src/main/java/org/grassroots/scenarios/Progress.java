package org.grassroots.scenarios;

/**
 * Told how far a long run has got (进度). Called from worker threads, possibly concurrently: an
 * implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface Progress {
  /** A listener that ignores progress. */
  Progress NONE = (done, total) -> {};

  /** {@code done} of {@code total} steps (points of a sweep, draws of a Monte Carlo run) are done. */
  void progress(long done, long total);
}

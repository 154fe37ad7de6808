package org.grassroots.scenarios;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * Runs {@code n} independent steps on an executor in slices, reporting progress and honouring
 * cancellation. Each step writes only its own slot of the result, so the result does not depend on
 * the number of threads or the order in which steps run. The first failure of a step, on any
 * thread and of any kind ({@link OutOfMemoryError} included), stops the other slices at their next
 * step and is rethrown to the caller.
 */
final class Runs {
  private Runs() {}

  static void run(int n, Executor executor, Progress progress, Cancellation cancellation, IntConsumer step) {
    Check.notNull("executor", executor);
    Check.notNull("progress", progress);
    Check.notNull("cancellation", cancellation);
    int slices = Math.max(1, Math.min(n, 256));
    CountDownLatch latch = new CountDownLatch(slices);
    AtomicLong done = new AtomicLong();
    // any failure, an Error such as OutOfMemoryError included, stops every slice and is rethrown here
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int s = 0; s < slices; s++) {
      int from = (int) ((long) n * s / slices);
      int to = (int) ((long) n * (s + 1) / slices);
      Runnable task = () -> {
        try {
          for (int i = from; i < to && failure.get() == null && !cancellation.isCancelled(); i++) {
            step.accept(i);
            progress.progress(done.incrementAndGet(), n);
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        } finally {
          latch.countDown();
        }
      };
      executor.execute(task);
    }
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancellation.cancel();
      throw new CancellationException("interrupted");
    }
    Throwable failed = failure.get();
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed instanceof Error e) {
      throw e;
    }
    if (failed != null) {
      throw new IllegalStateException(failed); // a checked exception thrown sneakily
    }
    if (cancellation.isCancelled() && done.get() < n) {
      CancellationException c = new CancellationException(
          new InvalidInputException("scenario.cancelled", "run", String.valueOf(done.get()), n).getMessage());
      throw c;
    }
  }
}

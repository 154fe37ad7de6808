package org.grassroots.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A step failing on a worker thread, with an Error as much as an exception, ends the whole run at once. */
class RunsTest {
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

  private ExecutorService pool() {
    return Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r);
      t.setUncaughtExceptionHandler((th, e) -> uncaught.add(e));
      return t;
    });
  }

  private void failsWith(Throwable thrown) throws Exception {
    ExecutorService pool = pool();
    AtomicInteger steps = new AtomicInteger();
    int n = 100_000;
    try {
      assertThatThrownBy(() -> Runs.run(n, pool, (done, total) -> { }, new Cancellation(), i -> {
        steps.incrementAndGet();
        if (i == 5) {
          throw sneaky(thrown);
        }
        try {
          Thread.sleep(0, 100_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      })).isSameAs(thrown);
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
    // the other slices stopped at their next step instead of running on to the end
    assertThat(steps.get()).isLessThan(n / 2);
    assertThat(uncaught).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }

  @Test
  void anOutOfMemoryErrorOnAWorkerIsRethrownToTheCaller() throws Exception {
    failsWith(new OutOfMemoryError("Java heap space"));
  }

  @Test
  void anAssertionErrorOnAWorkerIsRethrownToTheCaller() throws Exception {
    failsWith(new AssertionError("broken"));
  }

  @Test
  void anExceptionOnAWorkerIsRethrownToTheCaller() throws Exception {
    failsWith(new IllegalStateException("broken"));
  }
}

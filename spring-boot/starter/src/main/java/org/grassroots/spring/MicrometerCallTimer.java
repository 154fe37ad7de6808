package org.grassroots.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.Callable;

/**
 * Micrometer timers (计时器) of the library's calls: {@code grassroots.assessments} and {@code
 * grassroots.storage.calls}, tagged {@code operation} (e.g. {@code measurements.putAll}) and {@code
 * outcome} ({@code success} or the exception's simple class name). Tags never carry a value.
 */
public class MicrometerCallTimer implements CallTimer {
  private final MeterRegistry registry;

  public MicrometerCallTimer(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public <T> T time(String metric, String operation, Callable<T> call) throws Exception {
    Timer.Sample sample = Timer.start(registry);
    String outcome = "success";
    try {
      return call.call();
    } catch (Exception | Error e) {
      outcome = e.getClass().getSimpleName();
      throw e;
    } finally {
      sample.stop(Timer.builder(metric).tag("operation", operation).tag("outcome", outcome).register(registry));
    }
  }
}

package org.grassroots.spring;

import java.util.concurrent.Callable;

/**
 * Where the starter reports how long the library's calls take (调用计时): Micrometer timers when
 * Micrometer is on the class path ({@link MicrometerCallTimer}), else nothing.
 */
public interface CallTimer {
  /** Times nothing. */
  CallTimer NONE = new CallTimer() {
    @Override
    public <T> T time(String metric, String operation, Callable<T> call) throws Exception {
      return call.call();
    }
  };

  /**
   * Runs {@code call}, recording its duration under {@code metric} tagged with {@code operation} and
   * its outcome; whatever it throws is thrown on unchanged.
   */
  <T> T time(String metric, String operation, Callable<T> call) throws Exception;
}

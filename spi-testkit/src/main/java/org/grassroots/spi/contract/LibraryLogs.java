package org.grassroots.spi.contract;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;

/**
 * The library's log lines (日志), captured at every level for the contract's check that none holds a
 * personal value whole. The library logs through {@link System.Logger}, which the JDK routes to
 * {@code java.util.logging} unless a {@link System.LoggerFinder} service is installed; {@link
 * #capture()} sets the loggers under {@code org.grassroots} to {@link Level#ALL} (TRACE and DEBUG
 * included) and keeps every record until the next {@link #drain()}. What the JDK's console handler
 * prints (INFO and above) is left as it was.
 *
 * <p>Every suite of the kit checks after each test ({@link ContractSupport}): no line holds an ID
 * number or a mobile phone number unmasked, nor a personal value of the suite's data
 * ({@link ContractSupport#personalValues()}).
 */
public final class LibraryLogs {
  /** 18 characters, the last a digit or X (GB 11643), not inside a longer run of letters or digits. */
  private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
  /** A mainland mobile number: 11 digits from 13–19, not inside a longer run of letters or digits. */
  private static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])");

  /** Held strongly: java.util.logging forgets a logger's level when nothing references it. */
  private static final Logger LIBRARY = Logger.getLogger("org.grassroots");
  private static final Queue<LogRecord> RECORDS = new ConcurrentLinkedQueue<>();
  private static final Handler HANDLER = new Handler() {
    @Override
    public void publish(LogRecord r) {
      RECORDS.add(r);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private static boolean capturing;

  private LibraryLogs() {}

  /**
   * Starts capturing the library's records at every level; once it runs (it stays on for the JVM), a
   * call discards what was logged since the last drain, outside the tests that check it.
   *
   * @throws IllegalStateException when {@link System.Logger} does not route to java.util.logging in
   *     this JVM (a {@link System.LoggerFinder} service on the class path), so that nothing could be seen
   */
  public static synchronized void capture() {
    if (capturing) {
      RECORDS.clear();
      return;
    }
    HANDLER.setLevel(Level.ALL);
    LIBRARY.setLevel(Level.ALL);
    LIBRARY.addHandler(HANDLER);
    String probe = "log capture on " + System.nanoTime();
    System.getLogger(LibraryLogs.class.getName()).log(System.Logger.Level.TRACE, probe);
    if (RECORDS.stream().noneMatch(r -> probe.equals(r.getMessage()))) {
      LIBRARY.removeHandler(HANDLER);
      throw new IllegalStateException("System.Logger does not reach java.util.logging in this JVM (is a"
          + " System.LoggerFinder service such as an SLF4J bridge on the test class path?): the library's log"
          + " lines cannot be checked");
    }
    RECORDS.clear();
    capturing = true;
  }

  /**
   * The lines captured since the last drain, each as a host's log would hold it (level, logger, the
   * message with its parameters filled in, the stack trace of its exception), followed by its raw
   * message and parameters; the capture is emptied.
   */
  public static List<String> drain() {
    SimpleFormatter formatter = new SimpleFormatter();
    List<String> out = new ArrayList<>();
    for (LogRecord r = RECORDS.poll(); r != null; r = RECORDS.poll()) {
      StringBuilder line = new StringBuilder(formatter.format(r)).append(" | ").append(r.getMessage());
      for (Object p : r.getParameters() == null ? new Object[0] : r.getParameters()) {
        line.append(" | ").append(p);
      }
      if (r.getThrown() != null) {
        StringWriter trace = new StringWriter();
        r.getThrown().printStackTrace(new PrintWriter(trace));
        line.append(" | ").append(trace);
      }
      out.add(line.toString());
    }
    return out;
  }

  /**
   * Drains the capture and fails when a line holds an ID number or mobile phone number unmasked, or
   * any of {@code personalValues}.
   *
   * @return the lines checked
   */
  public static List<String> assertNoPersonalValue(Collection<String> personalValues) {
    List<String> lines = drain();
    for (String line : lines) {
      String found = ID_NUMBER.matcher(line).find() ? "an ID number"
          : PHONE.matcher(line).find() ? "a phone number"
          : personalValues.stream().filter(line::contains).findFirst().map(v -> "a personal value").orElse(null);
      if (found != null) {
        throw new AssertionError("a log line holds " + found + " unmasked: " + line);
      }
    }
    return lines;
  }
}

package org.grassroots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The grassroots command-line tool (命令行工具) for researchers.
 *
 * <p>Exit codes: 0 ok; 1 validation errors (an invalid ruleset, a refused value, a bad input
 * file, money with more than 2 decimals, a sweep or scenario too large for the heap, a failing case of
 * {@code test}); 2 usage (unknown option, missing
 * argument); 3 a file could not be read or written; 4 out of memory; 130
 * cancelled by Ctrl-C (128 + SIGINT, the shell's convention) or interrupted.
 */
@Command(name = "grassroots", mixinStandardHelpOptions = true, version = "grassroots 0.1.0-SNAPSHOT",
    description = "Rulesets, assessments and scenario calculations for urban grassroots Party building (城市基层党建).",
    subcommands = {ValidateCommand.class, ImportDivisionsCommand.class, AssessCommand.class,
        ScenarioCommand.class, SweepCommand.class, ExplainCommand.class, SensitivityCommand.class,
        TestCommand.class, SchemaCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0    ok", "  1    validation errors (invalid ruleset, refused value, bad input CSV: file:line), a failing case "
        + "of test, a run refused as too large for the heap (the message names the option that makes it fit)",
        "  2    usage error", "  3    a file could not be read or written",
        "  4    out of memory (fewer sweep points or units, or a larger heap: java -Xmx8g -jar …)",
        "  130  cancelled by Ctrl-C (nothing written; one line says how far the run got)"})
public final class Grassroots implements Runnable {
  public static final int OK = 0;
  public static final int INVALID = 1;
  public static final int USAGE = 2;
  public static final int IO = 3;
  /** The heap ran out: fewer points or units, or a larger -Xmx. */
  public static final int OUT_OF_MEMORY = 4;
  /** 128 + SIGINT: what a shell reports for a program stopped by Ctrl-C. */
  public static final int CANCELLED = 130;
  /** --threads at most: far more than any machine's processors, far below a thread per point. */
  static final int MAX_THREADS = 1024;
  /** Who gains or loses a star or type: at most this many lines in the table output. */
  static final int MAX_FLIP_LINES = 20;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The run's cancellation and progress, shared by the subcommands. */
  final RunControl control;

  Grassroots(RunControl control) {
    this.control = control;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
  }

  /** Runs the tool; Ctrl-C cancels the run (exit code {@value #CANCELLED}). */
  public static void main(String[] args) {
    Objects.requireNonNull(OutOfMemoryLine.ENGLISH); // read now, while there is memory
    RunControl control = new RunControl();
    CtrlC.install(control);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // the tool's own threads hand their failures to the main thread; anything else still ends the
    // run at once with one line, never a stack trace
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      err.println(message(command(args), e));
      err.flush();
      Runtime.getRuntime().halt(exitCode(e));
    });
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), err, control));
  }

  /** Runs the tool with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, new RunControl());
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, RunControl control) {
    try {
      return execute(args, out, err, control);
    } catch (Error e) {
      // the run's data is unreachable once the stack has unwound: there is room for one line again
      err.println(message(command(args), e));
      err.flush();
      return exitCode(e);
    }
  }

  /**
   * The one line (English | 中文) for a failure nobody expected, from any thread: out of memory
   * anywhere in the chain of causes, or an unexpected exception named by its class (and message),
   * never a stack trace.
   */
  static String message(String command, Throwable e) {
    if (outOfMemory(e)) {
      return OutOfMemoryLine.ENGLISH.replace(OutOfMemoryLine.COMMAND, command) + " | "
          + OutOfMemoryLine.CHINESE.replace(OutOfMemoryLine.COMMAND, command);
    }
    String key = "cli.unexpected";
    String what = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return Messages.format(Locale.ENGLISH, key, command, what) + " | "
        + Messages.format(Locale.SIMPLIFIED_CHINESE, key, command, what);
  }

  /**
   * The out-of-memory line (内存不足), read from the bundles when the tool starts: once the heap is
   * full, the JVM may have dropped its softly cached bundles, and reading them again then fails (the
   * line came out as its bare key).
   */
  private static final class OutOfMemoryLine {
    static final String COMMAND = "\u0000";
    static final String ENGLISH = Messages.format(Locale.ENGLISH, "cli.outOfMemory", COMMAND);
    static final String CHINESE = Messages.format(Locale.SIMPLIFIED_CHINESE, "cli.outOfMemory", COMMAND);

    private OutOfMemoryLine() {}
  }

  private static boolean outOfMemory(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** The subcommand named in {@code args}, for messages. */
  private static String command(String[] args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        return a;
      }
    }
    return "grassroots";
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err, RunControl control) {
    CommandLine cl = new CommandLine(new Grassroots(control));
    cl.setOut(out);
    cl.setErr(err);
    ProgramOptions.wholeNumbersThroughDecimals(cl);
    cl.setExitCodeExceptionMapper(Grassroots::exitCode);
    cl.registerConverter(Charset.class, name -> {
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(Messages.bilingual("cli.unknownEncoding", name));
      }
    });
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      int code = exitCode(e);
      if (e instanceof CancellationException) {
        c.getErr().println(c.getCommandName() + ": " + control.cancelledMessage());
        return code;
      }
      Throwable io = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
      String text;
      if (outOfMemory(e) || !(e instanceof InvalidInputException || e instanceof CommandLine.ParameterException
          || io instanceof IOException)) {
        c.getErr().println(message(c.getCommandName(), e));
        return code;
      } else if (e instanceof InvalidInputException iie) {
        text = iie.getMessage(Locale.ENGLISH) + "\n" + iie.getMessage(Locale.SIMPLIFIED_CHINESE);
      } else if (e instanceof CommandLine.ParameterException) {
        text = e.getMessage();
      } else if (io instanceof FileSystemException fse) {
        String reason = fse instanceof NoSuchFileException ? "no such file"
            : fse.getReason() != null ? fse.getReason() : fse.getClass().getSimpleName();
        text = Messages.format(Locale.ENGLISH, "cli.io", fse.getFile(), reason) + "\n"
            + Messages.format(Locale.SIMPLIFIED_CHINESE, "cli.io", fse.getFile(), reason);
      } else {
        text = io.getClass().getName() + (io.getMessage() == null ? "" : ": " + io.getMessage());
      }
      c.getErr().println(c.getCommandName() + ": " + text);
      return code;
    });
    return cl.execute(args);
  }

  static int exitCode(Throwable e) {
    if (outOfMemory(e)) {
      return OUT_OF_MEMORY;
    }
    if (e instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (e instanceof InvalidInputException) {
      return INVALID;
    }
    if (e instanceof UncheckedIOException || e instanceof IOException) {
      return IO;
    }
    if (e instanceof CancellationException) {
      return CANCELLED;
    }
    return INVALID;
  }
}

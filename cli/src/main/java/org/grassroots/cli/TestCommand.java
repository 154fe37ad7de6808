package org.grassroots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.grassroots.input.Messages;
import org.grassroots.rules.format.RulesetFileException;
import org.grassroots.rules.format.RulesetProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code test}: runs cases files (运行测试用例) with no Java — each failing case with its file and
 * line and every outcome expected against got, in English and Chinese.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = {"Runs cases files (a ruleset's cases: the fields ruleset and cases) and prints each failing case "
        + "with its file:line and every outcome expected against got, in English and Chinese, then one line per file.",
        "Exit code 0 when every case of every file passed, 1 when a case failed or a file is invalid."})
final class TestCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "cases files (YAML or JSON)")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean ok = true;
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new NoSuchFileException(f.toString());
      }
      Optional<CasesFiles.Runner> runner = CasesFiles.runner(f);
      if (runner.isEmpty()) {
        out.println(Messages.format(Locale.ENGLISH, "cli.notCasesFile", f));
        out.println(Messages.format(Locale.SIMPLIFIED_CHINESE, "cli.notCasesFile", f));
        ok = false;
        continue;
      }
      CasesFiles.Run run;
      try {
        run = runner.get().run(f);
      } catch (RulesetFileException e) {
        print(out, e.problems());
        out.println(Messages.bilingual("cli.casesInvalid", f, e.problems().size()));
        ok = false;
        continue;
      }
      for (CasesFiles.Failure failure : run.failed()) {
        out.println(Messages.bilingual("cli.caseFailed", failure.at(), failure.name()));
        print(out, failure.mismatches());
      }
      out.println(Messages.bilingual("cli.casesRun", f, run.cases(), run.cases() - run.failed().size(),
          run.failed().size()));
      ok &= run.failed().isEmpty();
    }
    out.flush();
    return ok ? Grassroots.OK : Grassroots.INVALID;
  }

  /** Each problem at its line, in English then Chinese. */
  static void print(PrintWriter out, List<RulesetProblem> problems) {
    for (RulesetProblem p : problems) {
      out.println("  " + p.message(Locale.ENGLISH));
      out.println("  " + p.message(Locale.SIMPLIFIED_CHINESE));
    }
  }
}

package org.grassroots.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.RuleError;
import org.grassroots.assessment.RulesetInvalidException;
import org.grassroots.input.Messages;
import org.grassroots.rules.format.DeclaredProgram;
import org.grassroots.rules.format.FileKind;
import org.grassroots.rules.format.ProgramFiles;
import org.grassroots.rules.format.RulesetDocument;
import org.grassroots.rules.format.RulesetFileException;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.rules.format.RulesetLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate}: checks ruleset files and cases files (校验规则文件), every error at its file and line. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks ruleset files, program files and cases files (YAML or JSON); prints every error with its file, line and path, and warnings (e.g. a gate above the total cap) that leave the file valid. Exit code 1 when any file has errors.")
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "ruleset files, program files (told by their field program), or cases files (told by their fields ruleset or program, and cases; grassroots test runs them)")
  List<Path> files;

  @Option(names = "--library", paramLabel = "DIR", description = "directory of the rulesets these may inherit from")
  Path library;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int errors = 0;
    for (Path f : files) {
      if (!Files.isReadable(f)) {
        spec.commandLine().getErr().println(f + ": cannot read the file / 无法读取文件");
        return Grassroots.IO;
      }
      Optional<CasesFiles.Runner> cases = CasesFiles.runner(f);
      RulesetDocument doc = null;
      try {
        if (cases.isPresent()) {
          out.println(Messages.bilingual("cli.casesOk", f, cases.get().count(f)));
          continue;
        }
        if (FileKind.recognise(f) == FileKind.PROGRAM) {
          // read with what it extends and the ruleset of its criteria, and the program built
          DeclaredProgram p = ProgramFiles.load(f);
          out.println(Messages.bilingual("cli.programOk", f, p.program().name()));
          continue;
        }
        doc = RulesetFiles.read(f);
        RulesetLibrary lib = library == null || doc.ruleset().parent().isEmpty() ? RulesetLibrary.of(List.of(doc))
            : RulesetLibrary.readDirectory(library);
        CompiledRuleset.compile(doc.ruleset().parent().isPresent() ? lib.effective(doc) : doc.ruleset());
        out.println(f + ": ok");
        // what the file allows but cannot work as written (a gate above the total cap): warned, still valid
        lib.warnings(doc).forEach(w -> {
          out.println(w.message(Locale.ENGLISH));
          out.println(w.message(Locale.SIMPLIFIED_CHINESE));
        });
      } catch (RulesetFileException e) {
        errors += e.problems().size();
        e.problems().forEach(p -> {
          out.println(p.message(Locale.ENGLISH));
          out.println(p.message(Locale.SIMPLIFIED_CHINESE));
        });
      } catch (RulesetInvalidException e) {
        // the validator's paths are the file's paths: show each error at its line
        errors += e.errors().size();
        for (RuleError r : e.errors()) {
          String at = doc == null ? f.toString() : doc.locate(r.path()).toString();
          out.println(at + ": " + r.message(Locale.ENGLISH));
          out.println(at + ": " + r.message(Locale.SIMPLIFIED_CHINESE));
        }
      }
    }
    out.flush();
    return errors == 0 ? Grassroots.OK : Grassroots.INVALID;
  }
}

package org.grassroots.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.rules.format.FileKind;
import org.grassroots.rules.format.ProgramCases;
import org.grassroots.rules.format.RulesetCases;
import org.grassroots.rules.format.RulesetFileException;
import org.grassroots.rules.format.RulesetProblem;

/**
 * Cases files (测试用例文件) as {@code validate} and {@code test} see them: which runner a file
 * belongs to, as rules-format's {@link FileKind} tells it, and the run's failed cases.
 *
 * <p>A runner is one kind of cases file: {@link #RULESET} runs a ruleset's cases ({@link
 * FileKind#CASES}); a program's cases file plugs in as another {@link Runner} in {@link #RUNNERS},
 * with the kind rules-format recognises it as.
 */
final class CasesFiles {
  /** Cases of a ruleset: a file with the fields {@code ruleset} and {@code cases}. */
  static final Runner RULESET = new Runner() {
    @Override
    public FileKind kind() {
      return FileKind.CASES;
    }

    @Override
    public int count(Path file) {
      return RulesetCases.read(file).cases().size();
    }

    @Override
    public Run run(Path file) {
      List<RulesetCases.Outcome> outcomes = RulesetCases.read(file).run();
      List<Failure> failed = new ArrayList<>();
      outcomes.stream().filter(o -> !o.passed()).forEach(o -> failed.add(
          new Failure(o.testCase().name(), o.testCase().at().toString(), o.mismatches())));
      return new Run(outcomes.size(), failed);
    }
  };

  /**
   * Cases of a program: a file with the fields {@code program} and {@code cases} (stars held,
   * level, money due and paid per unit), its {@code publicity} runs, each counted as a case, and,
   * when it pins them, the district's {@code totals}, counted as one more case.
   */
  static final Runner PROGRAM = new Runner() {
    @Override
    public FileKind kind() {
      return FileKind.PROGRAM_CASES;
    }

    @Override
    public int count(Path file) {
      return ProgramCases.read(file).size();
    }

    @Override
    public Run run(Path file) {
      List<ProgramCases.Outcome> outcomes = ProgramCases.read(file).runAll();
      List<Failure> failed = new ArrayList<>();
      outcomes.stream().filter(o -> !o.passed()).forEach(o -> failed.add(
          new Failure(o.name(), o.at().toString(), o.mismatches())));
      return new Run(outcomes.size(), failed);
    }
  };

  /** Every kind of cases file; the runner of a file's kind runs it. */
  static final List<Runner> RUNNERS = List.of(RULESET, PROGRAM);

  private CasesFiles() {}

  /**
   * One kind of cases file.
   */
  interface Runner {
    /** The kind of file it runs, as {@link FileKind#recognise} tells it. */
    FileKind kind();

    /**
     * Reads the file and counts its cases.
     *
     * @throws RulesetFileException when the file is malformed (every problem at its line)
     */
    int count(Path file);

    /**
     * Reads the file and runs its cases.
     *
     * @throws RulesetFileException when a file it reads is malformed or invalid
     */
    Run run(Path file);
  }

  /** A run: how many cases ran and the failed ones, in file order. */
  record Run(int cases, List<Failure> failed) {
    Run {
      failed = List.copyOf(failed);
    }
  }

  /**
   * A failed case.
   *
   * @param name the case's name
   * @param at where the case is written ({@code file:line:column})
   * @param mismatches each outcome that differs, expected against got, at its own line
   */
  record Failure(String name, String at, List<RulesetProblem> mismatches) {
    Failure {
      mismatches = List.copyOf(mismatches);
    }
  }

  /**
   * The runner of {@code file}, when rules-format recognises it as a kind of cases file ({@link
   * FileKind#recognise}: by its {@code $schema}, its top-level fields, or its name); empty for a
   * ruleset.
   */
  static Optional<Runner> runner(Path file) {
    FileKind kind = FileKind.recognise(file);
    return RUNNERS.stream().filter(r -> r.kind() == kind).findFirst();
  }
}

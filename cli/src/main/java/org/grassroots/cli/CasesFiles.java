package org.grassroots.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.grassroots.rules.format.RulesetCases;
import org.grassroots.rules.format.RulesetFileException;
import org.grassroots.rules.format.RulesetProblem;

/**
 * Cases files (测试用例文件) as {@code validate} and {@code test} see them: which runner a file
 * belongs to, told by its top-level fields, and the run's failed cases.
 *
 * <p>A runner is one kind of cases file: {@link #RULESET} runs a ruleset's cases ({@code ruleset:}
 * and {@code cases:}); a program's cases file plugs in as another {@link Runner} in {@link #RUNNERS}.
 */
final class CasesFiles {
  /** Cases of a ruleset: a file with the fields {@code ruleset} and {@code cases}. */
  static final Runner RULESET = new Runner() {
    @Override
    public String kind() {
      return "ruleset";
    }

    @Override
    public boolean runs(Set<String> fields) {
      return fields.contains("ruleset") && fields.contains("cases");
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

  /** Every kind of cases file, the first that {@linkplain Runner#runs runs} a file runs it. */
  static final List<Runner> RUNNERS = List.of(RULESET);

  private static final YAMLMapper YAML = new YAMLMapper(); // reads JSON too

  private CasesFiles() {}

  /**
   * One kind of cases file.
   */
  interface Runner {
    /** The kind, for messages: ruleset, program. */
    String kind();

    /** True when a file with these top-level fields is a cases file of this kind. */
    boolean runs(Set<String> fields);

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
   * The runner of {@code file}, when its top-level fields make it a cases file; empty for anything
   * else (a ruleset, or a file that does not parse: the ruleset reader then says where it fails).
   */
  static Optional<Runner> runner(Path file) throws IOException {
    Set<String> fields = new LinkedHashSet<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonNode root = YAML.readTree(in);
      if (root != null && root.isObject()) {
        root.fieldNames().forEachRemaining(fields::add);
      }
    } catch (com.fasterxml.jackson.core.JacksonException | java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
    return RUNNERS.stream().filter(r -> r.runs(fields)).findFirst();
  }
}

package org.grassroots.rules.format.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.grassroots.rules.format.RulesetCases;
import org.grassroots.rules.format.RulesetDocument;
import org.grassroots.rules.format.RulesetFileException;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.rules.format.RulesetLibrary;
import org.grassroots.rules.format.RulesetProblem;

/**
 * Mutations of the shipped example rulesets and cases files (truncation, type swaps, huge and odd
 * numbers, unicode, GB18030 bytes, duplicate keys, second documents, anchors, deep nesting, long
 * text), read as a district's file would be. Whatever the file, the caller gets a ruleset or a
 * {@link RulesetFileException} whose every problem names the file and a line, in both languages —
 * never an {@link Error}, never another exception. Time is bounded by a generous timeout per file,
 * not measured. The counts are printed after the run.
 *
 * <p>Tries: {@code jqwik.tries.default} (in {@code junit-platform.properties}; a longer run passes
 * e.g. {@code -Djqwik.tries.default=5000}, see the module's README).
 */
class FileFuzzProperties {
  private static final String DIR = "/org/grassroots/rules/format/examples/";
  private static final List<String> EXAMPLES = List.of("datong-city.ruleset.yaml", "yungang.ruleset.yaml",
      "pingcheng.ruleset.yaml", "xinrong.ruleset.yaml", "yungang.ruleset.json", "datong-city.cases.yaml",
      "yungang.cases.yaml", "pingcheng.cases.yaml", "xinrong.cases.yaml", "xinrong-refused.cases.yaml");
  private static final Duration GENEROUS = Duration.ofSeconds(60);
  private static final Map<String, LongAdder> OUTCOMES = new ConcurrentHashMap<>();
  private static final LongAdder TRIED = new LongAdder();

  /** A file to mutate, the mutations, and the seed of their choices. */
  record Mutant(String example, List<Mutation> mutations, long seed) {}

  @Provide
  Arbitrary<Mutant> mutants() {
    return Combinators.combine(
            Arbitraries.of(EXAMPLES),
            Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.longs())
        .as(Mutant::new);
  }

  @Property(shrinking = ShrinkingMode.OFF)
  void aMutatedExampleIsReadOrRefusedWithFileAndLine(@ForAll("mutants") Mutant mutant) throws IOException {
    Path dir = Files.createTempDirectory("fuzz");
    try {
      for (String e : EXAMPLES) {
        Files.write(dir.resolve(e), example(e));
      }
      Random random = new Random(mutant.seed());
      String text = new String(example(mutant.example()), StandardCharsets.UTF_8);
      Mutation last = mutant.mutations().get(0);
      for (Mutation m : mutant.mutations()) {
        text = m.apply(text, random);
        last = m;
      }
      boolean gbk = mutant.mutations().contains(Mutation.GBK_BYTES);
      Path file = dir.resolve(mutant.example());
      Files.write(file, (gbk ? Mutation.GBK_BYTES : last).bytes(text));
      TRIED.increment();
      String outcome = assertTimeoutPreemptively(GENEROUS, () -> read(dir, file), () -> "timed out: " + mutant);
      OUTCOMES.computeIfAbsent(outcome, k -> new LongAdder()).increment();
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Reads a ruleset (and resolves it against the examples) or a cases file (and runs it). */
  private static String read(Path dir, Path file) {
    try {
      if (file.getFileName().toString().contains(".cases.")) {
        RulesetCases.read(file).run();
        return "cases run";
      }
      RulesetDocument doc = RulesetFiles.read(file);
      List<RulesetDocument> docs = new ArrayList<>();
      docs.add(doc);
      String mutated = file.getFileName().toString();
      String base = mutated.substring(0, mutated.indexOf('.'));
      for (String e : EXAMPLES) {
        Path other = dir.resolve(e);
        // yungang.ruleset.json is yungang.ruleset.yaml in JSON: one of them in a library
        if (e.contains(".ruleset.") && !e.startsWith(base + ".") && !e.endsWith(".json")) {
          docs.add(RulesetFiles.read(other));
        }
      }
      RulesetLibrary.of(docs).effective(doc);
      return "ruleset read";
    } catch (RulesetFileException e) {
      assertThat(e.problems()).isNotEmpty();
      for (RulesetProblem p : e.problems()) {
        assertThat(p.at().line()).as(p.toString()).isPositive();
        String en = p.message(Locale.ENGLISH);
        String zh = p.message(Locale.CHINESE);
        assertThat(en).startsWith(p.at().file() + ":").doesNotContain("\tat ");
        assertThat(zh).startsWith(p.at().file() + ":");
      }
      assertThat(e.getMessage().length()).as("an excerpt, not the input").isLessThan(20_000);
      RulesetProblem first = e.problems().get(0);
      return "refused " + first.refusal().map(r -> r.key()).orElse(first.key());
    }
  }

  private static byte[] example(String name) {
    try (InputStream in = FileFuzzProperties.class.getResourceAsStream(DIR + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void printCounts() {
    Map<String, Long> sorted = new TreeMap<>();
    OUTCOMES.forEach((k, v) -> sorted.put(k, v.sum()));
    StringBuilder sb = new StringBuilder("rules-format fuzz: ").append(TRIED.sum()).append(" mutated files tried:");
    sorted.forEach((k, v) -> sb.append("\n  ").append(v).append(" ").append(k));
    System.out.println(sb);
  }
}

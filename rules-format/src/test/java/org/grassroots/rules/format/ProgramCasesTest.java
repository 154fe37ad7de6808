package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Program cases files pin the stars held per unit, levels, what is paid and the district's totals. */
class ProgramCasesTest {
  private static final String DIR = ProgramFilesTest.DIR;

  @Test
  void theSeedCasesPass() {
    ProgramCases cases = ProgramCases.read(ProgramCasesTest.class.getResource(DIR + "yungang-stars.cases.yaml"));
    List<ProgramCases.Outcome> out = cases.run();
    assertThat(out).hasSize(4).allSatisfy(o -> assertThat(o.passed()).as(o.name() + ": " + o.mismatches()).isTrue());
    assertThat(cases.totalsOutcome().passed()).as(cases.totalsOutcome().mismatches().toString()).isTrue();
    assertThat(cases.runAll()).hasSize(4 + 5 + 1).hasSize(cases.size())
        .allSatisfy(o -> assertThat(o.passed()).as(o.name() + ": " + o.mismatches()).isTrue())
        .extracting(ProgramCases.Outcome::name).endsWith("复核后撤回", "totals");
  }

  /** The seed program and ruleset, and {@code cases} beside them in {@code dir}. */
  private static Path withSeeds(Path dir, String cases) throws IOException {
    for (String f : List.of("yungang-stars.program.yaml", "yungang-stars.ruleset.yaml", "yungang-stars.cases.yaml")) {
      try (InputStream in = ProgramCasesTest.class.getResourceAsStream(DIR + f)) {
        Files.write(dir.resolve(f), in.readAllBytes());
      }
    }
    Path p = dir.resolve("x.cases.yaml");
    Files.writeString(p, cases);
    return p;
  }

  @Test
  void aWrongExpectationNamesTheLineExpectedAndGotInBothLanguages(@TempDir Path dir) throws IOException {
    String seed = Files.readString(withSeeds(dir, "").resolveSibling("yungang-stars.cases.yaml"));
    Path p = withSeeds(dir, seed.replace("level: 3, due: \"60000.00\", paid: \"60000.00\"", "level: 4, due: \"60000.00\", paid: \"60000.01\"")
        .replace("count[pioneer]: 3", "count[pioneer]: 4").replace("due: \"320000.00\"", "due: \"320000\"")
        .replace("holds: [pioneer, co-governance, basics, service, liveable]", "holds: [pioneer]"));
    ProgramCases cases = ProgramCases.read(p);
    List<ProgramCases.Outcome> out = cases.run();
    assertThat(out.get(1).passed()).isTrue();
    String first = String.join("\n", out.get(0).mismatches().stream().map(m -> m.message(Locale.ENGLISH)).toList());
    assertThat(first).contains(p + ":20:", "cases[0].expect.holds", "expected holds = [pioneer]",
        "[pioneer, co-governance, basics, service, liveable]");
    List<String> fourth = out.get(3).mismatches().stream().map(m -> m.message(Locale.ENGLISH) + " | "
        + m.message(Locale.CHINESE)).toList();
    assertThat(fourth).hasSize(2);
    assertThat(fourth.get(0)).contains(p + ":23:", "level", "expected level = 4, got 3");
    assertThat(fourth.get(1)).contains("paid", "60000.01", "60000.00").containsPattern("\\p{IsHan}");
    List<String> totals = cases.totalsOutcome().mismatches().stream().map(m -> m.message(Locale.ENGLISH)).toList();
    assertThat(totals).singleElement().asString().contains(p + ":32:", "totals.count[pioneer]", "expected count[pioneer] = 4, got 3");
  }

  @Test
  void anUnknownFigureOrInputIsAProblemOfTheFile(@TempDir Path dir) throws IOException {
    Path p = withSeeds(dir, "program: yungang-stars.program.yaml\nperiod: 2022\ncases:\n  - {unit: u1, expect: {level: 0}}\n"
        + "totals: {stars: 1}\n");
    ProgramCases.Outcome totals = ProgramCases.read(p).totalsOutcome();
    assertThat(totals.mismatches()).singleElement().satisfies(m -> assertThat(m.message(Locale.ENGLISH))
        .contains(p + ":5:", "no figure \"stars\"", "total, due", "count[pioneer]"));
    Path q = withSeeds(dir, "program: yungang-stars.program.yaml\nperiod: 2022\ncases:\n"
        + "  - {unit: u1, inputs: {nowhere: 1}, expect: {level: 0}}\n");
    assertThatThrownBy(() -> ProgramCases.read(q).run()).isInstanceOf(RulesetFileException.class)
        .hasMessageContaining(q + ":4:").hasMessageContaining("nowhere");
    Path r = withSeeds(dir, "program: yungang-stars.program.yaml\nperiod: 2022\ncases:\n"
        + "  - {unit: u1, expect: {stars: 0}}\n");
    assertThatThrownBy(() -> ProgramCases.read(r)).isInstanceOf(RulesetFileException.class)
        .hasMessageContaining(r + ":4:").hasMessageContaining("unknown field \"stars\"");
  }

  @Test
  void casesOfAPeriodLengthTheRulesetDoesNotRateAreRefusedAtThePeriodsLineInBothLanguages(@TempDir Path dir)
      throws IOException {
    Path p = withSeeds(dir, "program: yungang-stars.program.yaml\nperiod: 2022\ncases:\n  - {unit: u1, expect: {level: 0}}\n");
    Path rules = dir.resolve("yungang-stars.ruleset.yaml");
    String annual = Files.readString(rules).replace("subjectKind: community-org", "subjectKind: community-org\nperiod: year");
    Files.writeString(rules, annual);
    assertThat(ProgramCases.read(p).run()).singleElement().satisfies(o -> assertThat(o.passed()).isTrue());
    Files.writeString(p, Files.readString(p).replace("period: 2022", "period: 2022-2023"));
    assertThatThrownBy(() -> ProgramCases.read(p).run()).isInstanceOf(RulesetFileException.class).satisfies(e -> {
      RulesetFileException x = (RulesetFileException) e;
      assertThat(x.getMessage(Locale.ENGLISH)).contains(p + ":2:", "period", "2022-2023");
      assertThat(x.getMessage(Locale.CHINESE)).contains(p + ":2:", "2022-2023", "评定周期");
    });
  }
}

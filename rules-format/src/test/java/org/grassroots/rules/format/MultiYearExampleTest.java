package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.grassroots.rules.PeriodKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape-h example from a published text (六安市民主法治示范村（社区）, named every two years): its
 * cases pass for 2023-2024, and the same cases for one year are refused at the period's line.
 */
class MultiYearExampleTest {
  private static final String DIR = "/org/grassroots/rules/format/examples/";

  @Test
  void theTwoYearExamplesCasesPass() {
    RulesetCases cases = RulesetCases.read(MultiYearExampleTest.class.getResource(DIR + "luan-rule-of-law.cases.yaml"));
    assertThat(cases.period().kind()).isEqualTo(PeriodKind.TWO_YEARS);
    assertThat(cases.run()).hasSize(4).allSatisfy(o -> assertThat(o.passed()).as(o.toString()).isTrue());
    assertThat(RulesetFiles.read(MultiYearExampleTest.class.getResource(DIR + "luan-rule-of-law.ruleset.yaml"))
        .ruleset().period()).contains(PeriodKind.TWO_YEARS);
  }

  @Test
  void theSameCasesForOneYearAreRefused(@TempDir Path dir) throws IOException {
    for (String f : new String[] {"luan-rule-of-law.ruleset.yaml", "luan-rule-of-law.cases.yaml"}) {
      try (InputStream in = MultiYearExampleTest.class.getResourceAsStream(DIR + f)) {
        Files.write(dir.resolve(f), in.readAllBytes());
      }
    }
    Path cases = dir.resolve("luan-rule-of-law.cases.yaml");
    Files.writeString(cases, Files.readString(cases).replace("period: 2023-2024", "period: 2024"));
    assertThatThrownBy(() -> RulesetCases.read(cases).run()).isInstanceOf(RulesetFileException.class)
        .satisfies(e -> {
          assertThat(((RulesetFileException) e).getMessage(Locale.ENGLISH)).contains("luan-rule-of-law.cases.yaml:",
              "period", "2024", "(two years, e.g. 2023-2024)");
          assertThat(((RulesetFileException) e).getMessage(Locale.CHINESE)).contains("评定周期", "2024");
        });
  }
}

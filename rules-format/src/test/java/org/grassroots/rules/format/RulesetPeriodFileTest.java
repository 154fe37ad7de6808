package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.grassroots.rules.PeriodKind;
import org.grassroots.rules.Ruleset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ruleset file declares the length of the period it rates ({@code period: twoYears}, 两年一评):
 * round trip, schema, a bad value, and a cases file of another length refused at its line.
 */
class RulesetPeriodFileTest {
  private static final String DIR = "/org/grassroots/rules/format/examples/";

  private static String text(String name) throws IOException {
    try (InputStream in = RulesetPeriodFileTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** The two-year branch rating with its length declared, and its cases, in {@code dir}. */
  private static Path twoYears(Path dir) throws IOException {
    Files.writeString(dir.resolve("branch-rating.ruleset.yaml"), text("branch-rating.ruleset.yaml")
        .replace("\nsubjectKind:", "\nperiod: twoYears\nsubjectKind:"));
    Path cases = dir.resolve("branch-rating.cases.yaml");
    Files.writeString(cases, text("branch-rating.cases.yaml"));
    return cases;
  }

  @Test
  void theDeclaredLengthReadsBackEqualFromYamlAndJsonAndTheSchemaTakesIt(@TempDir Path dir) throws IOException {
    twoYears(dir);
    Ruleset r = RulesetFiles.read(dir.resolve("branch-rating.ruleset.yaml")).ruleset();
    assertThat(r.period()).contains(PeriodKind.TWO_YEARS);
    for (FileFormat f : FileFormat.values()) {
      String written = RulesetFiles.write(r, f);
      assertThat(written).contains("twoYears");
      assertThat(RulesetFiles.read(f == FileFormat.JSON ? "r.json" : "r.yaml", written).ruleset()).isEqualTo(r);
      assertThat(RulesetSchemaTest.schema().validate(f.mapper().readTree(written))).isEmpty();
    }
    assertThat(RulesetSchemaTest.schema().validate(FileFormat.YAML.mapper().readTree(
        RulesetFiles.write(r, FileFormat.YAML).replace("twoYears", "biennial")))).isNotEmpty();
  }

  @Test
  void anUnknownLengthNamesTheFileTheLineAndThePathInBothLanguages(@TempDir Path dir) throws IOException {
    twoYears(dir);
    Path f = dir.resolve("branch-rating.ruleset.yaml");
    String good = Files.readString(f);
    Files.writeString(f, good.replace("period: twoYears", "period: biennial"));
    int line = (int) good.substring(0, good.indexOf("period: twoYears")).chars().filter(c -> c == '\n').count() + 1;
    assertThatThrownBy(() -> RulesetFiles.read(f)).isInstanceOf(RulesetFileException.class).satisfies(e -> {
      RulesetFileException x = (RulesetFileException) e;
      assertThat(x.getMessage(Locale.ENGLISH)).contains(f + ":" + line + ":", "period", "biennial", "twoYears");
      assertThat(x.getMessage(Locale.CHINESE)).contains(f + ":" + line + ":", "biennial").containsPattern("\\p{IsHan}");
    });
  }

  @Test
  void casesOfTheDeclaredLengthRunAndOfAnotherAreRefusedAtThePeriodsLine(@TempDir Path dir) throws IOException {
    Path cases = twoYears(dir);
    assertThat(RulesetCases.read(cases).run()).isNotEmpty().allSatisfy(o -> assertThat(o.passed()).isTrue());
    String good = Files.readString(cases);
    Files.writeString(cases, good.replace("period: 2023-2024", "period: 2024"));
    int line = (int) good.substring(0, good.indexOf("period: 2023-2024")).chars().filter(c -> c == '\n').count() + 1;
    assertThatThrownBy(() -> RulesetCases.read(cases).run()).isInstanceOf(RulesetFileException.class).satisfies(e -> {
      RulesetFileException x = (RulesetFileException) e;
      assertThat(x.getMessage(Locale.ENGLISH)).contains("branch-rating.cases.yaml:" + line + ":", "period", "2024", "two years",
          "2023-2024");
      assertThat(x.getMessage(Locale.CHINESE)).contains("branch-rating.cases.yaml:" + line + ":", "2024", "评定周期");
    });
  }
}

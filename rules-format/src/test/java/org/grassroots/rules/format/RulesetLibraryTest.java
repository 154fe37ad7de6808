package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetId;
import org.grassroots.rules.RulesetRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesetLibraryTest {
  @TempDir Path dir;

  @Test
  void aDirectoryOfRulesetFilesResolvesEachDistrict() throws IOException {
    for (String n : Examples.RULESETS) {
      Examples.copy(n, dir);
    }
    Examples.copy("yungang.cases.yaml", dir); // not a ruleset file: left alone
    RulesetLibrary lib = RulesetLibrary.readDirectory(dir);
    assertThat(lib.documents()).hasSize(3);
    Ruleset yungang = lib.effective(new RulesetRef(DistrictId.of("yungang"), RulesetId.of("community-assessment"), 1));
    assertThat(yungang.parent()).isEmpty();
    assertThat(yungang.grades().get(0).minTotal().orElseThrow().value()).isEqualTo(920_000);
    assertThat(yungang.vetoes()).extracting(v -> v.id().value())
        .containsExactly("major-incident-veto", "discipline-veto", "petition-veto");
  }

  @Test
  void theProblemsOfEveryFileAreReportedTogether() throws IOException {
    Files.writeString(dir.resolve("a.ruleset.yaml"), "id: a\ndistrict: d\nversion: 1\nname: 甲\n"
        + "effectiveFrom: 2024-01-01\nsubjectKind: community\ncolour: red\n");
    Files.writeString(dir.resolve("b.ruleset.json"), "{\"id\": \"b\",}");
    RulesetFileException e = catchThrowableOfType(RulesetFileException.class, () -> RulesetLibrary.readDirectory(dir));
    assertThat(e.problems()).extracting(p -> p.at().file()).containsExactly(
        dir.resolve("a.ruleset.yaml").toString(), dir.resolve("b.ruleset.json").toString());
    assertThat(e.problems().get(0).at().line()).isEqualTo(7);
  }

  @Test
  void twoFilesWithTheSameRevisionAreRefused() {
    RulesetDocument y = Examples.read("yungang.ruleset.yaml");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> RulesetLibrary.of(java.util.List.of(y, Examples.read("yungang.ruleset.json"))));
    assertThat(e.getMessage()).contains("yungang/community-assessment@v1").contains("yungang.ruleset.yaml");
  }
}

package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program file's {@code extends} and {@code rules} may name a class path resource ({@code classpath:/…}). */
class ProgramClasspathParentTest {
  private static final String SEED = "classpath:/org/grassroots/rules/format/examples/yungang-stars.program.yaml";

  @Test
  void aDistrictExtendsTheShippedSchemeOnTheClassPath(@TempDir Path dir) throws IOException {
    Path d = dir.resolve("district.program.yaml");
    Files.writeString(d, "program: d\nextends: " + SEED + "\nreward: {perStar: \"15000\"}\n");
    DeclaredProgram p = ProgramFiles.load(d);
    StarProgram s = (StarProgram) p.program();
    assertThat(s.scheme().rewardPerStar()).isEqualTo(Money.ofYuan(15_000));
    // the criteria: the seed's ruleset file, found relative to the seed on the class path
    assertThat(s.scheme().stars()).hasSize(5);
    assertThat(p.declaration().periods().publicityDays()).hasValue(7);
    // rules may name the class path too, without extends
    Files.writeString(d, "program: d\nkind: stars\nrules: classpath:org/grassroots/rules/format/examples/"
        + "yungang-stars.ruleset.yaml\nreward: {perStar: 1}\n");
    assertThat(((StarProgram) ProgramFiles.load(d).program()).scheme().stars()).hasSize(5);
  }

  @Test
  void aMissingClassPathParentOrRulesNamesTheFileTheLineAndTheValueInBothLanguages(@TempDir Path dir)
      throws IOException {
    Path d = dir.resolve("district.program.yaml");
    for (String[] bad : new String[][] {
        {"program: d\nextends: classpath:/org/nowhere/city.program.yaml\n", ":2:", "classpath:/org/nowhere/city.program.yaml"},
        {"program: d\nkind: stars\nrules: classpath:/nowhere.ruleset.yaml\n", ":3:", "classpath:/nowhere.ruleset.yaml"}}) {
      Files.writeString(d, bad[0]);
      assertThatThrownBy(() -> ProgramFiles.load(d)).isInstanceOf(RulesetFileException.class).satisfies(e -> {
        RulesetFileException x = (RulesetFileException) e;
        assertThat(x.getMessage(Locale.ENGLISH)).contains(d + bad[1], "no file", bad[2]);
        assertThat(x.getMessage(Locale.CHINESE)).contains(d + bad[1], "找不到文件", bad[2]);
      });
    }
  }
}

package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.TieBreak;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarProgram;
import org.grassroots.stars.StarReward;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reward per level in program files (按星级奖励): round trip, schema, a bad file, the program built. */
class ProgramRewardPerLevelFileTest {
  private static final List<Money> AMOUNTS = List.of(Money.ofFen(800_050), Money.ofYuan(15_000), Money.ofYuan(30_000));

  static ProgramDeclaration perLevel() {
    return ProgramDeclaration.builder("levels").kind(ProgramDeclaration.Kind.STARS).rules("r.ruleset.yaml")
        .levels(List.of(new ProgramDeclaration.Level("三星", Bound.inclusive(Fixed.of(60)), List.of()),
            new ProgramDeclaration.Level("四星", Bound.inclusive(Fixed.of(75)), List.of()),
            new ProgramDeclaration.Level("五星", Bound.inclusive(Fixed.of(90)), List.of())))
        .reward(new ProgramDeclaration.Reward(StarReward.perLevel(AMOUNTS), Optional.of(
            RewardPolicy.byRank(Money.ofYuan(100_000), TieBreak.RankMode.COMPETITION))))
        .build();
  }

  @Test
  void aRewardPerLevelReadsBackEqualFromYamlAndJsonAndTheSchemaTakesIt() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ProgramFilesTest.schemaTree());
    for (FileFormat f : FileFormat.values()) {
      String text = ProgramFiles.write(perLevel(), f);
      assertThat(ProgramFiles.read(f == FileFormat.JSON ? "p.json" : "p.yaml", text).declaration()).as(text)
          .isEqualTo(perLevel());
      assertThat(schema.validate(f.mapper().readTree(text))).as(text).isEmpty();
    }
    assertThat(ProgramFiles.write(perLevel(), FileFormat.YAML)).contains("perLevel:", "\"8000.50\"", "\"30000.00\"")
        .doesNotContain("perStar");
    assertThat(schema.validate(FileFormat.YAML.mapper().readTree(
        "program: p\nreward: {perStar: 1, perLevel: [1]}\n"))).isNotEmpty();
    assertThat(schema.validate(FileFormat.YAML.mapper().readTree("program: p\nreward: {perLevel: [\"1.001\"]}\n")))
        .isNotEmpty();
  }

  @Test
  void aGradedFileWithARewardPerLevelPaysEachUnitItsLevelsAmount(@TempDir Path dir) throws IOException {
    Path d = ProgramFilesTest.gradedRuleset(dir);
    Files.writeString(d, """
        program: graded
        extends: ../city/stars.program.yaml
        rules: graded.ruleset.yaml
        levels:
          - {name: 三星, atLeast: 40}
          - {name: 四星, atLeast: 60}
          - {name: 五星, atLeast: 80}
        reward: {perLevel: ["8000.50", "15000", 30000]}
        """);
    StarProgram s = (StarProgram) ProgramFiles.load(d).program();
    assertThat(s.scheme().reward()).isEqualTo(StarReward.perLevel(AMOUNTS));
    assertThat(s.scheme().reward().due(2)).isEqualTo(Money.ofYuan(15_000));
    assertThat(s.toString()).contains("by level");
  }

  @Test
  void aBadRewardPerLevelNamesTheFileTheLineAndThePath(@TempDir Path dir) throws IOException {
    String head = "program: d\nextends: ../city/stars.program.yaml\n";
    String file = dir.resolve("district/stars.program.yaml").toString();
    List<String[]> bad = List.of(
        // the city's five named stars, three amounts
        new String[] {head + "reward: {perLevel: [1, 2, 3]}\n", ":3:", "reward.perLevel", "3 rewards per level for 5 stars",
            "应每级一个"},
        new String[] {head + "reward:\n  perLevel:\n    - 1\n    - \"2.001\"\n", ":6:", "reward.perLevel[1]", "2.001",
            "2.001"},
        new String[] {head + "reward: {perStar: 1, perLevel: [1]}\n", ":3:", "reward", "perStar, perLevel", "perLevel"},
        new String[] {head + "reward: {perLevel: []}\n", ":3:", "reward.perLevel", "[]", "[]"});
    for (String[] b : bad) {
      String message = ProgramFilesTest.problem(dir, b[0]);
      assertThat(message).as(b[0]).contains(file + b[1]).contains(b[2]).contains(b[3]).contains(b[4]);
    }
  }
}

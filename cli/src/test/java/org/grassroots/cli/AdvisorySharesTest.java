package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Advisory shares (指导性比例, "10%左右") as the tool prints them: the shipped example
 * wuxing-chuangping (五星创评) assessed over its cases' twelve branches, each advisory share printed
 * beside the actual one by {@code assess} and {@code scenario}, and explained in labels, never in
 * Java names.
 */
class AdvisorySharesTest {
  private final ToolRun tool = new ToolRun();
  @TempDir
  Path dir;
  private Path ruleset;
  private Path measurements;

  /** The scores and 党建创新项目 of the example's cases file (d01–d12). */
  private static final String[][] UNITS = {{"d01", "112", "1"}, {"d02", "90", "1"}, {"d03", "95", "1"},
      {"d04", "100", "1"}, {"d05", "98", "0"}, {"d06", "89.5", "1"}, {"d07", "80", "0"}, {"d08", "79.5", "0"},
      {"d09", "70", "0"}, {"d10", "69.5", "0"}, {"d11", "60", "0"}, {"d12", "59.5", "0"}};

  @BeforeEach
  void files() throws Exception {
    ruleset = ToolRun.example(dir, "wuxing-chuangping.ruleset.yaml");
    List<String> rows = new ArrayList<>(List.of("unit,indicator,value"));
    for (String[] u : UNITS) {
      rows.add(u[0] + ",score," + u[1]);
      rows.add(u[0] + ",innovation," + u[2]);
    }
    measurements = Files.write(dir.resolve("m.csv"), rows);
  }

  /** A tree of one 市直工委 over the twelve branches, or two committees of six each. */
  private Path tree(boolean twoCommittees) throws Exception {
    List<String> rows = new ArrayList<>(List.of("id,parent,kind,name", "city,,district,市直机关",
        "pc1,city,party-committee,第一工委", "pc2,city,party-committee,第二工委"));
    for (int i = 0; i < UNITS.length; i++) {
      rows.add(UNITS[i][0] + "," + (twoCommittees && i >= 6 ? "pc2" : "pc1") + ",branch,支部" + (i + 1));
    }
    return Files.write(dir.resolve(twoCommittees ? "two.csv" : "one.csv"), rows);
  }

  private String[] args(Path tree, String... command) {
    return ToolRun.withData(ruleset, tree, measurements, "2023", command);
  }

  @Test
  void assessPrintsEachAdvisoryShareBesideTheActualShareExactly() throws Exception {
    assertThat(tool.run(args(tree(false), "assess", "--format", "csv"))).as(tool::toString).isZero();
    // 五星 d01–d04, 四星 d05–d07, 三星 d08–d09: nothing cut, every share reported over the 12 branches
    assertThat(tool.out.toString()).contains(
        "five-star,五星,4",
        "advisory.five-star-about-10,五星: advised about 10% 五星：建议约 10%,4/12 = 33.33%",
        "advisory.four-star-about-30,四星: advised about 30% 四星：建议约 30%,3/12 = 25.00%",
        "advisory.three-star-about-40,三星: advised about 40% 三星：建议约 40%,2/12 = 16.67%",
        "advisory.three-star-or-better-about-80,三星 or better: advised about 80% 三星及以上：建议约 80%,9/12 = 75.00%")
        .doesNotContain("groupsOver");

    // two committees: the shares of both together, and how many committees are above the advised share
    assertThat(tool.fresh(args(tree(true), "assess", "--format", "csv"))).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains("advisory.five-star-about-10,五星: advised about 10% 五星：建议约 10%,"
        + "4/12 = 33.33%", "advisory.five-star-about-10.groupsOver,groups above the advised share 超出建议比例的组数,1/2");
  }

  @Test
  void scenarioPrintsTheSharesOfTheBaselineAndTheScenario() throws Exception {
    assertThat(tool.run(args(tree(false), "scenario", "--format", "csv", "--set", "grades[five-star].minTotal=96")))
        .as(tool::toString).isZero();
    // at 96, d02 (90) and d03 (95) fall to 四星
    assertThat(tool.out.toString()).contains(
        "advisory.five-star-about-10,五星: advised about 10% 五星：建议约 10%,4/12 = 33.33%,2/12 = 16.67%",
        "advisory.four-star-about-30,四星: advised about 30% 四星：建议约 30%,3/12 = 25.00%,5/12 = 41.67%");
  }

  @Test
  void explainShowsTheRoundingAndTieBreakByTheirLabels() throws Exception {
    assertThat(tool.run(args(tree(false), "explain", "--unit", "d03"))).as(tool::toString).isZero();
    assertThat(tool.out.toString()).contains(
        "advised limit 1 = 0.1 × 12, rounded half up", "competition ranking",
        "建议限额 1 = 0.1 × 12，四舍五入", "标准竞赛排名")
        .doesNotContain("HALF_UP", "COMPETITION");
  }
}

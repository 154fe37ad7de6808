package org.grassroots.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.assessment.QuotaShare;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.junit.jupiter.api.Test;

/**
 * The quota shares of the examples from published texts are reported as their headers say — limit
 * beside the actual share, over the units the text counts: advisory shares cut nothing, cutting ones
 * (a share of another grade's holders, a cumulative share) cut exactly past the limit (a cases file
 * pins the grades; this pins the report).
 */
class PublishedTextExamplesTest {

  /** One group of {@code kind} under a district, holding {@code units} of the ruleset's subject kind. */
  private static TreeSnapshot group(Ruleset r, OrgKind kind, List<String> units) {
    TreeSnapshot.Builder b = TreeSnapshot.builder(units.size() + 2);
    OrgUnitId root = OrgUnitId.of("root");
    OrgUnitId g = OrgUnitId.of("g");
    b.add(root, null, OrgKind.DISTRICT);
    b.add(g, root, kind);
    units.forEach(u -> b.add(OrgUnitId.of(u), g, r.subjectKind()));
    return b.build();
  }

  private static Assessment assess(Ruleset r, TreeSnapshot tree, Map<String, Map<String, Long>> inputs) {
    InputColumns.Builder in = InputColumns.builder(tree, Period.year(2024));
    inputs.forEach((unit, values) -> values.forEach(
        (input, v) -> in.set(IndicatorId.of(input), tree.require(OrgUnitId.of(unit)), v)));
    return CompiledRuleset.compile(r).evaluate(in.build());
  }

  @Test
  void minzhuPingyiReportsOneThirdOfTheFullMembersBesideTheActualShareAndCutsNone() {
    // 优秀 一般不超过党员总数（正式党员，不含预备党员）的三分之一: 11 正式党员 → at most 3; 5 proposed 优秀 keep it
    Ruleset r = Examples.read("minzhu-pingyi.ruleset.yaml").ruleset();
    List<String> units = List.of("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10", "p11", "p12",
        "p13");
    TreeSnapshot tree = group(r, OrgKind.of("branch"), units);
    Map<String, Map<String, Long>> in = new java.util.LinkedHashMap<>();
    for (String u : units) {
      int n = Integer.parseInt(u.substring(1));
      long opinion = n <= 5 ? 1 : 2;
      long category = n == 11 || n == 12 ? 2 : 1;
      in.put(u, Map.of("opinion", Fixed.of(n == 11 ? 1 : opinion), "member-category", Fixed.of(category)));
    }
    Assessment a = assess(r, tree, in);
    QuotaShare s = a.quotaShares(RuleId.of("excellent-a-third")).get(0);
    assertThat(s.size()).as("党员总数: the 正式党员 assessed").isEqualTo(11);
    assertThat(s.limit()).isEqualTo(3);
    assertThat(s.holders()).isEqualTo(5);
    assertThat(s.kept()).isEqualTo(5);
    assertThat(s.actualShare()).isEqualTo(Fraction.of(5, 11));
    assertThat(s.overLimit()).isTrue();
    assertThat(a.notAssessed(OrgUnitId.of("p11"))).isTrue();
    assertThat(a.cutByQuota(OrgUnitId.of("p05"))).isFalse();
    assertThat(a.explain(OrgUnitId.of("p05")).text(Locale.CHINESE)).contains("指导性比例【excellent-a-third】",
        "建议限额 3 = 1/3 × 11，向下取整");
  }

  @Test
  void wuxingChuangpingReportsEachAboutShareAndTheCumulativeOneOfTheTwelveUnits() {
    // 五星 10%左右, 四星 30%左右, 三星 40%左右, 二星及以下 20%左右 (三星及以上 80%左右) of 12 units
    Ruleset r = Examples.read("wuxing-chuangping.ruleset.yaml").ruleset();
    String[] scores = {"110", "90", "95", "100", "98", "89.5", "80", "79.5", "70", "69.5", "60", "59.5"};
    List<String> units = new java.util.ArrayList<>();
    Map<String, Map<String, Long>> in = new java.util.LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      String u = String.format("d%02d", i + 1);
      units.add(u);
      in.put(u, Map.of("score", Fixed.parse(scores[i]), "innovation", Fixed.of(i < 4 || i == 5 ? 1 : 0)));
    }
    Assessment a = assess(r, group(r, OrgKind.of("party-committee"), units), in);
    // limit (halfUp of the share of 12), holders and none cut
    Map<String, int[]> expected = Map.of("five-star-about-10", new int[] {1, 4}, "four-star-about-30", new int[] {4, 3},
        "three-star-about-40", new int[] {5, 2}, "three-star-or-better-about-80", new int[] {10, 9});
    expected.forEach((quota, limitAndHolders) -> {
      QuotaShare s = a.quotaShares(RuleId.of(quota)).get(0);
      assertThat(s.size()).as(quota).isEqualTo(12);
      assertThat(s.limit()).as(quota).isEqualTo(limitAndHolders[0]);
      assertThat(s.holders()).as(quota).isEqualTo(limitAndHolders[1]);
      assertThat(s.kept()).as(quota).isEqualTo(limitAndHolders[1]);
    });
    assertThat(a.quotaShares(RuleId.of("five-star-about-10")).get(0).overLimit()).isTrue();
    assertThat(a.quotaShares(RuleId.of("three-star-or-better-about-80")).get(0).overLimit()).isFalse();
    assertThat(units).noneMatch(u -> a.cutByQuota(OrgUnitId.of(u)));
  }

  @Test
  void youxiuLunwenTakesTheTenthOfTheAwardedNotOfEveryThesis() {
    // 不超过学位委员会授予学位人数的10%: ten theses, one author not awarded → 10% of 9, floor 0; the best cut
    Ruleset r = Examples.read("youxiu-lunwen.ruleset.yaml").ruleset();
    List<String> units = List.of("t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09", "t10");
    Map<String, Map<String, Long>> in = new java.util.LinkedHashMap<>();
    for (String u : units) {
      long best = u.equals("t01") ? 1 : 0;
      long review = u.equals("t01") ? 95 : 80;
      in.put(u, Map.of("review-1", Fixed.of(review), "review-2", Fixed.of(review), "review-3", Fixed.of(review),
          "degree", Fixed.of(u.equals("t10") ? 0 : 1), "blind-recommendations", Fixed.of(best),
          "defence-recommended", Fixed.of(best), "related-paper", Fixed.of(best)));
    }
    Assessment a = assess(r, group(r, OrgKind.of("college"), units), in);
    QuotaShare s = a.quotaShares(RuleId.of("excellent-tenth-of-awarded")).get(0);
    assertThat(s.size()).as("授予学位人数: the nine awarded, not the ten theses").isEqualTo(9);
    assertThat(s.limit()).isZero();
    assertThat(s.holders()).isEqualTo(1);
    assertThat(s.kept()).isZero();
    assertThat(a.cutByQuota(OrgUnitId.of("t01"))).isTrue();
    assertThat(a.explain(OrgUnitId.of("t01")).text(Locale.CHINESE))
        .contains("名额【excellent-tenth-of-awarded】：组内第 1 名（共 9 个），限额 0 = 0.1 × 9");
  }

  @Test
  void biyeShejiCutsGoodOrBetterTogetherAtFortyFivePercent() {
    // 优秀率可上浮到25%，但优良率不得高于45%: ten units, 优秀 ≤ 2, 优良 together ≤ 4
    Ruleset r = Examples.read("biye-sheji.ruleset.yaml").ruleset();
    String[] scores = {"96", "93", "91", "88", "85", "78", "72", "65", "60", "55"};
    List<String> units = new java.util.ArrayList<>();
    Map<String, Map<String, Long>> in = new java.util.LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      String u = String.format("s%02d", i + 1);
      units.add(u);
      in.put(u, Map.of("final", Fixed.parse(scores[i])));
    }
    Assessment a = assess(r, group(r, OrgKind.of("design-group"), units), in);
    QuotaShare excellent = a.quotaShares(RuleId.of("excellent-25")).get(0);
    assertThat(excellent.limit()).isEqualTo(2);
    assertThat(excellent.holders()).isEqualTo(3);
    assertThat(excellent.kept()).isEqualTo(2);
    QuotaShare goodOrBetter = a.quotaShares(RuleId.of("good-or-better-45")).get(0);
    assertThat(goodOrBetter.size()).isEqualTo(10);
    assertThat(goodOrBetter.limit()).isEqualTo(4);
    assertThat(goodOrBetter.holders()).as("优秀 2 + 良好 3 (91 cut from 优秀, 88, 85)").isEqualTo(5);
    assertThat(goodOrBetter.kept()).isEqualTo(4);
    assertThat(a.cutByQuota(OrgUnitId.of("s05"))).isTrue();
    assertThat(a.explain(OrgUnitId.of("s05")).text(Locale.CHINESE))
        .contains("名额【good-or-better-45】：组内第 5 名（共 10 个），限额 4 = 0.45 × 10");
  }
}

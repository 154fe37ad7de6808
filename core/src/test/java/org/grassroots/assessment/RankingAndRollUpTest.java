package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.TieBreak;
import org.junit.jupiter.api.Test;

class RankingAndRollUpTest {
  private static final TreeSnapshot TREE = Fixtures.streets(2, 3);
  private static final int[] C = TREE.positionsOf(OrgKind.COMMUNITY);

  private static long[] keys(long... byCommunity) {
    long[] k = new long[TREE.size()];
    for (int i = 0; i < C.length; i++) {
      k[C[i]] = byCommunity[i];
    }
    return k;
  }

  @Test
  void competitionDenseAndOrdinalNumberTiesAsDeclared() {
    long[] k = keys(of(90), of(80), of(80), of(70), of(95), of(80));
    assertThat(Ranking.rank(TREE, C, k, true, TieBreak.competition(), null)).containsExactly(2, 3, 3, 6, 1, 3);
    assertThat(Ranking.rank(TREE, C, k, true, TieBreak.dense(), null)).containsExactly(2, 3, 3, 4, 1, 3);
    assertThat(Ranking.rank(TREE, C, k, true, TieBreak.ordinalById(), null)).containsExactly(2, 3, 4, 6, 1, 5);
    long[] second = keys(0, 1, 5, 0, 0, 3);
    assertThat(Ranking.rank(TREE, C, k, true, TieBreak.ordinal(IndicatorId.of("s")), second))
        .containsExactly(2, 5, 3, 6, 1, 4);
    assertThat(Ranking.rank(TREE, C, k, false, TieBreak.competition(), null)).containsExactly(5, 2, 2, 1, 6, 2);
  }

  @Test
  void rollUpsReachEveryAncestor() {
    long[] v = keys(of(80), of(90), of(70), of(60), parse("89.995"), of(100));
    int s1 = TREE.require(OrgUnitId.of("S1"));
    int s2 = TREE.require(OrgUnitId.of("S2"));
    int d = TREE.require(OrgUnitId.of("D"));
    RollUp.Column sum = RollUp.sum(TREE, v, C);
    assertThat(sum.value(s1)).isEqualTo(of(240));
    assertThat(sum.value(s2)).isEqualTo(parse("249.995"));
    assertThat(sum.value(d)).isEqualTo(parse("489.995"));
    assertThat(sum.count(d)).isEqualTo(6);
    assertThat(RollUp.mean(TREE, v, C, Rounding.HALF_UP).value(s2)).isEqualTo(parse("83.3317"));
    assertThat(RollUp.mean(TREE, v, C, Rounding.DOWN).value(s2)).isEqualTo(parse("83.3316"));
    assertThat(RollUp.min(TREE, v, C).value(d)).isEqualTo(of(60));
    assertThat(RollUp.max(TREE, v, C).value(s1)).isEqualTo(of(90));
    assertThat(RollUp.countMeeting(TREE, v, C, Comparison.AT_LEAST, of(90)).value(d)).isEqualTo(of(2));
    assertThat(RollUp.countMeeting(TREE, v, C, Comparison.ABOVE, parse("89.995")).value(s2)).isEqualTo(of(1));
    // weighted by population: (80×1 + 90×3 + 70×0) / 4 = 87.5
    long[] population = keys(of(1), of(3), 0, of(1), of(1), of(1));
    assertThat(RollUp.weightedMean(TREE, v, population, C, Rounding.HALF_UP).value(s1)).isEqualTo(parse("87.5"));
  }

  @Test
  void anAssessmentRanksAndRollsUpItsTotals() {
    CompiledRuleset city = CompiledRuleset.compile(Fixtures.cityBaseline());
    TreeSnapshot tree = Fixtures.streets(3, 5);
    Assessment a = city.evaluate(Fixtures.randomInputs(city, tree, 3));
    int[] places = a.rankByTotal(TieBreak.ordinalById());
    int[] subjects = a.subjects();
    long[] sortedPlaces = java.util.Arrays.stream(subjects).mapToLong(p -> places[p]).sorted().toArray();
    for (int k = 0; k < sortedPlaces.length; k++) {
      assertThat(sortedPlaces[k]).isEqualTo(k + 1);
    }
    for (int p : subjects) {
      for (int q : subjects) {
        if (a.total(p) > a.total(q)) {
          assertThat(places[p]).isLessThan(places[q]);
        }
      }
    }
    var sums = a.sumsToEveryAncestor();
    assertThat(sums).hasSize(38);
    long all = java.util.Arrays.stream(subjects).mapToLong(a::total).sum();
    assertThat(sums.get("total").value(tree.require(OrgUnitId.of("D")))).isEqualTo(all);
  }

  @Test
  void bundlesHaveTheSameKeysInEnglishAndChinese() throws IOException {
    for (String bundle : new String[] {"rules", "assessment"}) {
      Properties en = load(bundle + ".properties");
      Properties zh = load(bundle + "_zh.properties");
      assertThat(zh.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames());
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = RankingAndRollUpTest.class.getResourceAsStream("/org/grassroots/messages/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}

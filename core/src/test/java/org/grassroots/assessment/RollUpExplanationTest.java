package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Rounding;
import org.junit.jupiter.api.Test;

class RollUpExplanationTest {
  /** District D → S1 (3 communities), S2 (3 communities), S3 (none). */
  private static final TreeSnapshot TREE = tree();
  private static final int[] C = TREE.positionsOf(OrgKind.COMMUNITY);
  private static final long[] V = keys(of(80), of(90), of(70), of(60), parse("89.995"), of(100));
  private static final long[] POPULATION = keys(of(1), of(3), 0, of(1), of(1), of(1));

  private static TreeSnapshot tree() {
    TreeSnapshot.Builder b = TreeSnapshot.builder(10);
    b.add(OrgUnitId.of("D"), null, OrgKind.DISTRICT);
    for (int s = 1; s <= 3; s++) {
      b.add(OrgUnitId.of("S" + s), OrgUnitId.of("D"), OrgKind.STREET);
    }
    for (int s = 1; s <= 2; s++) {
      for (int c = 1; c <= 3; c++) {
        b.add(OrgUnitId.of("S" + s + "-C0" + c), OrgUnitId.of("S" + s), OrgKind.COMMUNITY);
      }
    }
    return b.build();
  }

  private static long[] keys(long... byCommunity) {
    long[] k = new long[TREE.size()];
    for (int i = 0; i < C.length; i++) {
      k[C[i]] = byCommunity[i];
    }
    return k;
  }

  private static OrgUnitId id(String s) {
    return OrgUnitId.of(s);
  }

  @Test
  void aSumIsItsChildrensSubtreeSums() {
    RollUpExplanation d = RollUp.explainSum(TREE, "score", V, C, id("D"));
    assertThat(d.parts()).containsExactly(
        RollUpExplanation.Part.child(id("S1"), of(240), 0, 3),
        RollUpExplanation.Part.child(id("S2"), parse("249.995"), 0, 3));
    assertThat(d.value()).isEqualTo(parse("489.995")).isEqualTo(RollUp.sum(TREE, V, C).value(TREE.require(id("D"))));
    assertThat(d.recompute()).isEqualTo(d.value());
    assertThat(d.count()).isEqualTo(6);
    RollUpExplanation s1 = RollUp.explainSum(TREE, "score", V, C, id("S1"));
    assertThat(s1.parts()).extracting(RollUpExplanation.Part::sum).containsExactly(of(80), of(90), of(70));
    assertThat(s1.recompute()).isEqualTo(of(240));
  }

  @Test
  void aMeanIsTheSumOverTheCountWithTheDeclaredRounding() {
    int s2 = TREE.require(id("S2"));
    for (Rounding r : Rounding.values()) {
      RollUpExplanation e = RollUp.explainMean(TREE, "score", V, C, r, id("S2"));
      assertThat(e.value()).isEqualTo(RollUp.mean(TREE, V, C, r).value(s2)).isEqualTo(e.recompute());
      assertThat(e.rounding()).contains(r);
    }
    assertThat(RollUp.explainMean(TREE, "score", V, C, Rounding.HALF_UP, id("S2")).value()).isEqualTo(parse("83.3317"));
    assertThat(RollUp.explainMean(TREE, "score", V, C, Rounding.DOWN, id("S2")).value()).isEqualTo(parse("83.3316"));
  }

  @Test
  void aWeightedMeanIsTheSumOfProductsOverTheSumOfWeights() {
    RollUpExplanation s1 = RollUp.explainWeightedMean(TREE, "score", V, POPULATION, C, Rounding.HALF_UP, id("S1"));
    // (80×1 + 90×3 + 70×0) / 4 = 87.5; the community with weight 0 still counts as a member
    assertThat(s1.value()).isEqualTo(parse("87.5")).isEqualTo(s1.recompute());
    assertThat(s1.parts()).extracting(RollUpExplanation.Part::weight).containsExactly(of(1), of(3), 0L);
    assertThat(s1.count()).isEqualTo(3);
    RollUpExplanation d = RollUp.explainWeightedMean(TREE, "score", V, POPULATION, C, Rounding.HALF_UP, id("D"));
    // (350 + 249.995) / 7 = 85.71357… → 85.7136
    assertThat(d.parts()).containsExactly(
        RollUpExplanation.Part.child(id("S1"), of(350) * 10_000, of(4), 3),
        RollUpExplanation.Part.child(id("S2"), parse("249.995") * 10_000, of(3), 3));
    assertThat(d.value()).isEqualTo(parse("85.7136")).isEqualTo(d.recompute())
        .isEqualTo(RollUp.weightedMean(TREE, V, POPULATION, C, Rounding.HALF_UP).value(TREE.require(id("D"))));
    assertThat(d.text(Locale.ENGLISH)).contains("S1: Σ value × weight 350, Σ weight 4 from 3 assessed units")
        .contains("Weighted mean: 599.995 ÷ 7 = 85.7136 (rounded half up)");
    assertThat(d.text(Locale.CHINESE)).contains("加权平均：599.995 ÷ 7 = 85.7136（四舍五入）");
  }

  @Test
  void aMemberWithChildrenContributesItsOwnValue() {
    TreeSnapshot.Builder b = TreeSnapshot.builder(3);
    b.add(id("A"), null, OrgKind.COMMUNITY);
    b.add(id("B"), id("A"), OrgKind.COMMUNITY);
    b.add(id("X"), id("A"), OrgKind.STREET);
    TreeSnapshot t = b.build();
    long[] v = new long[3];
    v[t.require(id("A"))] = of(5);
    v[t.require(id("B"))] = of(7);
    v[t.require(id("X"))] = of(1000); // not a member: ignored
    int[] members = t.positionsOf(OrgKind.COMMUNITY);
    RollUpExplanation e = RollUp.explainMean(t, "score", v, members, Rounding.HALF_EVEN, id("A"));
    assertThat(e.parts()).containsExactly(RollUpExplanation.Part.own(id("A"), of(5), 0),
        RollUpExplanation.Part.child(id("B"), of(7), 0, 1));
    assertThat(e.value()).isEqualTo(of(6)).isEqualTo(e.recompute());
    assertThat(e.text(Locale.ENGLISH)).contains("A itself: 5").contains("Mean: 12 ÷ 2 = 6 (rounded half to even)");
  }

  @Test
  void theTextSaysHowTheSumWasFormedInEnglishAndChinese() {
    RollUpExplanation d = RollUp.explainSum(TREE, "score", V, C, id("D"));
    assertThat(d.text(Locale.ENGLISH)).isEqualTo("""
        [score] rolled up to D: sum over 6 assessed units
          S1: 240 from 3 assessed units
          S2: 249.995 from 3 assessed units
        Sum of the parts: 489.995
        """);
    assertThat(d.text(Locale.CHINESE)).contains("【score】汇总至 D：6 个考核对象的合计")
        .contains("S2：249.995（3 个考核对象）").contains("各部分合计：489.995");
  }

  @Test
  void aUnitWithoutMembersOrNotInTheSnapshotIsRefusedNamingIt() {
    InvalidInputException none = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
        () -> RollUp.explainSum(TREE, "score", V, C, id("S3")));
    assertThat(none.field()).isEqualTo("unit");
    assertThat(none.getMessage(Locale.ENGLISH)).contains("S3").contains("no assessed unit");
    assertThat(none.getMessage(Locale.CHINESE)).contains("S3").contains("没有考核对象");
    assertThatThrownBy(() -> RollUp.explainSum(TREE, "score", V, C, id("nowhere")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.shownValue()).contains("nowhere"));
  }

  @Test
  void anAssessmentExplainsEverySumAndItsMeanTotal() {
    CompiledRuleset city = CompiledRuleset.compile(Fixtures.cityBaseline());
    TreeSnapshot tree = Fixtures.streets(3, 4);
    Assessment a = city.evaluate(Fixtures.randomInputs(city, tree, 11));
    Map<String, RollUp.Column> sums = a.sumsToEveryAncestor();
    for (String ancestor : List.of("D", "S1", "S2", "S3")) {
      int pos = tree.require(id(ancestor));
      for (Map.Entry<String, RollUp.Column> column : sums.entrySet()) {
        RollUpExplanation e = a.explainRollUp(id(ancestor), column.getKey());
        assertThat(e.value()).as(ancestor + " " + column.getKey()).isEqualTo(column.getValue().value(pos));
        assertThat(e.recompute()).isEqualTo(e.value());
        assertThat(e.count()).isEqualTo(column.getValue().count(pos));
      }
      RollUpExplanation mean = a.explainMeanTotal(id(ancestor), Rounding.HALF_EVEN);
      assertThat(mean.value()).isEqualTo(a.meanTotal(Rounding.HALF_EVEN).value(pos)).isEqualTo(mean.recompute());
    }
    RollUpExplanation d = a.explainRollUp(id("D"), "total");
    assertThat(d.parts()).extracting(RollUpExplanation.Part::unit).containsExactly(id("S1"), id("S2"), id("S3"));
    long s1 = 0;
    for (int p : a.subjects()) {
      if (tree.isWithin(p, tree.require(id("S1")))) {
        s1 += a.total(p);
      }
    }
    assertThat(d.parts().get(0).sum()).isEqualTo(s1);
  }

  @Test
  void aCommunityMissingItsValuesIsStillAMemberWithThePointsItsPolicyGives() {
    CompiledRuleset city = CompiledRuleset.compile(Fixtures.cityBaseline()); // missing: zero by default
    TreeSnapshot tree = Fixtures.streets(1, 3);
    InputColumns full = Fixtures.randomInputs(city, tree, 7);
    int lacking = tree.require(id("S1-C02"));
    java.util.BitSet present = new java.util.BitSet();
    present.set(0, tree.size());
    present.clear(lacking);
    InputColumns.Builder b = InputColumns.builder(tree, Fixtures.Y2024);
    for (var indicator : full.indicators()) {
      long[] values = full.column(indicator).orElseThrow().clone();
      values[lacking] = 0; // a missing position holds 0
      b.column(indicator, values, present);
    }
    Assessment a = city.evaluate(b.build());
    assertThat(a.missing(id("S1-C02"))).isNotEmpty();
    RollUpExplanation mean = a.explainMeanTotal(id("S1"), Rounding.HALF_UP);
    assertThat(mean.parts()).extracting(RollUpExplanation.Part::unit)
        .containsExactly(id("S1-C01"), id("S1-C02"), id("S1-C03"));
    assertThat(mean.parts().get(1).sum()).isEqualTo(a.total(id("S1-C02")));
    assertThat(mean.count()).isEqualTo(3);
    assertThat(mean.value()).isEqualTo(mean.recompute())
        .isEqualTo(Rounding.HALF_UP.divide(a.total(id("S1-C01")) + a.total(id("S1-C02")) + a.total(id("S1-C03")), 3));
  }

  @Test
  void anAssessmentRefusesAnUnknownColumnOrUnitInBothLanguages() {
    CompiledRuleset city = CompiledRuleset.compile(Fixtures.cityBaseline());
    TreeSnapshot tree = Fixtures.streets(1, 2);
    Assessment a = city.evaluate(Fixtures.randomInputs(city, tree, 5));
    assertThatThrownBy(() -> a.explainRollUp(id("D"), "no-such-column"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("column");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("no-such-column").contains("not a rolled-up column");
          assertThat(e.getMessage(Locale.CHINESE)).contains("no-such-column").contains("汇总数据列");
        });
    assertThatThrownBy(() -> a.explainRollUp(id("nowhere"), "total"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.shownValue()).contains("nowhere"));
    assertThatThrownBy(() -> a.explainMeanTotal(id("D"), null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rounding"));
  }
}

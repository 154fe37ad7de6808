package org.grassroots.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.junit.jupiter.api.Test;

class PromotionsTest {
  static final Period Y = Period.year(2020);
  static final List<PromotionGate> GATES = PromotionGate.xinglin();

  static List<GateCheck> pass(String... cadres) {
    List<GateCheck> out = new ArrayList<>();
    for (String c : cadres) {
      out.add(new GateCheck(CadreId.of(c), "political", true));
      out.add(new GateCheck(CadreId.of(c), "integrity", true));
    }
    return out;
  }

  @Test
  void recommendsInRankingOrderBehindTheGates() {
    List<BoardEntry> es = List.of(
        CadreRankingTest.adv("a", Y, Fixed.of(9)), CadreRankingTest.adv("b", Y, Fixed.of(8)),
        CadreRankingTest.adv("c", Y, Fixed.of(7)), CadreRankingTest.imp("c", Y, Fixed.of(1)),
        CadreRankingTest.adv("d", Y, Fixed.of(5)), CadreRankingTest.adv("e", Y, Fixed.of(4)));
    List<Standing> ranking = CadreRanking.rank(es, Y, RankingPolicy.xinglin());
    List<GateCheck> checks = new ArrayList<>(pass("b", "c", "d", "e"));
    checks.add(new GateCheck(CadreId.of("a"), "political", true));
    checks.add(new GateCheck(CadreId.of("a"), "integrity", false));
    PromotionSlate slate = Promotions.recommend(ranking, GATES, checks, 2, RankingPolicy.xinglin());
    assertThat(slate.recommended()).extracting(s -> s.cadre().value()).containsExactly("b", "d");
    assertThat(slate.passedOver()).hasSize(2);
    assertThat(slate.passedOver().get(0).standing().cadre().value()).isEqualTo("a");
    assertThat(slate.passedOver().get(0).reasons()).containsExactly("integrity");
    assertThat(slate.passedOver().get(1).reasons()).containsExactly(Promotions.IMPROVEMENT_BOARD);
  }

  @Test
  void anUncheckedGateIsNotPassed() {
    List<Standing> ranking = CadreRanking.rank(
        List.of(CadreRankingTest.adv("a", Y, Fixed.of(1))), Y, RankingPolicy.xinglin());
    PromotionSlate slate = Promotions.recommend(ranking, GATES,
        List.of(new GateCheck(CadreId.of("a"), "political", true)), 5, RankingPolicy.xinglin());
    assertThat(slate.recommended()).isEmpty();
    assertThat(slate.passedOver().get(0).reasons()).containsExactly("integrity");
  }

  @Test
  void undeclaredGatesAndDoubleChecksAreRefused() {
    assertThatThrownBy(() -> Promotions.recommend(List.of(), GATES,
            List.of(new GateCheck(CadreId.of("a"), "loyalty", true)), 1, RankingPolicy.xinglin()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("loyalty");
    List<GateCheck> twice = new ArrayList<>(pass("a"));
    twice.add(new GateCheck(CadreId.of("a"), "political", false));
    assertThatThrownBy(() -> Promotions.recommend(List.of(), GATES, twice, 1,
            RankingPolicy.xinglin()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a/political");
  }

  @Property
  void recommendationsPassEveryGateFollowTheRankingAndRespectSlots(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 3) Integer> fate,
      @ForAll @IntRange(min = 0, max = 10) int slots) {
    List<BoardEntry> es = new ArrayList<>();
    List<GateCheck> checks = new ArrayList<>();
    for (int i = 0; i < fate.size(); i++) {
      String c = "c" + i;
      es.add(CadreRankingTest.adv(c, Y, Fixed.of(1 + i % 7)));
      if (fate.get(i) == 3) {
        es.add(CadreRankingTest.imp(c, Y, Fixed.ONE));
      }
      checks.add(new GateCheck(CadreId.of(c), "political", fate.get(i) != 1));
      checks.add(new GateCheck(CadreId.of(c), "integrity", fate.get(i) != 2));
    }
    List<Standing> ranking = CadreRanking.rank(es, Y, RankingPolicy.xinglin());
    PromotionSlate slate = Promotions.recommend(ranking, GATES, checks, slots,
        RankingPolicy.xinglin());
    assertThat(slate.recommended().size()).isLessThanOrEqualTo(slots);
    int last = 0;
    for (Standing s : slate.recommended()) {
      int i = Integer.parseInt(s.cadre().value().substring(1));
      assertThat(fate.get(i)).isZero();
      assertThat(s.place()).isGreaterThan(last);
      last = s.place();
    }
    long eligible = ranking.stream()
        .filter(s -> fate.get(Integer.parseInt(s.cadre().value().substring(1))) == 0).count();
    assertThat(slate.recommended().size()).isEqualTo((int) Math.min(slots, eligible));
    // nobody eligible is skipped for someone ranked lower
    for (PromotionSlate.PassedOver p : slate.passedOver()) {
      assertThat(fate.get(Integer.parseInt(p.standing().cadre().value().substring(1)))).isNotZero();
    }
  }
}

package org.grassroots.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.TieBreak.RankMode;
import org.junit.jupiter.api.Test;

class CadreRankingTest {
  static final Board ADV = Board.xinglinAdvanced();
  static final Board IMP = Board.xinglinImprovement();
  static int n;

  static BoardEntry adv(String cadre, Period p, long score) {
    return ADV.enter(BoardEntryId.of("e" + n++), CadreId.of(cadre), p, "performance", score, "r");
  }

  static BoardEntry imp(String cadre, Period p, long score) {
    return IMP.enter(BoardEntryId.of("e" + n++), CadreId.of(cadre), p, "lagging", score, "r");
  }

  @Test
  void improvementEntriesCountAgainstAsDeclared() {
    Period y = Period.year(2020);
    List<BoardEntry> es = List.of(
        adv("a", y, Fixed.of(10)), imp("a", y, Fixed.of(4)),
        adv("b", Period.quarter(2020, 2), Fixed.of(7)),
        adv("c", y, Fixed.of(3)), adv("c", Period.month(2020, 5), Fixed.of(3)),
        adv("d", Period.year(2019), Fixed.of(50)));
    List<Standing> r = CadreRanking.rank(es, y, RankingPolicy.xinglin());
    // a: 10 - 4 = 6; b: 7; c: 3 + 3 = 6 with two entries; d is another year
    assertThat(r).extracting(s -> s.cadre().value()).containsExactly("b", "c", "a");
    assertThat(r).extracting(Standing::place).containsExactly(1, 2, 3);
    assertThat(r.get(2).net()).isEqualTo(Fixed.of(6));
    assertThat(r.get(2).improvementEntries()).isEqualTo(1);
    RankingPolicy half = new RankingPolicy(RankMode.COMPETITION, Fixed.parse("0.5"),
        Rounding.HALF_UP, 0);
    List<Standing> h = CadreRanking.rank(es, y, half);
    // a: 10 - 2 = 8 first; b 7; c 6
    assertThat(h).extracting(s -> s.cadre().value()).containsExactly("a", "b", "c");
  }

  @Test
  void tieModesPlaceAsDeclared() {
    Period y = Period.year(2021);
    List<BoardEntry> es = List.of(adv("a", y, Fixed.of(5)), adv("b", y, Fixed.of(5)),
        adv("c", y, Fixed.of(2)), adv("c", y, Fixed.of(3)), adv("d", y, Fixed.of(1)));
    RankingPolicy comp = new RankingPolicy(RankMode.COMPETITION, Fixed.ONE, Rounding.HALF_UP, 0);
    RankingPolicy dense = new RankingPolicy(RankMode.DENSE, Fixed.ONE, Rounding.HALF_UP, 0);
    assertThat(CadreRanking.rank(es, y, comp)).extracting(Standing::place)
        .containsExactly(1, 1, 1, 4);
    assertThat(CadreRanking.rank(es, y, dense)).extracting(Standing::place)
        .containsExactly(1, 1, 1, 2);
    // ordinal: c has two entries, so first among the 5s; then a, b by id
    assertThat(CadreRanking.rank(es, y, RankingPolicy.xinglin()))
        .extracting(s -> s.cadre().value()).containsExactly("c", "a", "b", "d");
  }

  @Property
  void placesFollowTheDeclaredMode(
      @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 6) Integer> scores,
      @ForAll RankMode mode) {
    Period y = Period.year(2022);
    List<BoardEntry> es = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      es.add(adv("c" + (i % 9), y, Fixed.of(scores.get(i))));
    }
    List<Standing> r = CadreRanking.rank(es, y,
        new RankingPolicy(mode, Fixed.ONE, Rounding.HALF_UP, 0));
    for (int i = 0; i < r.size(); i++) {
      Standing s = r.get(i);
      long better = r.stream().filter(o -> o.net() > s.net()).count();
      long distinctBetter = r.stream().filter(o -> o.net() > s.net()).map(Standing::net)
          .distinct().count();
      switch (mode) {
        case ORDINAL -> assertThat(s.place()).isEqualTo(i + 1);
        case COMPETITION -> assertThat(s.place()).isEqualTo(better + 1);
        case DENSE -> assertThat(s.place()).isEqualTo(distinctBetter + 1);
      }
      if (i > 0) {
        assertThat(s.net()).isLessThanOrEqualTo(r.get(i - 1).net());
      }
    }
    assertThat(r.stream().mapToLong(Standing::advancedEntries).sum()).isEqualTo(scores.size());
  }
}

package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.TieBreak;
import org.grassroots.stars.RewardPolicy.Allocation;
import org.grassroots.stars.RewardPolicy.Claim;
import org.grassroots.stars.RewardPolicy.Remainder;

/** Rewards: exact when the budget suffices, never over the budget, pro rata monotone. */
class RewardPolicyProperties {

  @Provide
  Arbitrary<List<Claim>> claims() {
    Arbitrary<Integer> stars = Arbitraries.integers().between(0, 5);
    Arbitrary<Long> score = Arbitraries.longs().between(0, 1_000_000).edgeCases(c -> c.add(500_000L));
    return Arbitraries.integers().between(1, 40).flatMap(n -> stars.list().ofSize(n).flatMap(s ->
        score.list().ofSize(n).map(sc -> {
          List<Claim> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            out.add(new Claim(OrgUnitId.of(String.format("u%03d", i)), s.get(i), sc.get(i) / 100_000 * 100_000));
          }
          return out;
        })));
  }

  @Provide
  Arbitrary<RewardPolicy> policies() {
    Arbitrary<Money> budget = Arbitraries.longs().between(0, 500_000_000L).map(Money::ofFen);
    return Arbitraries.oneOf(
        budget.map(b -> RewardPolicy.proRata(b, Remainder.LEFT_UNPAID)),
        budget.map(b -> RewardPolicy.proRata(b, Remainder.LARGEST_REMAINDER)),
        budget.map(b -> RewardPolicy.byRank(b, TieBreak.RankMode.ORDINAL)),
        budget.map(b -> RewardPolicy.byRank(b, TieBreak.RankMode.COMPETITION)));
  }

  private static long due(List<Claim> claims, Money perStar) {
    return claims.stream().mapToLong(c -> perStar.fen() * c.stars()).sum();
  }

  @Property
  void rewardIsStarsTimesAmountExactlyWhenTheBudgetSuffices(@ForAll("claims") List<Claim> claims,
      @ForAll @LongRange(min = 1, max = 5_000_000) long perStarFen, @ForAll @LongRange(min = 0, max = 1_000_000) long spare,
      @ForAll("policies") RewardPolicy shape) {
    Money perStar = Money.ofFen(perStarFen);
    Money budget = Money.ofFen(due(claims, perStar) + spare);
    Allocation a = new RewardPolicy(budget, shape.shortfall(), shape.remainder(), shape.ties()).allocate(claims, perStar);
    assertThat(a.shortfall()).isFalse();
    for (Claim c : claims) {
      assertThat(a.paid(c.unit())).isEqualTo(perStar.times(c.stars()));
    }
    assertThat(a.totalPaid().fen()).isEqualTo(due(claims, perStar));
    assertThat(a.unpaidBudget().fen()).isEqualTo(spare);
  }

  @Property
  void aShortBudgetIsNeverOverspent(@ForAll("claims") List<Claim> claims,
      @ForAll @LongRange(min = 1, max = 5_000_000) long perStarFen, @ForAll("policies") RewardPolicy policy) {
    Money perStar = Money.ofFen(perStarFen);
    Allocation a = policy.allocate(claims, perStar);
    assertThat(a.totalPaid()).isLessThanOrEqualTo(policy.budget());
    assertThat(a.totalPaid().plus(a.unpaidBudget())).isEqualTo(policy.budget());
    for (Claim c : claims) {
      assertThat(a.paid(c.unit())).isLessThanOrEqualTo(perStar.times(c.stars()));
    }
    if (a.shortfall() && policy.shortfall() == RewardPolicy.Shortfall.PRO_RATA
        && policy.remainder() == Remainder.LARGEST_REMAINDER) {
      assertThat(a.totalPaid()).isEqualTo(policy.budget()); // the whole budget, not a fen more
    }
  }

  @Property
  void proRataIsMonotoneInStars(@ForAll("claims") List<Claim> claims,
      @ForAll @LongRange(min = 1, max = 5_000_000) long perStarFen, @ForAll @LongRange(min = 0, max = 100_000_000) long budget,
      @ForAll boolean largestRemainder) {
    Money perStar = Money.ofFen(perStarFen);
    Allocation a = RewardPolicy.proRata(Money.ofFen(budget),
        largestRemainder ? Remainder.LARGEST_REMAINDER : Remainder.LEFT_UNPAID).allocate(claims, perStar);
    for (Claim x : claims) {
      for (Claim y : claims) {
        if (x.stars() > y.stars()) {
          assertThat(a.paid(x.unit())).isGreaterThanOrEqualTo(a.paid(y.unit()));
        }
      }
    }
  }

  @Property
  void proRataLeavingRemaindersUnpaidIsMonotoneInTheBudget(@ForAll("claims") List<Claim> claims,
      @ForAll @LongRange(min = 1, max = 5_000_000) long perStarFen, @ForAll @LongRange(min = 0, max = 100_000_000) long budget,
      @ForAll @IntRange(min = 1, max = 1_000_000) int more) {
    Money perStar = Money.ofFen(perStarFen);
    Allocation less = RewardPolicy.proRata(Money.ofFen(budget), Remainder.LEFT_UNPAID).allocate(claims, perStar);
    Allocation moreMoney = RewardPolicy.proRata(Money.ofFen(budget + more), Remainder.LEFT_UNPAID).allocate(claims, perStar);
    for (Claim c : claims) {
      assertThat(moreMoney.paid(c.unit())).isGreaterThanOrEqualTo(less.paid(c.unit()));
    }
  }

  @Property
  void byRankPaysWholeDuesDownTheRanking(@ForAll("claims") List<Claim> claims,
      @ForAll @LongRange(min = 1, max = 5_000_000) long perStarFen, @ForAll @LongRange(min = 0, max = 100_000_000) long budget,
      @ForAll boolean ordinal) {
    Money perStar = Money.ofFen(perStarFen);
    Allocation a = RewardPolicy.byRank(Money.ofFen(budget),
        ordinal ? TieBreak.RankMode.ORDINAL : TieBreak.RankMode.COMPETITION).allocate(claims, perStar);
    for (Claim c : claims) {
      Money p = a.paid(c.unit());
      assertThat(p.equals(Money.ZERO) || p.equals(perStar.times(c.stars()))).isTrue();
    }
    if (!a.shortfall()) {
      return;
    }
    // a unit that was paid with stars to pay: every strictly better-ranked unit was paid too
    for (Claim x : claims) {
      for (Claim y : claims) {
        boolean xBetter = x.score() > y.score() || (x.score() == y.score() && x.stars() > y.stars());
        if (xBetter && y.stars() > 0 && a.paid(y.unit()).fen() > 0) {
          assertThat(a.paid(x.unit())).isEqualTo(perStar.times(x.stars()));
        }
      }
    }
  }

  @Example
  void proRataSharesAShortBudgetToTheFen() {
    List<Claim> claims = List.of(new Claim(OrgUnitId.of("a"), 5, 0), new Claim(OrgUnitId.of("b"), 1, 0),
        new Claim(OrgUnitId.of("c"), 1, 0));
    Money perStar = Money.ofYuan(20_000);
    // due ¥140,000; budget ¥100,000: 5/7 and 1/7 of it, rounded down to the fen
    Allocation unpaid = RewardPolicy.proRata(Money.ofYuan(100_000), Remainder.LEFT_UNPAID).allocate(claims, perStar);
    assertThat(unpaid.paid(OrgUnitId.of("a"))).isEqualTo(Money.ofFen(7_142_857));
    assertThat(unpaid.paid(OrgUnitId.of("b"))).isEqualTo(Money.ofFen(1_428_571));
    assertThat(unpaid.unpaidBudget()).isEqualTo(Money.ofFen(1));
    Allocation exact = RewardPolicy.proRata(Money.ofYuan(100_000), Remainder.LARGEST_REMAINDER).allocate(claims, perStar);
    // remainders in sevenths: a 1, b 3, c 3 → the one fen left goes to b (tied with c, b first by id)
    assertThat(exact.paid(OrgUnitId.of("a"))).isEqualTo(Money.ofFen(7_142_857));
    assertThat(exact.paid(OrgUnitId.of("b"))).isEqualTo(Money.ofFen(1_428_572));
    assertThat(exact.paid(OrgUnitId.of("c"))).isEqualTo(Money.ofFen(1_428_571));
    assertThat(exact.totalPaid()).isEqualTo(Money.ofYuan(100_000));
  }

  @Example
  void byRankWithCompetitionTiesPaysATiedPairTogetherOrNotAtAll() {
    List<Claim> claims = List.of(new Claim(OrgUnitId.of("a"), 2, 90), new Claim(OrgUnitId.of("b"), 1, 80),
        new Claim(OrgUnitId.of("c"), 1, 80));
    Money perStar = Money.ofYuan(100);
    Allocation comp = RewardPolicy.byRank(Money.ofYuan(300), TieBreak.RankMode.COMPETITION).allocate(claims, perStar);
    assertThat(comp.paid(OrgUnitId.of("a"))).isEqualTo(Money.ofYuan(200));
    assertThat(comp.paid(OrgUnitId.of("b"))).isEqualTo(Money.ZERO);
    assertThat(comp.paid(OrgUnitId.of("c"))).isEqualTo(Money.ZERO);
    Allocation ord = RewardPolicy.byRank(Money.ofYuan(300), TieBreak.RankMode.ORDINAL).allocate(claims, perStar);
    assertThat(ord.paid(OrgUnitId.of("b"))).isEqualTo(Money.ofYuan(100)); // b before c by id
    assertThat(ord.paid(OrgUnitId.of("c"))).isEqualTo(Money.ZERO);
  }

  @Example
  void aUnitClaimingTwiceIsRefused() {
    List<Claim> claims = List.of(new Claim(OrgUnitId.of("a"), 1, 0), new Claim(OrgUnitId.of("a"), 2, 0));
    assertThatThrownBy(() -> RewardPolicy.proRata(Money.ZERO, Remainder.LEFT_UNPAID).allocate(claims, Money.ofYuan(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("claims");
  }
}

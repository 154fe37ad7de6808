package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Fixed;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.programs.Figure;

/** A reward per level (按星级奖励: 一星 ¥x, 二星 ¥y, 三星 ¥z): due, paid under a budget, figures, parameters. */
class StarRewardPerLevelTest {
  private static final int N = 30;
  private static final List<Money> AMOUNTS = List.of(Money.ofFen(500_050), Money.ofYuan(12_000), Money.ofYuan(30_000));

  private static StarScheme graded(StarReward reward) {
    StarScheme s = StarScheme.graded(StarFixtures.base().build(), List.of("一星", "二星", "三星"),
        List.of(Bound.inclusive(Fixed.of(60)), Bound.inclusive(Fixed.of(75)), Bound.inclusive(Fixed.of(90))),
        List.of(), Money.ZERO);
    return s.withReward(reward);
  }

  private static Baseline baseline(StarProgram p) {
    return Baseline.of(StarProgramTest.setup(p), StarProgramTest.data(StarFixtures.tree(N), 0));
  }

  @Example
  void eachUnitIsDueItsLevelsAmountNotTheSumOfTheLevelsBelow() {
    StarScheme scheme = graded(StarReward.perLevel(AMOUNTS));
    StarOutcome o = baseline(StarProgram.of(scheme)).outcome(StarOutcome.class).orElseThrow();
    StarRatings r = o.ratings();
    Money sum = Money.ZERO;
    int[] atLevel = new int[4];
    for (OrgUnitId u : r.units()) {
      int level = r.level(u);
      atLevel[level]++;
      Money expected = level == 0 ? Money.ZERO : AMOUNTS.get(level - 1);
      assertThat(r.due(u)).as(u.toString()).isEqualTo(expected);
      sum = sum.plus(expected);
    }
    assertThat(atLevel[1]).isPositive();
    assertThat(atLevel[2] + atLevel[3]).isPositive();
    assertThat(o.due()).isEqualTo(sum).isEqualTo(r.totalDue());
    assertThat(o.paid()).isEqualTo(sum);
    Map<String, Long> figures = o.values();
    assertThat(figures).containsEntry("stars.rewardPerLevel[1]", 500_050L)
        .containsEntry("stars.rewardPerLevel[3]", 3_000_000L).containsEntry("stars.due", sum.fen())
        .doesNotContainKey("stars.rewardPerStar");
    Figure first = o.figures().stream().filter(f -> f.name().equals("stars.rewardPerLevel[1]")).findFirst()
        .orElseThrow();
    assertThat(first.label().bilingual()).isEqualTo("reward of level 一星 (yuan) 一星奖励（元）");
    assertThat(StarProgram.of(scheme).toString()).contains("[¥5,000.50, ¥12,000.00, ¥30,000.00] by level");
  }

  @Example
  void aShortBudgetIsSharedUnderItsPolicyAsPerStarRewardsAre() {
    StarScheme scheme = graded(StarReward.perLevel(AMOUNTS));
    Money due = baseline(StarProgram.of(scheme)).outcome(StarOutcome.class).orElseThrow().due();
    Money budget = Money.ofFen(due.fen() * 2 / 3);
    StarOutcome o = baseline(StarProgram.of(scheme, RewardPolicy.proRata(budget,
        RewardPolicy.Remainder.LARGEST_REMAINDER))).outcome(StarOutcome.class).orElseThrow();
    assertThat(o.due()).isEqualTo(due);
    assertThat(o.paid()).isEqualTo(budget);
    assertThat(o.shortfall()).isEqualTo(due.minus(budget));
    StarOutcome byRank = baseline(StarProgram.of(scheme, RewardPolicy.byRank(budget,
        org.grassroots.rules.TieBreak.RankMode.ORDINAL))).outcome(StarOutcome.class).orElseThrow();
    // by rank, whoever is paid is paid in full: their level's amount
    for (OrgUnitId u : byRank.ratings().units()) {
      Money paid = byRank.allocation().orElseThrow().paid(u);
      assertThat(paid).isIn(Money.ZERO, byRank.ratings().due(u));
    }
    assertThat(byRank.paid().compareTo(budget)).isLessThanOrEqualTo(0);
  }

  @Example
  void eachLevelsAmountIsAParameterInFen() {
    Baseline b = baseline(StarProgram.of(graded(StarReward.perLevel(AMOUNTS))));
    Parameter second = b.setup().parameter("stars.rewardPerLevel[2]");
    assertThat(second.read(b.setup())).isEqualTo(1_200_000L);
    ScenarioResult r = b.run(List.of(new Setting(second, 1_500_000L)));
    StarOutcome base = b.outcome(StarOutcome.class).orElseThrow();
    StarOutcome moved = r.outcome(StarOutcome.class).orElseThrow();
    assertThat(moved.due().minus(base.due())).isEqualTo(Money.ofYuan(3_000).times(base.levels().get(2)));
    assertThatThrownBy(() -> b.setup().parameter("stars.rewardPerLevel[4]"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("stars.rewardPerLevel[4]");
    assertThatThrownBy(() -> b.setup().parameter("stars.rewardPerStar").read(b.setup()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("perLevel");
  }

  @Example
  void aRewardPerLevelNeedsOneAmountPerLevel() {
    assertThatThrownBy(() -> graded(StarReward.perLevel(AMOUNTS.subList(0, 2))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("starScheme.reward.perLevel")
        .hasMessageContaining("2 rewards per level for 3 stars");
    assertThatThrownBy(() -> StarReward.perLevel(AMOUNTS).due(4)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("level 4");
  }

  @Property(tries = 200)
  void perLevelPaymentsNeverExceedTheBudgetAndCoverTheDueWhenItSuffices(
      @ForAll @LongRange(min = 0, max = 5_000_000) long budgetFen, @ForAll boolean byRank,
      @ForAll @LongRange(min = 0, max = 3) long shift) {
    StarScheme scheme = graded(StarReward.perLevel(AMOUNTS));
    StarRatings r = scheme.compile().evaluate(StarProgramTest.data(StarFixtures.tree(N), (int) shift * 13));
    RewardPolicy policy = byRank ? RewardPolicy.byRank(Money.ofFen(budgetFen), org.grassroots.rules.TieBreak.RankMode.ORDINAL)
        : RewardPolicy.proRata(Money.ofFen(budgetFen), RewardPolicy.Remainder.LEFT_UNPAID);
    RewardPolicy.Allocation a = policy.allocate(r.claims(), scheme.reward());
    assertThat(a.totalDue()).isEqualTo(r.totalDue());
    assertThat(a.totalPaid().fen()).isLessThanOrEqualTo(budgetFen);
    if (budgetFen >= r.totalDue().fen()) {
      assertThat(a.totalPaid()).isEqualTo(r.totalDue());
    }
  }
}

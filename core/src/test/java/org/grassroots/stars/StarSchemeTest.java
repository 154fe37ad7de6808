package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.stars.StarFixtures.PIONEER;
import static org.grassroots.stars.StarFixtures.SATISFIED;
import static org.grassroots.stars.StarFixtures.columns;
import static org.grassroots.stars.StarFixtures.community;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.assessment.Explanation;
import org.grassroots.assessment.RulesetInvalidException;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Period;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.TieBreak;
import org.junit.jupiter.api.Test;

class StarSchemeTest {
  private static final Period P = Period.year(2024);
  private final TreeSnapshot tree = StarFixtures.tree(5);

  // org, service (0..100 → 0..50 points), fulfilment rate (fixed), incident
  private final long[][] rows = {
      {80, 80, Fixed.parse("0.8"), 0},    // c001: both stars, boundaries inclusive (40 points, 80%)
      {79, 100, Fixed.parse("0.7999"), 0}, // c002: org 39.5 < 40; fulfilment just short
      {100, 100, Fixed.ONE, 1},            // c003: incident bars 满意星 only
      {0, 0, 0, 0},                        // c004: none
      {90, 0, Fixed.ONE, 0}};              // c005: pioneer only

  @Test
  void namedStarsAreEarnedIndependentlyWithTheirBoundariesAndVetoes() {
    StarRatings r = StarFixtures.named().compile().evaluate(columns(tree, P, rows));
    assertThat(r.stars(community(1))).containsExactly(PIONEER, SATISFIED);
    assertThat(r.stars(community(2))).isEmpty();
    assertThat(r.stars(community(3))).containsExactly(PIONEER);
    assertThat(r.vetoes(SATISFIED, community(3))).extracting(v -> v.id().value()).containsExactly("v-incident");
    assertThat(r.vetoes(PIONEER, community(3))).isEmpty();
    assertThat(r.stars(community(5))).containsExactly(PIONEER);
    assertThat(r.count(PIONEER)).isEqualTo(3);
    assertThat(r.count(SATISFIED)).isEqualTo(1);
    assertThat(r.totalStars()).isEqualTo(4);
    assertThat(r.level(community(1))).isEqualTo(2);
    assertThat(r.due(community(1))).isEqualTo(Money.ofYuan(40_000));
    assertThat(r.totalDue().format()).isEqualTo("¥80,000.00");
    assertThat(r.units()).hasSize(5);
  }

  @Test
  void explanationSaysWhyAStarWasMissed() {
    StarRatings r = StarFixtures.named().compile().evaluate(columns(tree, P, rows));
    Explanation why = r.explain(SATISFIED, community(2));
    assertThat(why.grade()).isEmpty();
    String zh = why.text(Locale.CHINESE);
    assertThat(zh).contains("服务群众满意星").contains("ledger.fulfilmentRate").contains("0.7999").contains("✗");
    Explanation vetoed = r.explain(SATISFIED, community(3));
    assertThat(vetoed.vetoes()).anyMatch(Explanation.Step::passed);
    assertThat(r.explain(PIONEER, community(1)).grade()).contains(PIONEER);
  }

  @Test
  void gradedSchemeIsTheSameMechanismWithCumulativeBands() {
    StarScheme graded = StarScheme.graded(StarFixtures.base().build(), List.of("一星", "二星", "三星", "四星", "五星"),
        List.of(Bound.inclusive(Fixed.of(20)), Bound.inclusive(Fixed.of(40)), Bound.inclusive(Fixed.of(60)),
            Bound.inclusive(Fixed.of(80)), Bound.inclusive(Fixed.of(95))), List.of(), Money.ofYuan(10_000));
    StarRatings r = graded.compile().evaluate(columns(tree, P, rows));
    assertThat(r.level(community(1))).isEqualTo(4);  // 80
    assertThat(r.level(community(2))).isEqualTo(4);  // 39.5 + 50 = 89.5
    assertThat(r.level(community(3))).isEqualTo(5);  // 100
    assertThat(r.level(community(4))).isZero();
    assertThat(r.level(community(5))).isEqualTo(2);  // 45
    assertThat(r.stars(community(5))).containsExactly(RuleId.of("star-1"), RuleId.of("star-2"));
    assertThat(r.totalDue()).isEqualTo(Money.ofYuan(10_000).times(15));
  }

  @Test
  void gradedSchemeRefusesBoundsThatDoNotRise() {
    assertThatThrownBy(() -> StarScheme.graded(StarFixtures.base().build(), List.of("一星", "二星"),
        List.of(Bound.inclusive(Fixed.of(40)), Bound.inclusive(Fixed.of(40))), List.of(), Money.ofYuan(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("starScheme.lowerBounds[1]");
  }

  @Test
  void aQuotaOnAStarCutsByTotalWithItsTieBreak() {
    StarScheme s = StarFixtures.named();
    StarScheme limited = new StarScheme(s.rules().toBuilder()
        .quota(new Quota(RuleId.of("q-pioneer"), PIONEER, Optional.empty(), Optional.empty(), Optional.of(2),
            Rounding.DOWN, TieBreak.ordinalById()))
        .build(), s.rewardPerStar());
    StarRatings r = limited.compile().evaluate(columns(tree, P, rows));
    assertThat(r.count(PIONEER)).isEqualTo(2);
    // totals: c001 80, c003 100, c005 45 → c005 is cut
    assertThat(r.earned(PIONEER, community(5))).isFalse();
    assertThat(r.explain(PIONEER, community(5)).text(Locale.ENGLISH)).contains("cut");
    assertThat(r.earned(SATISFIED, community(1))).isTrue(); // the quota limits its own star only
  }

  @Test
  void aVetoNamingAnUnknownStarIsRefusedWithItsPath() {
    StarScheme s = StarFixtures.named();
    assertThatThrownBy(() -> new StarScheme(s.rules().toBuilder()
        .grade(new Grade(RuleId.of("x"), "x", Optional.empty(), List.of(RuleId.of("no-such-gate")))).build(),
        s.rewardPerStar()).compile())
        .isInstanceOf(RulesetInvalidException.class).hasMessageContaining("grades[2].gates[0]");
  }

  @Test
  void moneyIsExactAndFormattedInYuan() {
    assertThat(Money.ofYuan(20_000).times(62).format()).isEqualTo("¥1,240,000.00");
    assertThat(Money.ofFen(5).format()).isEqualTo("¥0.05");
    assertThat(Money.ofFen(123_456_789).toYuan()).isEqualByComparingTo("1234567.89");
    assertThatThrownBy(() -> Money.ofFen(-1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("money.fen");
    assertThatThrownBy(() -> Money.ofFen(1).minus(Money.ofFen(2))).isInstanceOf(InvalidInputException.class);
  }
}

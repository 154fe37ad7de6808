package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.assessment.Harness.score;
import static org.grassroots.rules.Fixed.of;
import static org.grassroots.rules.Fixed.parse;

import java.util.List;
import java.util.Optional;
import org.grassroots.rules.Bound;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.ScoringMethod.Band;
import org.junit.jupiter.api.Test;

/** Each scoring method at and around its boundaries. */
class ScoringMethodTest {

  /** [90, +∞) → 10; [80, 90) → 8; (−∞, 80) → 5: 89.9999 and 90 differ exactly. */
  private static final ScoringMethod BANDS = new ScoringMethod.Bands(List.of(
      new Band(Optional.empty(), Optional.of(Bound.exclusive(of(80))), of(5), "C"),
      new Band(Optional.of(Bound.inclusive(of(80))), Optional.of(Bound.exclusive(of(90))), of(8), "B"),
      new Band(Optional.of(Bound.inclusive(of(90))), Optional.empty(), of(10), "A")), 0);

  @Test
  void bandsIncludeTheirInclusiveEndAndExcludeTheExclusiveOne() {
    assertThat(score(BANDS, parse("89.9999"))).isEqualTo(of(8));
    assertThat(score(BANDS, parse("89.995"))).isEqualTo(of(8));
    assertThat(score(BANDS, of(90))).isEqualTo(of(10));
    assertThat(score(BANDS, parse("90.0001"))).isEqualTo(of(10));
    assertThat(score(BANDS, of(80))).isEqualTo(of(8));
    assertThat(score(BANDS, parse("79.9999"))).isEqualTo(of(5));
  }

  @Test
  void exclusiveLowerBoundMovesTheBoundaryValueDown() {
    ScoringMethod gt90 = new ScoringMethod.Bands(List.of(
        new Band(Optional.empty(), Optional.of(Bound.inclusive(of(90))), of(1), ""),
        new Band(Optional.of(Bound.exclusive(of(90))), Optional.empty(), of(2), "")), 0);
    assertThat(score(gt90, of(90))).isEqualTo(of(1));
    assertThat(score(gt90, parse("90.0001"))).isEqualTo(of(2));
  }

  @Test
  void inputOutsideEveryBandGetsOtherwise() {
    ScoringMethod m = new ScoringMethod.Bands(List.of(
        new Band(Optional.of(Bound.inclusive(of(0))), Optional.of(Bound.inclusive(of(10))), of(3), "")), of(-1));
    assertThat(score(m, of(10))).isEqualTo(of(3));
    assertThat(score(m, parse("10.0001"))).isEqualTo(of(-1));
    assertThat(score(m, parse("-0.0001"))).isEqualTo(of(-1));
  }

  @Test
  void linearClampsAtBothEndsAndRoundsAsDeclared() {
    ScoringMethod m = new ScoringMethod.Linear(of(60), 0, of(90), of(10), Rounding.HALF_UP);
    assertThat(score(m, of(60))).isZero();
    assertThat(score(m, of(50))).isZero();
    assertThat(score(m, of(90))).isEqualTo(of(10));
    assertThat(score(m, of(95))).isEqualTo(of(10));
    assertThat(score(m, of(75))).isEqualTo(of(5));
    // 61 → 10/30 = 0.33333… → 0.3333 (HALF_UP); 62 → 0.66666… → 0.6667
    assertThat(score(m, of(61))).isEqualTo(parse("0.3333"));
    assertThat(score(m, of(62))).isEqualTo(parse("0.6667"));
    ScoringMethod down = new ScoringMethod.Linear(of(60), 0, of(90), of(10), Rounding.DOWN);
    assertThat(score(down, of(62))).isEqualTo(parse("0.6666"));
  }

  @Test
  void ratioToTargetCapsAtMaxRatioAndHandlesNoTarget() {
    ScoringMethod m = new ScoringMethod.RatioToTarget(of(12), Optional.empty(), of(4), of(1), of(4), Rounding.HALF_UP);
    assertThat(score(m, of(12))).isEqualTo(of(4));
    assertThat(score(m, of(13))).isEqualTo(of(4));
    assertThat(score(m, of(6))).isEqualTo(of(2));
    assertThat(score(m, of(11))).isEqualTo(parse("3.6667"));
    assertThat(score(m, of(-3))).isZero();
    ScoringMethod over = new ScoringMethod.RatioToTarget(of(10), Optional.empty(), of(4), parse("1.2"), 0, Rounding.HALF_UP);
    assertThat(score(over, of(12))).isEqualTo(parse("4.8"));
    assertThat(score(over, of(20))).isEqualTo(parse("4.8"));
    ScoringMethod none = new ScoringMethod.RatioToTarget(0, Optional.empty(), of(4), of(1), of(3), Rounding.HALF_UP);
    assertThat(score(none, of(5))).isEqualTo(of(3));
  }

  @Test
  void countTimesPointsStopsAtTheCapInclusive() {
    ScoringMethod m = new ScoringMethod.CountTimesPoints(parse("0.5"), of(4), Rounding.HALF_UP);
    assertThat(score(m, of(7))).isEqualTo(parse("3.5"));
    assertThat(score(m, of(8))).isEqualTo(of(4));
    assertThat(score(m, of(9))).isEqualTo(of(4));
    assertThat(score(m, 0)).isZero();
    assertThat(score(m, of(-2))).isZero();
  }

  @Test
  void deductionStopsAtTheFloorInclusive() {
    ScoringMethod m = new ScoringMethod.DeductionPerOccurrence(of(4), parse("1.5"), of(1), Rounding.HALF_UP);
    assertThat(score(m, 0)).isEqualTo(of(4));
    assertThat(score(m, of(1))).isEqualTo(parse("2.5"));
    assertThat(score(m, of(2))).isEqualTo(of(1));
    assertThat(score(m, of(3))).isEqualTo(of(1));
    assertThat(score(m, of(-1))).isEqualTo(of(4));
  }

  @Test
  void yesNoTreatsEveryNonZeroAsYes() {
    ScoringMethod m = new ScoringMethod.YesNo(of(3), of(-1));
    assertThat(score(m, 0)).isEqualTo(of(-1));
    assertThat(score(m, 1)).isEqualTo(of(3));
    assertThat(score(m, of(1))).isEqualTo(of(3));
    assertThat(score(m, -1)).isEqualTo(of(3));
  }

  @Test
  void carryOverTakesTheDeclaredShareWithDeclaredRounding() {
    ScoringMethod even = new ScoringMethod.CarryOver(parse("0.3"), Rounding.HALF_EVEN);
    // 0.3 × 0.0005 = 0.00015 → 0.0002 (half-even: 1 is odd → 2)
    assertThat(score(even, parse("0.0005"))).isEqualTo(parse("0.0002"));
    // 0.3 × 0.0025 = 0.00075 → 0.0008 (half-even: 7 is odd → 8)
    assertThat(score(even, parse("0.0025"))).isEqualTo(parse("0.0008"));
    // 0.5 × 0.0005 = 0.00025 → 0.0002 (half-even keeps the even 2)
    assertThat(score(new ScoringMethod.CarryOver(parse("0.5"), Rounding.HALF_EVEN), parse("0.0005")))
        .isEqualTo(parse("0.0002"));
    assertThat(score(new ScoringMethod.CarryOver(parse("0.5"), Rounding.HALF_UP), parse("0.0005")))
        .isEqualTo(parse("0.0003"));
    assertThat(score(even, of(90))).isEqualTo(of(27));
  }

  @Test
  void limitedAndSumCompose() {
    ScoringMethod base = new ScoringMethod.CountTimesPoints(of(2), of(100), Rounding.HALF_UP);
    ScoringMethod limited = new ScoringMethod.Limited(base, Optional.of(of(1)), Optional.of(of(5)));
    assertThat(score(limited, 0)).isEqualTo(of(1));
    assertThat(score(limited, of(2))).isEqualTo(of(4));
    assertThat(score(limited, of(3))).isEqualTo(of(5));
    ScoringMethod sum = new ScoringMethod.Sum(List.of(new ScoringMethod.YesNo(of(2), 0), limited));
    assertThat(score(sum, of(2))).isEqualTo(of(6));
    assertThat(score(sum, 0)).isEqualTo(of(1));
  }

  @Test
  void itemAndCategoryCapsAndFloorsApply() {
    // the category caps a sum of items; an item floor lifts a negative
    var cat = org.grassroots.rules.Indicator.category("cat", "大项", of(5), List.of(
        org.grassroots.rules.Indicator.item("x", "子项", of(4), new ScoringMethod.CountTimesPoints(of(1), of(10), Rounding.HALF_UP)),
        org.grassroots.rules.Indicator.item("y", "子项2", of(4), new ScoringMethod.YesNo(of(-3), of(2))).withFloor(of(-1))))
        .withCap(of(5));
    var rs = org.grassroots.rules.Ruleset.builder("t", Fixtures.CITY, 1, "测试", java.time.LocalDate.of(2024, 1, 1),
        org.grassroots.hierarchy.OrgKind.COMMUNITY).indicator(cat).build();
    var tree = Fixtures.streets(1, 2);
    int a = tree.require(org.grassroots.hierarchy.OrgUnitId.of("S1-C01"));
    int b = tree.require(org.grassroots.hierarchy.OrgUnitId.of("S1-C02"));
    InputColumns in = InputColumns.builder(tree, Fixtures.Y2024)
        .set(IndicatorId.of("x"), a, of(7)).set(IndicatorId.of("y"), a, 0)
        .set(IndicatorId.of("x"), b, of(2)).set(IndicatorId.of("y"), b, of(1)).build();
    Assessment r = CompiledRuleset.compile(rs).evaluate(in);
    assertThat(r.points(IndicatorId.of("cat"), tree.id(a))).isEqualTo(of(5)); // 7 + 2 = 9 → cap 5
    assertThat(r.points(IndicatorId.of("y"), tree.id(b))).isEqualTo(of(-1)); // -3 → floor -1
    assertThat(r.points(IndicatorId.of("cat"), tree.id(b))).isEqualTo(of(1));
    assertThat(r.explain(tree.id(a)).recomputeTotal()).isEqualTo(of(5));
  }
}

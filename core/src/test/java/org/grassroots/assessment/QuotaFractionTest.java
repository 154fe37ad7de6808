package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.assessment.RuleShapesTest.c;
import static org.grassroots.assessment.RuleShapesTest.graded;
import static org.grassroots.assessment.RuleShapesTest.in;
import static org.grassroots.assessment.RuleShapesTest.run;
import static org.grassroots.assessment.RuleShapesTest.set;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.TieBreak;
import org.junit.jupiter.api.Test;

/**
 * A quota's share as an exact fraction ("不超过三分之一" is 1/3, not 0.3333): the limit is {@code
 * rounding(numerator × size / denominator)} with no floating point, explained with the fraction, and
 * validated (more than the whole group, negative).
 */
class QuotaFractionTest {

  /** Totals 95, 93, 91, 85, 84, 83, 82, 70, 65, 40: nine units pass (合格 or better), three are 优秀. */
  static InputColumns ninePass() {
    InputColumns.Builder b = in();
    String[] v = {"95", "93", "91", "85", "84", "83", "82", "70", "65", "40"};
    for (int i = 0; i < v.length; i++) {
      set(b, i + 1, "a", v[i]);
    }
    return b.build();
  }

  static Quota thirdOfPassed(Optional<Fraction> share, Rounding rounding) {
    return new Quota(RuleId.of("q"), RuleId.of("top"), Optional.empty(), share, Optional.empty(), rounding,
        TieBreak.competition(), Quota.Counting.THIS_GRADE, Optional.of(RuleId.of("pass")), Quota.Enforcement.CUT);
  }

  @Test
  void aThirdOfNineIsThreeExactlyWhere0_3333WouldCutTheThird() {
    Assessment exact = run(graded().quota(thirdOfPassed(Optional.of(Fraction.of(1, 3)), Rounding.FLOOR)).build(),
        ninePass());
    assertThat(exact.grade(c(3))).map(g -> g.id().value()).contains("top");
    assertThat(exact.cutByQuota(c(3))).isFalse();
    assertThat(exact.quotaShares(RuleId.of("q"))).singleElement().satisfies(s -> {
      assertThat(s.size()).isEqualTo(9);
      assertThat(s.limit()).isEqualTo(3);
      assertThat(s.kept()).isEqualTo(3);
    });
    assertThat(exact.explain(c(3)).text(Locale.ENGLISH))
        .contains("quota [q]: place 3 of 9 in the group, limit 3 = 1/3 × 9, rounded down (floor)");
    assertThat(exact.explain(c(3)).text(Locale.CHINESE)).contains("限额 3 = 1/3 × 9，向下取整").doesNotContain("FLOOR");

    // the four-place decimal a third used to be written as: 0.3333 × 9 = 2.9997, floored to 2
    Assessment decimal = run(graded().quota(thirdOfPassed(Optional.of(Fraction.ofShare(3_333)), Rounding.FLOOR))
        .build(), ninePass());
    assertThat(decimal.cutByQuota(c(3))).isTrue();
    assertThat(decimal.grade(c(3))).map(g -> g.id().value()).contains("good");
    assertThat(decimal.explain(c(3)).text(Locale.ENGLISH)).contains("limit 2 = 0.3333 × 9, rounded down (floor)");
  }

  @Test
  void theDeclaredRoundingAppliesToTheExactProduct() {
    // 1/3 of 8 = 2⅔; 1/2 of 7 = 3½; 2/3 of 9 = 6 exactly
    assertThat(limit(1, 3, 8, Rounding.FLOOR)).isEqualTo(2);
    assertThat(limit(1, 3, 8, Rounding.CEILING)).isEqualTo(3);
    assertThat(limit(1, 3, 8, Rounding.HALF_UP)).isEqualTo(3);
    assertThat(limit(1, 2, 7, Rounding.HALF_UP)).isEqualTo(4);
    assertThat(limit(1, 2, 7, Rounding.HALF_DOWN)).isEqualTo(3);
    assertThat(limit(1, 2, 7, Rounding.HALF_EVEN)).isEqualTo(4);
    assertThat(limit(1, 2, 5, Rounding.HALF_EVEN)).isEqualTo(2);
    assertThat(limit(2, 3, 9, Rounding.FLOOR)).isEqualTo(6);
    assertThat(limit(2, 3, 9, Rounding.CEILING)).isEqualTo(6);
  }

  @Property(tries = 300)
  void theLimitIsTheExactProductRoundedAndNeverMoreThanTheGroup(@ForAll @LongRange(min = 0, max = 50) long num,
      @ForAll @LongRange(min = 1, max = 50) long den, @ForAll @IntRange(min = 0, max = 10_000) int size,
      @ForAll Rounding rounding) {
    BigDecimal exact = BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(size))
        .divide(BigDecimal.valueOf(den), 0, RoundingMode.valueOf(rounding.name()));
    long expected = Math.min(exact.longValueExact(), size);
    assertThat(limit(num, den, size, rounding)).isEqualTo(expected);
  }

  private static int limit(long num, long den, int size, Rounding rounding) {
    return QuotaPass.limitOf(thirdOfPassed(Optional.of(Fraction.of(num, den)), rounding), size);
  }

  @Test
  void theLimitRuleNamesTheShareTheCountOrBoth() {
    Quota share = thirdOfPassed(Optional.of(Fraction.of(1, 3)), Rounding.FLOOR);
    assertThat(text(QuotaPass.limitRule(share, 11), Locale.ENGLISH)).isEqualTo("1/3 × 11, rounded down (floor)");
    assertThat(text(QuotaPass.limitRule(share, 11), Locale.CHINESE)).isEqualTo("1/3 × 11，向下取整");
    Quota both = new Quota(RuleId.of("q"), RuleId.of("top"), Optional.empty(), Optional.of(2_000L), Optional.of(3),
        Rounding.HALF_UP, TieBreak.competition());
    assertThat(text(QuotaPass.limitRule(both, 16), Locale.CHINESE)).isEqualTo("min(0.2 × 16，四舍五入, 3)");
    assertThat(QuotaPass.limitOf(both, 16)).isEqualTo(3);
    Quota count = new Quota(RuleId.of("q"), RuleId.of("top"), Optional.empty(), Optional.empty(), Optional.of(3),
        Rounding.HALF_UP, TieBreak.competition());
    assertThat(text(QuotaPass.limitRule(count, 16), Locale.ENGLISH)).isEqualTo("3");
  }

  private static String text(org.grassroots.input.Messages.Text limitRule, Locale locale) {
    return org.grassroots.input.Messages.format(locale, limitRule.key(), limitRule.args().toArray());
  }

  @Test
  void aShareOverTheWholeGroupOrNegativeIsNamedWithItsFractionInBothLanguages() {
    Ruleset over = graded().quota(thirdOfPassed(Optional.of(Fraction.of(4, 3)), Rounding.FLOOR)).build();
    List<RuleError> errors = RulesetValidator.validate(over);
    assertThat(errors).extracting(RuleError::path).containsExactly("quotas[0].maxShare");
    assertThat(errors.get(0).key()).isEqualTo("rules.quotaOverHundred");
    assertThat(errors.get(0).message(Locale.ENGLISH)).contains("quotas[0].maxShare").contains("4/3");
    assertThat(errors.get(0).message(Locale.CHINESE)).contains("quotas[0].maxShare").contains("4/3").contains("名额");

    Ruleset negative = graded().quota(thirdOfPassed(Optional.of(Fraction.of(-1, 3)), Rounding.FLOOR)).build();
    assertThat(RulesetValidator.validate(negative)).singleElement().satisfies(e -> {
      assertThat(e.key()).isEqualTo("rules.negative");
      assertThat(e.message(Locale.ENGLISH)).contains("-1/3");
    });
    // exactly the whole group is allowed
    assertThat(RulesetValidator.validate(graded().quota(thirdOfPassed(Optional.of(Fraction.of(3, 3)),
        Rounding.FLOOR)).build())).isEmpty();
  }
}

package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Gate;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.Veto;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;

/** Flip points of a star's bar, checked against brute-force evaluation at the flip value and beside it. */
class StarSensitivityTest {
  private static final int N = 30;

  /** 一星 ≥ 60, 二星 ≥ 75, 三星 > 90 (exclusive), each also needing org ≥ 40 points; an incident bars every star. */
  static Baseline named(int shift) {
    return Baseline.of(Setup.of(StarFixtures.base().build()).withProgram(
        StarProgram.of(StarFixtures.named())), StarProgramTest.data(StarFixtures.tree(N), shift));
  }

  static Baseline baseline(int shift) {
    Ruleset rules = StarFixtures.base()
        .gate(new Gate(RuleId.of("g-org"), "组织建设达标", Condition.score("org", Comparison.AT_LEAST, Fixed.of(40))))
        .veto(new Veto(RuleId.of("v-incident"), "重大安全事故", Condition.present("incident"), Veto.Effect.DISQUALIFY,
            List.of()))
        .build();
    StarScheme graded = StarScheme.graded(rules, List.of("一星", "二星", "三星"),
        List.of(Bound.inclusive(Fixed.of(60)), Bound.inclusive(Fixed.of(75)), Bound.exclusive(Fixed.of(90))),
        List.of(RuleId.of("g-org")), Money.ofYuan(10_000));
    return Baseline.of(Setup.of(StarFixtures.base().build()).withProgram(StarProgram.of(graded)),
        StarProgramTest.data(StarFixtures.tree(N), shift));
  }

  @Property(tries = 12)
  void eachFlipPointIsWhereBruteForceEvaluationChanges(@ForAll @IntRange(min = 0, max = 39) int shift,
      @ForAll @IntRange(min = 1, max = 3) int k) {
    Baseline b = baseline(shift);
    RuleId star = RuleId.of("star-" + k);
    Parameter bar = b.setup().parameter("stars.rules.grades[star-" + k + "].minTotal");
    List<StarSensitivity.FlipPoint> points = StarSensitivity.of(b, star);
    assertThat(points).hasSize(N);
    int never = 0;
    for (StarSensitivity.FlipPoint f : points) {
      assertThat(holds(b, bar, bar.read(b.setup()), star, f.unit())).isEqualTo(f.holds());
      if (f.flipAt().isEmpty()) { // kept from the star by the gate or the veto: not even at a bar of 0
        assertThat(f.holds()).isFalse();
        assertThat(holds(b, bar, 0, star, f.unit())).as("%s at 0", f.unit()).isFalse();
        never++;
        continue;
      }
      long at = f.flipAt().getAsLong();
      long beside = f.holds() ? at - 1 : at + 1; // one fixed-point unit toward the baseline
      assertThat(holds(b, bar, at, star, f.unit())).as("%s at %d", f.unit(), at).isEqualTo(!f.holds());
      assertThat(holds(b, bar, beside, star, f.unit())).as("%s at %d", f.unit(), beside).isEqualTo(f.holds());
    }
    assertThat(never).as("the gate or veto keeps someone from every star").isPositive();
    assertThat(points).anyMatch(f -> f.flipAt().isPresent());
  }

  @Example
  void unknownStarsAndStarsWithoutABarAreRefused() {
    Baseline b = baseline(0);
    assertThatThrownBy(() -> StarSensitivity.of(b, RuleId.of("star-9"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("star-9");
    Baseline named = StarProgramTest.baseline(null);
    assertThatThrownBy(() -> StarSensitivity.of(named, StarFixtures.PIONEER)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("stars.rules.grades[pioneer].minTotal");
  }

  @Property(tries = 8)
  void aNamedStarsGateBarFlipsWhereItsScoreMeetsTheBar(@ForAll @IntRange(min = 0, max = 39) int shift) {
    Baseline b = named(shift);
    String path = "stars.rules.gates[g-pioneer].condition.value";
    Parameter bar = b.setup().parameter(path);
    List<StarSensitivity.FlipPoint> points = StarSensitivity.of(b, StarFixtures.PIONEER, path, 0, Fixed.of(60));
    assertThat(points).hasSize(N).anyMatch(StarSensitivity.FlipPoint::holds).anyMatch(f -> !f.holds());
    StarRatings r = b.outcome(StarOutcome.class).orElseThrow().ratings();
    for (StarSensitivity.FlipPoint f : points) {
      // pioneer: org points ≥ the bar, so a holder loses it just above its points and a non-holder gains it at them
      long org = r.assessment(StarFixtures.PIONEER).points(StarFixtures.ORG, f.unit());
      assertThat(f.flipAt()).as("%s", f.unit()).hasValue(f.holds() ? org + 1 : org);
      long at = f.flipAt().getAsLong();
      long beside = f.holds() ? at - 1 : at + 1;
      assertThat(holds(b, bar, at, StarFixtures.PIONEER, f.unit())).isEqualTo(!f.holds());
      assertThat(holds(b, bar, beside, StarFixtures.PIONEER, f.unit())).isEqualTo(f.holds());
    }
    // a narrower range: only the holders scoring below 41 flip within 40..41; the rest are out of its reach
    for (StarSensitivity.FlipPoint f : StarSensitivity.of(b, StarFixtures.PIONEER, path, Fixed.of(40), Fixed.of(41))) {
      long org = r.assessment(StarFixtures.PIONEER).points(StarFixtures.ORG, f.unit());
      assertThat(f.flipAt().isPresent()).as("%s", f.unit()).isEqualTo(f.holds() && org < Fixed.of(41));
    }
    assertThatThrownBy(() -> StarSensitivity.of(b, StarFixtures.PIONEER, path, Fixed.of(41), Fixed.of(60)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sensitivity.from");
    assertThatThrownBy(() -> StarSensitivity.of(b, StarFixtures.PIONEER, "rewardPerStar", 0, Fixed.of(60)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("rewardPerStar");
  }

  private static boolean holds(Baseline b, Parameter bar, long value, RuleId star, OrgUnitId unit) {
    return b.run(List.of(new Setting(bar, value))).outcome(StarOutcome.class).orElseThrow().ratings().earned(star, unit);
  }
}

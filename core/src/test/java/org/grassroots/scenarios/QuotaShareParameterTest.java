package org.grassroots.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.rules.Fixed.parse;

import java.util.List;
import org.grassroots.rules.Fraction;
import org.grassroots.rules.Quota;
import org.grassroots.rules.Ruleset;
import org.junit.jupiter.api.Test;

/** The scenario parameter {@code quotas[id].share} over a share written as an exact fraction (1/3). */
class QuotaShareParameterTest {
  private static Ruleset third() {
    Ruleset r = ScenarioFixture.ruleset(true);
    Quota q = r.quotas().get(0).withShare(Fraction.of(1, 3));
    return r.toBuilder().quotas(List.of(q)).build();
  }

  @Test
  void aThirdReadsAsTheNearestFixedPointShareAndSettingThatBackKeepsTheThird() {
    Ruleset r = third();
    RulesetParameter p = RulesetParameter.parse("quotas[qa].share");
    assertThat(p.read(r)).isEqualTo(parse("0.3333"));
    assertThat(p.apply(r, p.read(r))).isEqualTo(r);
    assertThat(p.apply(r, p.read(r)).quotas().get(0).maxShare()).contains(Fraction.of(1, 3));
    Ruleset quarter = p.apply(r, parse("0.25"));
    assertThat(quarter.quotas().get(0).maxShare()).contains(Fraction.ofShare(parse("0.25")));
    assertThat(p.read(quarter)).isEqualTo(parse("0.25"));
    // two thirds round half even to 0.6667
    Ruleset twoThirds = r.toBuilder().quotas(List.of(r.quotas().get(0).withShare(Fraction.of(2, 3)))).build();
    assertThat(p.read(twoThirds)).isEqualTo(parse("0.6667"));
  }

  @Test
  void aDecimalShareReadsExactly() {
    RulesetParameter p = RulesetParameter.parse("quotas[qa].share");
    assertThat(p.read(ScenarioFixture.ruleset(true))).isEqualTo(parse("0.3"));
  }
}

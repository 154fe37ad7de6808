package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The city baseline's published outcomes, pinned one line per case. */
class RuleCaseTest {
  private static final CompiledRuleset CITY = CompiledRuleset.compile(Fixtures.cityBaseline());
  private static final CompiledRuleset YUNGANG =
      CompiledRuleset.compile(RulesetResolver.resolve(Fixtures.yungangOverride(), Fixtures::lookup));

  private static final String FULL_MARKS = "org.secretary-file=1 org.meetings=12 org.mentoring=4 org.education=90"
      + " cogov.joint-meetings=8 cogov.member-units=20 cogov.dual-registration=100 cogov.projects=1"
      + " base.positions=90 base.funding=1 base.staffing=3 service.orders=15 assist-target=10"
      + " service.assistance=10 service.satisfaction=95 service.demands=90 service.volunteers=1"
      + " livable.disputes=10 livable.environment=90 livable.peace=1 members.in-service=100"
      + " members.commitments=30 members.recruitment=2 members.households=1 innovation.brand=1"
      + " innovation.cases=3 innovation.media=4 innovation.demo=90";

  @Test
  void theCityBaselinesCasesHold() {
    List<String> cases = List.of(
        // nothing reported: deductions keep their start (4 + 3 + 4), assistance has no target (3),
        // and alone in its peer group the unit gets band B (30% of 1 rounds to 0 places, 70% to 1): 2
        "nothing reported: => total=16 org=4 service=5 service.volunteers=2 grade=fail",
        "education just below 90: org.education=89.995 => org.education=3 org.discipline=4",
        "education at 90: org.education=90 => org.education=4",
        "meetings over target: org.meetings=15 => org.meetings=4",
        "two discipline cases: org.discipline=2 => org.discipline=0",
        // everything at full marks but the peer band (2 of 3, as above); alone in its street the
        // 20% excellent quota rounds down (FLOOR) to 0 places, so the unit falls to good
        "full marks: " + FULL_MARKS + " => total=99 grade=good vetoes=-",
        "full marks and honours: " + FULL_MARKS + " honours=3 => total=102 grade=good",
        "honours over the bonus cap: " + FULL_MARKS + " honours=9 => total=104",
        "major incident: " + FULL_MARKS + " major-incident=1 => total=0 grade=fail vetoes=major-incident-veto",
        "discipline case: " + FULL_MARKS + " discipline-case=1 => total=99 grade=good");
    for (String line : cases) {
      assertThat(RuleCase.parse(line).check(CITY)).as(line).isEmpty();
    }
  }

  @Test
  void yungangNeedsTheCityModelForExcellent() {
    assertThat(RuleCase.parse("no model: " + FULL_MARKS + " => grade=good").check(YUNGANG)).isEmpty();
    assertThat(RuleCase.parse("one incident: livable.safety=1 => livable.safety=0").check(YUNGANG)).isEmpty();
  }

  @Test
  void aFailingCaseSaysWhereAndWhat() {
    List<RuleError> errors = RuleCase.parse("wrong: org.education=89.995 => org.education=4 grade=fail").check(CITY);
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.path()).isEqualTo("cases[wrong].org.education");
      assertThat(e.message(Locale.CHINESE)).isEqualTo("cases[wrong].org.education：应为 4，规则集给出 3");
    });
  }

  @Test
  void refusesALineThatIsNotACase() {
    for (String bad : new String[] {"no arrow: a=1", "a=1 => b=2", "x: a => b=1", "x: a=1 =>", "x: a=abc => b=1"}) {
      assertThatThrownBy(() -> RuleCase.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class);
    }
  }
}

package org.grassroots.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class RulesetHistoryTest {
  private static final DistrictId D = DistrictId.of("yungang");

  private static Ruleset v(int version, LocalDate from) {
    return Ruleset.builder("rs", D, version, "考核办法 v" + version, from, OrgKind.COMMUNITY).build();
  }

  @Test
  void answersTheRevisionInForceOnADate() {
    RulesetHistory h = RulesetHistory.empty(D)
        .with(v(1, LocalDate.of(2023, 1, 1)))
        .with(v(2, LocalDate.of(2024, 1, 1)))
        .with(v(3, LocalDate.of(2024, 7, 1)));
    RulesetId id = RulesetId.of("rs");
    assertThat(h.inForce(id, LocalDate.of(2022, 12, 31))).isEmpty();
    assertThat(h.inForce(id, LocalDate.of(2023, 12, 31)).orElseThrow().version()).isEqualTo(1);
    assertThat(h.inForce(id, LocalDate.of(2024, 1, 1)).orElseThrow().version()).isEqualTo(2);
    assertThat(h.inForce(id, LocalDate.of(2024, 6, 30)).orElseThrow().version()).isEqualTo(2);
    assertThat(h.inForce(id, LocalDate.of(2024, 7, 1)).orElseThrow().version()).isEqualTo(3);
    assertThat(h.versions(id)).hasSize(3);
    assertThat(h.get(id, 1)).isPresent();
  }

  @Test
  void aRevisionThatEndsLeavesTheEarlierInForceAfterIt() {
    Ruleset pilot = v(2, LocalDate.of(2024, 3, 1)).toBuilder().effectiveUntil(LocalDate.of(2024, 6, 1)).build();
    RulesetHistory h = RulesetHistory.empty(D).with(v(1, LocalDate.of(2023, 1, 1))).with(pilot);
    assertThat(h.inForce(RulesetId.of("rs"), LocalDate.of(2024, 5, 31)).orElseThrow().version()).isEqualTo(2);
    assertThat(h.inForce(RulesetId.of("rs"), LocalDate.of(2024, 6, 1)).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aRulesetRefusesAnEndNotAfterItsStartAndRemovalsWithoutAParent() {
    assertThatThrownBy(() -> v(1, LocalDate.of(2024, 1, 1)).toBuilder().effectiveUntil(LocalDate.of(2024, 1, 1)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ruleset.effectiveUntil");
    assertThatThrownBy(() -> v(1, LocalDate.of(2024, 1, 1)).toBuilder().remove("x").build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ruleset.removed");
    assertThatThrownBy(() -> Ruleset.builder("bad id!", D, 1, "x", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("rulesetId");
  }

  @Test
  void refusesAVersionThatIsNotNextAndLeavesTheHistoryUnchanged() {
    RulesetHistory h = RulesetHistory.empty(D).with(v(1, LocalDate.of(2023, 1, 1)));
    assertThatThrownBy(() -> h.with(v(1, LocalDate.of(2024, 1, 1))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ruleset.version");
    assertThatThrownBy(() -> h.with(v(3, LocalDate.of(2024, 1, 1)))).isInstanceOf(InvalidInputException.class);
    assertThat(h.versions(RulesetId.of("rs"))).hasSize(1);
    Ruleset other = Ruleset.builder("rs", DistrictId.of("other"), 2, "x", LocalDate.of(2024, 1, 1), OrgKind.COMMUNITY).build();
    assertThatThrownBy(() -> h.with(other)).isInstanceOf(InvalidInputException.class);
  }
}

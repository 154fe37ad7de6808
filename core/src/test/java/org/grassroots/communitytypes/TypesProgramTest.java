package org.grassroots.communitytypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.TieBreak;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Parameter;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.scenarios.programs.ProgramDifferences;

/** 六型社区 in scenarios: the demonstration quota and a type's bar as parameters, who gains or loses a type. */
class TypesProgramTest {
  private static final List<Integer> SCORES = List.of(90, 70, 90, 40, 65, 61, 88, 59, 77, 95);

  static Baseline baseline(int quota) {
    CommunityTypes types = CommunityTypesTest.types(quota, TieBreak.ordinalById());
    Setup setup = Setup.of(types.rules()).withProgram(TypesProgram.of(types));
    return Baseline.of(setup, CommunityTypesTest.columns(CommunityTypesTest.tree(SCORES.size()), SCORES, 365, 12));
  }

  @Example
  void loweringTheDemonstrationQuotaLosesTheLowestRankedAndLeavesTheBaseline() {
    Baseline baseline = baseline(5);
    Setup before = baseline.setup();
    Parameter quota = before.parameter("types.demonstrationQuota");
    assertThat(quota.read(before)).isEqualTo(5);
    assertThat(baseline.figures().get("types.demonstrations")).isEqualTo(5);
    ScenarioResult r = baseline.run(List.of(new Setting(quota, 3)));
    assertThat(r.figures().get("types.demonstrations")).isEqualTo(3);
    ProgramDifferences d = r.differences().program("types").orElseThrow();
    // the top five eligible (total ≥ 60) by score: 95 c009, 90 c000, 90 c002, 88 c006, 77 c008 → the last two lose it
    assertThat(d.flips()).extracting(ProgramDifferences.Flip::unit)
        .containsExactly(OrgUnitId.of("c006"), OrgUnitId.of("c008"));
    assertThat(d.flips()).allSatisfy(f -> {
      assertThat(f.name()).isEqualTo("示范社区");
      assertThat(f.gains()).isFalse();
    });
    assertThat(baseline.outcome(TypesOutcome.class).orElseThrow().counts()).containsExactly(5, 4, 5);
    assertThat(r.outcome(TypesOutcome.class).orElseThrow().counts()).containsExactly(5, 4, 3);
    assertThat(d.after()).extracting(Figure::name).containsExactly("types.count[safety]", "types.count[culture]",
        "types.demonstrations");
    assertThat(d.after().get(2).label().text(java.util.Locale.CHINESE)).isEqualTo("示范社区数");
    assertThat(new Setting(quota, 3)).hasToString("types.demonstrationQuota=3");
    assertThat(baseline.setup()).isSameAs(before);
    assertThat(quota.read(before)).isEqualTo(5);
    assertThat(baseline.figures().get("types.demonstrations")).isEqualTo(5);
  }

  @Example
  void aTypesBarIsAParameterByPath() {
    Baseline baseline = baseline(5);
    Parameter bar = baseline.setup().parameter("types.rules.gates[g-culture].condition.value");
    assertThat(bar.read(baseline.setup())).isEqualTo(Fixed.of(12));
    ScenarioResult r = baseline.run(List.of(new Setting(bar, Fixed.of(13))));
    ProgramDifferences d = r.differences().program("types").orElseThrow();
    assertThat(r.outcome(TypesOutcome.class).orElseThrow().counts().get(1)).isZero();
    assertThat(d.flips()).hasSize(4).allSatisfy(f -> assertThat(f.name()).isEqualTo("文化娱乐型"));
    assertThatThrownBy(() -> baseline.setup().parameter("types.quota")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("types.quota");
    assertThatThrownBy(() -> baseline.setup().parameter("types.demonstrationQuota").apply(baseline.setup(), -1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("types.demonstrationQuota");
  }

  @Property(tries = 40)
  void theDemonstrationQuotaIsNeverExceeded(@ForAll @IntRange(min = 0, max = 12) int quota) {
    Baseline baseline = baseline(5);
    ScenarioResult r = baseline.run(List.of(new Setting(baseline.setup().parameter("types.demonstrationQuota"), quota)));
    assertThat(r.figures().get("types.demonstrations")).isLessThanOrEqualTo(quota).isLessThanOrEqualTo(8); // 8 are eligible
  }
}

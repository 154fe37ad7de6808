package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Setting;
import org.grassroots.scenarios.Setup;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.scenarios.programs.FigureKind;
import org.grassroots.scenarios.programs.Label;
import org.grassroots.scenarios.programs.ProgramDifferences;

/**
 * Programs are registered and found by name, so two programs of one class (a district's stars and a
 * members' points title declared in a file) live side by side; their figures are typed and labelled.
 */
class ProgramsByNameTest {
  private static final int N = 30;

  private static Baseline twoPrograms() {
    Setup s = StarProgramTest.setup(StarProgram.of(StarFixtures.named()))
        .withProgram(StarProgram.of("points", new StarScheme(StarFixtures.named().rules(), Money.ofYuan(500))));
    return Baseline.of(s, StarProgramTest.data(StarFixtures.tree(N), 0));
  }

  @Example
  void twoProgramsOfOneClassAreKeptApartByName() {
    Baseline b = twoPrograms();
    assertThat(b.outcomes()).extracting(o -> o.program()).containsExactly("points", "stars");
    long stars = b.figures().get("stars.total");
    assertThat(b.figures().get("points.total")).isEqualTo(stars).isPositive();
    assertThat(b.figures().get("points.due")).isEqualTo(stars * 50_000);
    assertThat(b.figures().get("stars.due")).isEqualTo(stars * 2_000_000);
    // a parameter of one moves only that program
    ScenarioResult r = b.run(List.of(new Setting(b.setup().parameter("points.rewardPerStar"), 100_000)));
    assertThat(r.figures().get("points.due")).isEqualTo(stars * 100_000);
    assertThat(r.figures().get("stars.due")).isEqualTo(stars * 2_000_000);
    assertThat(b.setup().parameter("points.rewardPerStar").kind()).isEqualTo(FigureKind.MONEY);
    assertThat(b.setup().parameter("points.rules.gates[g-pioneer].condition.value").kind())
        .isEqualTo(FigureKind.FIXED);
    // moving one program's bar flips only its own designations
    ScenarioResult moved = b.run(List.of(
        new Setting(b.setup().parameter("points.rules.gates[g-pioneer].condition.value"), Fixed.of(45))));
    ProgramDifferences points = moved.differences().program("points").orElseThrow();
    assertThat(points.lost()).isPositive();
    assertThat(moved.differences().program("stars").orElseThrow().changes()).isZero();
    // registering a program under a taken name replaces it
    Setup again = b.setup().withProgram(StarProgram.of("points", StarFixtures.named()));
    assertThat(again.programList()).hasSize(2);
    assertThat(((StarProgram) again.program("points").orElseThrow()).scheme().rewardPerStar())
        .isEqualTo(StarFixtures.named().rewardPerStar());
  }

  @Example
  void figuresAreTypedAndLabelledInBothLanguages() {
    Baseline b = twoPrograms();
    Figure due = b.figureList().stream().filter(f -> f.name().equals("stars.due")).findFirst().orElseThrow();
    assertThat(due.kind()).isEqualTo(FigureKind.MONEY);
    assertThat(due.formatted()).isEqualTo(new java.math.BigDecimal(due.value()).movePointLeft(2).toPlainString());
    assertThat(due.label().text(Locale.ENGLISH)).isEqualTo("reward due (yuan)");
    assertThat(due.label().text(Locale.CHINESE)).isEqualTo("应发奖励（元）");
    Figure count = b.figureList().stream().filter(f -> f.name().equals("stars.count[pioneer]")).findFirst().orElseThrow();
    assertThat(count.kind()).isEqualTo(FigureKind.COUNT);
    assertThat(count.label().bilingual()).contains(StarFixtures.named().stars().get(0).name()).containsPattern("\\p{IsHan}");
  }

  @Example
  void aBadProgramNameIsRefusedNamingItInBothLanguages() {
    assertThatThrownBy(() -> StarProgram.of("Stars!", StarFixtures.named())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("program.name").hasMessageContaining("Stars!").hasMessageContaining("项目名");
    assertThatThrownBy(() -> Label.of(" ")).isInstanceOf(InvalidInputException.class);
  }

  @Property(tries = 200)
  void moneyIsShownAsYuanWithFenExactly(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long fen) {
    String text = FigureKind.MONEY.format(fen);
    assertThat(text).matches("-?\\d+\\.\\d{2}");
    assertThat(new java.math.BigDecimal(text).movePointRight(2).longValueExact()).isEqualTo(fen);
    assertThat(FigureKind.COUNT.format(fen)).isEqualTo(Long.toString(fen));
    assertThat(FigureKind.FIXED.format(fen)).isEqualTo(Fixed.format(fen));
  }
}

package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.format.RulesetFileException;
import org.grassroots.stars.Money;
import org.junit.jupiter.api.Test;

/** {@code grassroots.programs}: program files loaded, followed and validated at start-up. */
class StarterProgramsTest {
  static final String YUNGANG = "classpath:org/grassroots/rules/format/examples/yungang-*.program.yaml";

  @Test
  void programFilesAreLoadedWithTheirCriteriaAtStartUp() {
    Contexts.starter().withPropertyValues("grassroots.programs=" + YUNGANG).run(ctx -> {
      assertThat(ctx).hasNotFailed();
      GrassrootsPrograms programs = ctx.getBean(GrassrootsPrograms.class);
      assertThat(programs.all()).containsOnlyKeys("yungang-stars", "yungang-types");
      assertThat(programs.get("yungang-stars").declaration().reward().orElseThrow().perStar())
          .isEqualTo(Money.ofYuan(20_000));
      assertThat(programs.get("yungang-stars").rules().grades()).hasSize(5);
      assertThatThrownBy(() -> programs.get("no-such"))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such").hasMessageContaining("yungang-stars");
    });
  }

  @Test
  void withoutThePropertyNoProgramIsLoaded() {
    Contexts.starter().run(ctx -> assertThat(ctx.getBean(GrassrootsPrograms.class).all()).isEmpty());
  }

  @Test
  void aBadFileStopsTheStartUpWithItsFileAndLineInBothLanguages() {
    Contexts.starter().withPropertyValues("grassroots.programs=classpath:grassroots-test/bad-programs/*.program.yaml")
        .run(ctx -> {
          assertThat(ctx).hasFailed();
          assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(RulesetFileException.class);
          String description = new GrassrootsFailureAnalyzer().analyze(ctx.getStartupFailure()).getDescription();
          assertThat(description).contains("broken.program.yaml:4").contains("starz").contains("处错误")
              .doesNotContain("\tat ");
        });
  }

  @Test
  void aLocationThatMatchesNothingStopsTheStartUpNamingTheProperty() {
    Contexts.starter().withPropertyValues("grassroots.programs=classpath:grassroots-test/nothing-here/*.yaml")
        .run(ctx -> {
          assertThat(ctx).hasFailed();
          String description = new GrassrootsFailureAnalyzer().analyze(ctx.getStartupFailure()).getDescription();
          assertThat(description).contains("grassroots.programs").contains("nothing-here").contains("项目文件");
        });
  }
}

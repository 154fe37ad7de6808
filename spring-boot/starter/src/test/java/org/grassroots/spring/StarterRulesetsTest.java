package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.RulesetId;
import org.grassroots.rules.format.RulesetFileException;
import org.junit.jupiter.api.Test;

class StarterRulesetsTest {
  @Test
  void rulesetFilesAreLoadedValidatedAndCompiledAtStartUp() {
    Contexts.starter().withPropertyValues("grassroots.rulesets=classpath:grassroots-test/rulesets/*.ruleset.yaml")
        .run(ctx -> {
          assertThat(ctx).hasNotFailed();
          GrassrootsRulesets rulesets = ctx.getBean(GrassrootsRulesets.class);
          assertThat(rulesets.all()).hasSize(1);
          assertThat(rulesets.inForce(DistrictId.of("demo"), RulesetId.of("community-assessment"),
              LocalDate.of(2024, 12, 31)).ruleset().name()).isEqualTo("示范区社区党建考核办法");
          assertThatThrownBy(() -> rulesets.inForce(DistrictId.of("demo"), RulesetId.of("community-assessment"),
              LocalDate.of(2023, 12, 31)))
              .isInstanceOf(InvalidInputException.class).hasMessageContaining("2023-12-31").hasMessageContaining("生效");
        });
  }

  @Test
  void aBadFileStopsTheStartUpWithItsFileAndLineInBothLanguages() {
    Contexts.starter().withPropertyValues("grassroots.rulesets=classpath:grassroots-test/bad/*.ruleset.yaml")
        .run(ctx -> {
          assertThat(ctx).hasFailed();
          assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(RulesetFileException.class);
          String description = new GrassrootsFailureAnalyzer().analyze(ctx.getStartupFailure()).getDescription();
          assertThat(description).contains("broken.ruleset.yaml:15").contains("ratioo").contains("处错误");
          assertThat(description).doesNotContain("\tat ");
        });
  }

  @Test
  void aLocationThatMatchesNothingStopsTheStartUp() {
    Contexts.starter().withPropertyValues("grassroots.rulesets=classpath:grassroots-test/nothing-here/*.yaml")
        .run(ctx -> {
          assertThat(ctx).hasFailed();
          String description = new GrassrootsFailureAnalyzer().analyze(ctx.getStartupFailure()).getDescription();
          assertThat(description).contains("grassroots.rulesets").contains("nothing-here").contains("没有匹配");
        });
  }
}

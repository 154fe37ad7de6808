package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.RulesetId;
import org.grassroots.rules.format.RulesetFileException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;

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
  void theFailureAnalyzerIsRegisteredForSpringBootsStartUpReport() throws Exception {
    List<String> analyzers = new ArrayList<>();
    for (URL u : Collections.list(getClass().getClassLoader().getResources(SpringFactoriesLoader.FACTORIES_RESOURCE_LOCATION))) {
      analyzers.add(String.valueOf(PropertiesLoaderUtils.loadProperties(new UrlResource(u))
          .getProperty(FailureAnalyzer.class.getName())));
    }
    assertThat(analyzers).anySatisfy(a -> assertThat(a).contains(GrassrootsFailureAnalyzer.class.getName()));
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

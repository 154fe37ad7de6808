package org.grassroots.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import org.grassroots.spring.GrassrootsAssessments;
import org.grassroots.spring.GrassrootsStorage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The service as a client sees it: JSON in, JSON out, errors as problem details in both languages. */
class ExampleServiceTest extends ServiceTestBase {

  @Test
  void assessingADistrictGivesEachCommunitysTotalAsADecimalAndItsGrade() throws Exception {
    mvc.perform(get("/districts/demo/assessments/2024").param("ruleset", "community-assessment"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.district").value("demo"))
        .andExpect(jsonPath("$.period").value("2024"))
        .andExpect(jsonPath("$.units.length()").value(3))
        .andExpect(jsonPath("$.units[0].unit").value("c1"))
        .andExpect(jsonPath("$.units[0].total").value(new BigDecimal("90.7143")))
        .andExpect(jsonPath("$.units[0].grade").value("excellent"))
        .andExpect(jsonPath("$.units[1].total").value(80))
        .andExpect(jsonPath("$.units[1].grade").value("good"))
        .andExpect(jsonPath("$.units[2].total").value(new BigDecimal("12.8571")))
        .andExpect(jsonPath("$.units[2].grade").value(nullValue()))
        .andExpect(content().string(containsString("\"total\":90.7143,")))
        .andExpect(content().string(containsString("\"total\":12.8571,")));
  }

  @Test
  void explainingAUnitGivesItsStepsAsDecimalsAndTheTextInTheRequestedLanguage() throws Exception {
    mvc.perform(get("/districts/demo/assessments/2024/units/c1/explanation").param("ruleset", "community-assessment")
            .header("Accept-Language", "zh-CN"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unit").value("c1"))
        .andExpect(jsonPath("$.total").value(new BigDecimal("90.7143")))
        .andExpect(content().string(containsString("\"id\":\"org.meetings\"")))
        .andExpect(content().string(containsString("\"input\":6,")))
        .andExpect(content().string(containsString("\"value\":25.7143,")))
        .andExpect(jsonPath("$.text").value(containsString("总分")))
        .andExpect(jsonPath("$.text").value(containsString("90.7143")));
    mvc.perform(get("/districts/demo/assessments/2024/units/c1/explanation").param("ruleset", "community-assessment")
            .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.text").value(not(containsString("总分"))));
  }

  @Test
  void starsAndRewardsForAPeriodAreCountedAndPaidInYuanWithFen() throws Exception {
    mvc.perform(get("/districts/demo/stars/2024").param("scheme", "community-stars").param("rewardPerStar", "20000"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"rewardPerStar\":20000.00,")))
        .andExpect(content().string(containsString("\"totalDue\":60000.00,")))
        .andExpect(content().string(containsString("\"due\":40000.00")))
        .andExpect(jsonPath("$.counts.star-org").value(2))
        .andExpect(jsonPath("$.counts.star-service").value(1))
        .andExpect(jsonPath("$.totalStars").value(3))
        .andExpect(jsonPath("$.units[0].unit").value("c1"))
        .andExpect(jsonPath("$.units[0].level").value(2))
        .andExpect(jsonPath("$.units[2].stars.length()").value(0));
    mvc.perform(get("/districts/demo/stars/2024").param("scheme", "community-stars").param("rewardPerStar", "16129.03"))
        .andExpect(content().string(containsString("\"totalDue\":48387.09,")));
  }

  @Test
  void badInputAnswers400WithAProblemDetailInTheRequestedLanguage() throws Exception {
    mvc.perform(get("/districts/demo/assessments/2024-Q5").param("ruleset", "community-assessment"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.key").value("rules.period"))
        .andExpect(jsonPath("$.field").value("period"))
        .andExpect(jsonPath("$.value").value("2024-Q5"))
        .andExpect(jsonPath("$.detail").value(containsString("2024-Q5")))
        .andExpect(jsonPath("$.detail").value(not(containsString("期"))))
        .andExpect(jsonPath("$.messages.zh").value(containsString("2024-Q5")))
        .andExpect(jsonPath("$.trace").doesNotExist());
    mvc.perform(get("/districts/demo/assessments/2024-Q5").param("ruleset", "community-assessment")
            .header("Accept-Language", "zh-CN,zh;q=0.9"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("输入有误"))
        .andExpect(jsonPath("$.detail").value(containsString("2024-Q5")))
        .andExpect(jsonPath("$.detail").value(containsString("期")));
  }

  @Test
  void aBadAmountAMissingParameterAnUnknownRulesetAndABadValueInTheBodyAreEach400NamingTheField() throws Exception {
    mvc.perform(get("/districts/demo/stars/2024").param("scheme", "community-stars").param("rewardPerStar", "1.005"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("rewardPerStar"))
        .andExpect(jsonPath("$.value").value("1.005"));
    mvc.perform(get("/districts/demo/assessments/2024").header("Accept-Language", "zh"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("ruleset"))
        .andExpect(jsonPath("$.detail").value(containsString("必须填写")));
    mvc.perform(get("/districts/demo/assessments/2024").param("ruleset", "no-such-ruleset"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.key").value("boot.rulesetNotInForce"))
        .andExpect(jsonPath("$.value").value("no-such-ruleset"));
    mvc.perform(post("/districts/demo/measurements/2024-Q2").contentType(MediaType.APPLICATION_JSON).content("""
            {"intakeId": "bad-1", "values": [{"unit": "c1", "indicator": "org.meetings", "value": 6.12345}]}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.key").value("rules.notExact"))
        .andExpect(jsonPath("$.field").value("value"))
        .andExpect(jsonPath("$.value").value("6.12345"));
  }

  @Test
  void assessmentsAndStorageCallsAreTimedInTheApplicationsMeterRegistry() throws Exception {
    MeterRegistry registry = context.getBean(MeterRegistry.class);
    long before = registry.find(GrassrootsAssessments.METRIC).tag("operation", "assess").timers().stream()
        .mapToLong(t -> t.count()).sum();
    mvc.perform(get("/districts/demo/assessments/2024").param("ruleset", "community-assessment"))
        .andExpect(status().isOk());
    assertThat(registry.get(GrassrootsAssessments.METRIC).tag("operation", "assess").tag("outcome", "success")
        .timer().count()).isEqualTo(before + 1);
    assertThat(registry.get(GrassrootsStorage.METRIC).tag("operation", "measurements.withinPeriod").timer().count())
        .isPositive();
  }

  @Test
  void theHealthEndpointIncludesTheStarterIndicatorAndIsUp() throws Exception {
    assertThat(context.containsBean("grassrootsHealthIndicator")).isTrue();
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }
}

package org.grassroots.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.spring.Contexts.CHANGE;
import static org.grassroots.spring.Contexts.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.assessment.Assessment;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A periodic ruleset (三会一课, the example branch-meetings) assessed from stored monthly and quarterly
 * measurements, in memory and in a database: the months and quarters of the period reach the
 * assessment, those of another year do not.
 */
class StarterPeriodicTest {
  private static final DistrictId COUNTY = DistrictId.of("example-county");
  private static final String RULESETS =
      "grassroots.rulesets=classpath:org/grassroots/rules/format/examples/branch-meetings.ruleset.yaml";

  @Test
  void monthlyMeasurementsInMemoryReachTheAssessment() {
    check(Contexts.starter().withPropertyValues(RULESETS));
  }

  @Test
  void monthlyMeasurementsInADatabaseReachTheAssessment() {
    check(Contexts.withH2().withPropertyValues(RULESETS, "grassroots.personal-data.codec=plain"));
  }

  private static Measurement m(String unit, String input, Period period, long value) {
    return new Measurement(OrgUnitId.of(unit), IndicatorId.of(input), period, Fixed.of(value));
  }

  private static void check(ApplicationContextRunner runner) {
    runner.run(ctx -> {
      StorageProvider storage = ctx.getBean(StorageProvider.class);
      OrgKind branch = OrgKind.of("branch");
      storage.organizations().createAll(CHANGE, List.of(unit(COUNTY, "county", OrgKind.DISTRICT, null),
          unit(COUNTY, "b1", branch, "county"), unit(COUNTY, "b2", branch, "county")));
      Period y = Period.year(2024);
      List<Measurement> ms = new ArrayList<>();
      for (String u : List.of("b1", "b2")) {
        ms.add(m(u, "records", y, 90));
        for (int month = 1; month <= 12; month++) {
          Period p = Period.month(2024, month);
          // b2 held no 支委会 in March and July
          ms.add(m(u, "committee-meetings", p, u.equals("b2") && (month == 3 || month == 7) ? 0 : 1));
          ms.add(m(u, "group-meetings", p, 1));
          ms.add(m(u, "theme-days", p, 1));
        }
        for (int q = 1; q <= 4; q++) {
          ms.add(m(u, "general-meetings", Period.quarter(2024, q), 1));
          ms.add(m(u, "party-lectures", Period.quarter(2024, q), 1));
        }
      }
      // b1's lectures of the year before: another period, not read
      ms.add(m("b1", "party-lectures", Period.quarter(2023, 4), 0));
      storage.measurements().putAll(CHANGE, COUNTY, ms);

      GrassrootsAssessments assessments = ctx.getBean(GrassrootsAssessments.class);
      RulesetId rules = RulesetId.of("branch-meetings");
      Assessment a = assessments.assess(COUNTY, rules, y);
      assertThat(a.grade(OrgUnitId.of("b1")).orElseThrow().id().value()).isEqualTo("kept");
      assertThat(a.grade(OrgUnitId.of("b2")).orElseThrow().id().value()).isEqualTo("mostly");
      assertThat(a.total(OrgUnitId.of("b2"))).isEqualTo(Fixed.of(90));
      assertThat(assessments.inputs(COUNTY, y).subPeriodsOf(IndicatorId.of("committee-meetings"))).hasSize(12);

      String text = assessments.explain(COUNTY, rules, y, OrgUnitId.of("b2")).text(Locale.ENGLISH);
      assertThat(text).contains("committee-meetings ≥ 1 in every month: met in 10 of 12 months",
          "missed: 2024-03 = 0, 2024-07 = 0): ✗");
      assertThat(assessments.explain(COUNTY, rules, y, OrgUnitId.of("b2")).text(Locale.SIMPLIFIED_CHINESE))
          .contains("12 个月中 10 个月达到", "未达到：2024-03 = 0, 2024-07 = 0");
      // a quarter assessed reads its own three months
      Assessment q1 = assessments.assess(COUNTY, rules, Period.quarter(2024, 3));
      assertThat(q1.grade(OrgUnitId.of("b2")).orElseThrow().id().value()).isEqualTo("not-kept");
      assertThat(assessments.assess(COUNTY, rules, Period.quarter(2024, 2)).grade(OrgUnitId.of("b2"))
          .orElseThrow().id().value()).isEqualTo("kept");
    });
  }
}

package org.grassroots.assessment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetId;
import org.grassroots.rules.Veto;

/**
 * One unit's published assessment result (已公布考核结果): what a host keeps of an {@link Assessment}
 * so the announced figures stay as announced when rules or data change later. Numbers are fixed
 * point ({@link org.grassroots.rules.Fixed}), exactly as the assessment computed them.
 *
 * @param ruleset the ruleset's id
 * @param version the ruleset's revision
 * @param period the period assessed
 * @param unit the unit assessed
 * @param total the final total (得分)
 * @param grade the grade given (等次), if any
 * @param vetoes the 一票否决 rules that fired, in the ruleset's order; empty when none
 * @param cutByQuota whether a quota cut the unit from a better grade (名额限制)
 * @param categories the points of each top-level category (分类得分), in display order
 */
public record AssessmentRecord(
    RulesetId ruleset, int version, Period period, OrgUnitId unit, long total, Optional<RuleId> grade,
    ImmutableList<RuleId> vetoes, boolean cutByQuota, ImmutableMap<IndicatorId, Long> categories) {
  public AssessmentRecord {
    Check.notNull("assessmentRecord.ruleset", ruleset);
    Check.atLeast("assessmentRecord.version", version, 1);
    Check.notNull("assessmentRecord.period", period);
    Check.notNull("assessmentRecord.unit", unit);
    Check.notNull("assessmentRecord.grade", grade);
    Check.notNull("assessmentRecord.vetoes", vetoes);
    Check.notNull("assessmentRecord.categories", categories);
  }

  /** The result of {@code unit} in {@code assessment}. */
  public static AssessmentRecord of(Assessment assessment, OrgUnitId unit) {
    Check.notNull("assessment", assessment);
    Check.notNull("unit", unit);
    var rules = assessment.rules().ruleset();
    ImmutableMap.Builder<IndicatorId, Long> categories = ImmutableMap.builder();
    for (Indicator c : rules.indicators()) {
      categories.put(c.id(), assessment.points(c.id(), unit));
    }
    return new AssessmentRecord(rules.id(), rules.version(), assessment.period(), unit, assessment.total(unit),
        assessment.grade(unit).map(g -> g.id()),
        assessment.vetoes(unit).stream().map(Veto::id).collect(ImmutableList.toImmutableList()),
        assessment.cutByQuota(unit), categories.buildOrThrow());
  }

  /** One record per assessed unit, in snapshot order. */
  public static List<AssessmentRecord> all(Assessment assessment) {
    Check.notNull("assessment", assessment);
    ImmutableList.Builder<AssessmentRecord> out = ImmutableList.builder();
    for (int pos : assessment.subjects()) {
      out.add(of(assessment, assessment.tree().id(pos)));
    }
    return out.build();
  }

  /** True when a veto fired (否决). */
  public boolean vetoed() {
    return !vetoes.isEmpty();
  }

  /** The record's id: {@code ruleset/version/period/unit} (an id never holds {@code /}). */
  public String id() {
    return ruleset.value() + "/" + version + "/" + period + "/" + unit.value();
  }
}

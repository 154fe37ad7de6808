package org.grassroots.rules.format;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.RuleId;

/**
 * One fixture case of a ruleset (规则测试用例): a unit's inputs and the outcomes the ruleset must
 * give it — written as one line of a cases file, e.g. {@code {unit: c01, inputs: {org.meetings: 6},
 * expect: {total: 97, grade: 良好}}}.
 *
 * @param name the test's name: the case's {@code name}, else the unit
 * @param unit the unit assessed
 * @param group the peer group (street) the unit sits in
 * @param inputs the unit's measured inputs (the file's defaults merged under the case's own),
 *     fixed point
 * @param perSubPeriod the values of inputs measured per month or quarter (分期数据), one per
 *     sub-period of the period in order, empty where the unit has none (missing)
 * @param expect what the ruleset must give
 * @param at where the case is written
 */
public record RulesetCase(
    String name, OrgUnitId unit, String group, Map<IndicatorId, Long> inputs,
    Map<IndicatorId, List<OptionalLong>> perSubPeriod, Expectation expect, SourceLocation at) {
  /** A case with no sub-period values. */
  public RulesetCase(String name, OrgUnitId unit, String group, Map<IndicatorId, Long> inputs, Expectation expect,
      SourceLocation at) {
    this(name, unit, group, inputs, Map.of(), expect, at);
  }

  public RulesetCase {
    Check.notBlank("case.name", name);
    Check.notNull("case.unit", unit);
    Check.notBlank("case.group", group);
    inputs = ImmutableMap.copyOf(Check.notNull("case.inputs", inputs));
    ImmutableMap.Builder<IndicatorId, List<OptionalLong>> lists = ImmutableMap.builder();
    Check.notNull("case.perSubPeriod", perSubPeriod).forEach((id, v) -> lists.put(id, List.copyOf(v)));
    perSubPeriod = lists.build();
    Check.notNull("case.expect", expect);
    Check.notNull("case.at", at);
  }

  /**
   * The outcomes a case pins; an absent part is not checked.
   *
   * @param total the final total, fixed point
   * @param grade a grade's id or display name; {@code Optional.of("")} for "no grade"
   * @param vetoes exactly the vetoes that fire
   * @param cutByQuota whether a quota cut the unit from a better grade
   * @param points the points of indicators (categories or sub-items), fixed point
   * @param missing exactly the inputs the unit has no value of (缺失输入), in any order
   * @param refused whether the assessment is refused for this unit's missing value (a {@code
   *     refuse} input it lacks); when it is, every case of the file must expect it
   * @param notAssessed whether an exemption makes the unit not assessed (免于考核)
   */
  public record Expectation(
      Optional<Long> total,
      Optional<String> grade,
      Optional<List<RuleId>> vetoes,
      Optional<Boolean> cutByQuota,
      Map<IndicatorId, Long> points,
      Optional<List<IndicatorId>> missing,
      Optional<Boolean> refused,
      Optional<Boolean> notAssessed) {
    public Expectation {
      Check.notNull("expect.notAssessed", notAssessed);
      Check.notNull("expect.total", total);
      Check.notNull("expect.grade", grade);
      vetoes = Check.notNull("expect.vetoes", vetoes).map(List::copyOf);
      Check.notNull("expect.cutByQuota", cutByQuota);
      points = ImmutableMap.copyOf(Check.notNull("expect.points", points));
      missing = Check.notNull("expect.missing", missing).map(List::copyOf);
      Check.notNull("expect.refused", refused);
    }

    /** An expectation that pins no missing inputs and no refusal. */
    public Expectation(Optional<Long> total, Optional<String> grade, Optional<List<RuleId>> vetoes,
        Optional<Boolean> cutByQuota, Map<IndicatorId, Long> points) {
      this(total, grade, vetoes, cutByQuota, points, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** An expectation that pins nothing about exemptions. */
    public Expectation(Optional<Long> total, Optional<String> grade, Optional<List<RuleId>> vetoes,
        Optional<Boolean> cutByQuota, Map<IndicatorId, Long> points, Optional<List<IndicatorId>> missing,
        Optional<Boolean> refused) {
      this(total, grade, vetoes, cutByQuota, points, missing, refused, Optional.empty());
    }
  }
}

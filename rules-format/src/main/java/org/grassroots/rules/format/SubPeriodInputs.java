package org.grassroots.rules.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.grassroots.assessment.InputColumns;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.SubPeriod;

/**
 * The values of inputs measured per month or quarter in a cases file (分期数据): a list with one
 * value per sub-period of the period, in order, e.g. {@code committee-meetings: [1, 1, 0, 1, 1, 1,
 * 1, 1, 1, 1, 1, 1]} for the twelve months of a year; {@code missing} (缺失) for a sub-period the unit
 * did not report. Checks each list against the input's declaration and places it in the columns.
 */
final class SubPeriodInputs {
  private final Map<IndicatorId, SubPeriod> per = new LinkedHashMap<>();
  private final Period period;
  private final Map<String, SourceLocation> locations;

  SubPeriodInputs(Ruleset effective, Period period, Map<String, SourceLocation> locations) {
    for (InputSpec in : effective.inputs()) {
      in.per().ifPresent(p -> per.put(in.id(), p));
    }
    this.period = period;
    this.locations = locations;
  }

  /** The lists of an inputs object by id (its other values are read by {@link RulesetCases#inputs}). */
  static Map<IndicatorId, List<OptionalLong>> lists(Cursor c) {
    c.anyObject();
    Map<IndicatorId, List<OptionalLong>> m = new LinkedHashMap<>();
    for (var it = c.node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      Cursor v = c.field(name);
      if (v.node.isArray()) {
        IndicatorId id = v.build(() -> IndicatorId.of(name));
        m.put(id, v.elements(x -> Optional.ofNullable(RulesetCases.value(x))
            .map(OptionalLong::of).orElse(OptionalLong.empty())));
      }
    }
    return m;
  }

  /**
   * True (and a problem recorded) when {@code id}, given one value, is measured per month or
   * quarter and needs a list.
   */
  boolean check(IndicatorId id, String path, SourceLocation fallback, List<RulesetProblem> problems) {
    SubPeriod p = per.get(id);
    if (p == null) {
      return false;
    }
    problems.add(RulesetProblem.of(locations.getOrDefault(path, fallback), path, "format.caseNeedsList", id.value(),
        Cursor.camel(p), p.count(period), period));
    return true;
  }

  /** Places the lists of case {@code k} at {@code position}, recording a problem for each bad one. */
  void place(RulesetCase c, int k, Set<IndicatorId> known, int position, InputColumns.Builder in,
      List<RulesetProblem> problems) {
    for (Map.Entry<IndicatorId, List<OptionalLong>> e : c.perSubPeriod().entrySet()) {
      IndicatorId id = e.getKey();
      String path = "cases[" + k + "].inputs." + id;
      SourceLocation at = locations.getOrDefault(path, locations.getOrDefault("defaults." + id, c.at()));
      SubPeriod p = per.get(id);
      if (!known.contains(id)) {
        problems.add(RulesetProblem.of(at, path, "format.caseUnknown", id.value()));
      } else if (p == null) {
        problems.add(RulesetProblem.of(at, path, "format.caseNotPeriodic", id.value()));
      } else if (e.getValue().size() != p.count(period)) {
        problems.add(RulesetProblem.of(at, path, "format.caseSubPeriods", id.value(), p.count(period),
            Cursor.camel(p), period, e.getValue().size()));
      } else {
        List<Period> parts = p.of(period);
        for (int i = 0; i < parts.size(); i++) {
          OptionalLong v = e.getValue().get(i);
          if (v.isPresent()) {
            in.set(id, parts.get(i), position, v.getAsLong());
          }
        }
      }
    }
  }

  /** True when case {@code c} gives every sub-period's value of {@code id}. */
  static boolean complete(RulesetCase c, IndicatorId id) {
    List<OptionalLong> v = c.perSubPeriod().get(id);
    return v != null && v.stream().allMatch(OptionalLong::isPresent);
  }
}

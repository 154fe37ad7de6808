package org.grassroots.assessment;

import java.util.List;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.SubPeriod;

/**
 * The sub-period columns of one run (分期数据列): for each input measured per month or quarter, its
 * column in each sub-period of the assessed period, in order (a sub-period without a column reads
 * as 0 everywhere and is missing). Refuses sub-period values the ruleset cannot read and a period
 * that does not split into the declared sub-periods.
 */
final class SubPeriodColumns {
  private SubPeriodColumns() {}

  /**
   * Per slot, the columns of its sub-periods (null for a slot not measured per sub-period).
   *
   * @throws InvalidInputException naming the input: sub-period values of an input not declared per
   *     that sub-period, a whole-period value of an input declared per sub-period, or a period
   *     that holds no whole sub-period of the declared kind (a month has no whole quarter)
   */
  static long[][][] of(CompiledPlan plan, InputColumns columns, long[] zeros) {
    Period period = columns.period();
    for (IndicatorId id : columns.subPeriodIndicators()) {
      Integer s = plan.slotOf.get(id);
      Check.that(s != null, "assessment.unknownInput", "columns", id, plan.ruleset.ref());
      for (Period part : columns.subPeriodsOf(id)) {
        SubPeriod per = plan.slotPer[s];
        if (per == null || per.kind() != part.kind()) {
          throw new InvalidInputException("assessment.notMeasuredPer", "columns", id.value(), part);
        }
      }
    }
    long[][][] sub = new long[plan.slotIds.size()][][];
    for (int s = 0; s < sub.length; s++) {
      SubPeriod per = plan.slotPer[s];
      if (per == null) {
        continue;
      }
      IndicatorId id = plan.slotIds.get(s);
      List<Period> parts = per.of(period);
      boolean itself = parts.size() == 1 && parts.get(0).equals(period); // a quarter per quarter
      Check.that(itself || columns.column(id).isEmpty(), "assessment.wholeForPeriodic", "columns", id, per);
      if (parts.isEmpty()) {
        throw new InvalidInputException("assessment.periodNotSplit", "period", period.toString(), id, per);
      }
      sub[s] = new long[parts.size()][];
      for (int k = 0; k < parts.size(); k++) {
        sub[s][k] = columns.column(id, parts.get(k)).orElse(zeros);
      }
    }
    return sub;
  }
}

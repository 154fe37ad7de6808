package org.grassroots.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.grassroots.assessment.InputColumns;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.SubPeriod;

/**
 * The period of a row of a measurements file, long or wide (行的考核周期与分期): the period assessed
 * (a whole-period value), a month or quarter within it (a value of an input measured per month or
 * quarter, 分期数据, e.g. {@code 2024-03} or {@code 2024-Q1} when assessing {@code 2024}), or another
 * period at least as long as the one assessed, whose rows are skipped (a file may hold several years'
 * values). A row of a month or quarter outside the period assessed is refused, naming file, line, the
 * period column and the value (2023-12 in a file assessed for 2024 is a slip, not another year's
 * data: skipping it would leave that month missing). A value is also refused when its period does not
 * fit its input's declaration ({@link InputSpec#per()}): a month's value of an input measured once per
 * period or per quarter, or a whole-period value of an input measured per month or quarter.
 */
final class RowPeriods {
  private final Period period;
  private final Map<IndicatorId, SubPeriod> per = new HashMap<>();
  private String lastText;
  private Optional<Period> last = Optional.empty();

  RowPeriods(Ruleset ruleset, Period period) {
    this.period = period;
    for (InputSpec in : ruleset.inputs()) {
      in.per().ifPresent(p -> per.put(in.id(), p));
    }
  }

  /** The sub-periods (months or quarters) of the period that {@code input} is measured per; empty when measured once. */
  List<Period> partsOf(IndicatorId input) {
    SubPeriod p = per.get(input);
    return p == null ? List.of() : p.of(period);
  }

  /** True when {@code input} has one value per month or quarter (a quarter measured per quarter has one: itself). */
  boolean isPeriodic(IndicatorId input) {
    SubPeriod p = per.get(input);
    return p != null && p.kind() != period.kind();
  }

  /**
   * The period of a row whose {@code period} cell holds {@code text}: the period assessed (also for an
   * empty cell), a month or quarter within it, or empty for a row of another period at least as long.
   *
   * @throws CsvInputException if {@code text} is not a period, or is a shorter period (a month, a
   *     quarter) outside the period assessed
   */
  Optional<Period> of(String file, long line, String text) {
    if (text == null || text.isEmpty()) {
      return Optional.of(period);
    }
    if (!text.equals(lastText)) { // rows usually come grouped by period
      Period p;
      try {
        p = Period.parse(text);
      } catch (InvalidInputException e) {
        throw new CsvInputException("cli.badPeriod", file, line, "period", text);
      }
      boolean part = p.kind().months() < period.kind().months(); // a month or quarter: a part of one period
      if (part && (p.start().isBefore(period.start()) || p.end().isAfter(period.end()))) {
        throw new CsvInputException("cli.outsidePeriod", file, line, "period", text, period.toString(),
            period.start().toString(), period.end().toString());
      }
      // a part that does not fit its input (e.g. a half year) is refused by set, at its value
      last = p.equals(period) || part ? Optional.of(p) : Optional.empty();
      lastText = text;
    }
    return last;
  }

  /**
   * Sets {@code value} of {@code input} at {@code position} for {@code rowPeriod} (one {@link #of}
   * returned), after checking that the period fits the input.
   *
   * @throws CsvInputException naming {@code column} and {@code shown}: a sub-period value of an input
   *     not measured per that sub-period, or a whole-period value of an input measured per month or quarter
   */
  void set(InputColumns.Builder b, IndicatorId input, Period rowPeriod, int position, long value, String file,
      long line, String column, String shown) {
    SubPeriod p = per.get(input);
    if (rowPeriod.equals(period)) {
      if (isPeriodic(input)) {
        throw new CsvInputException("cli.wholeForPeriodic", file, line, column, shown, input.value(),
            p, period.toString(), p.of(period).get(0).toString());
      }
      b.set(input, position, value);
      return;
    }
    if (p == null || p.kind() != rowPeriod.kind()) {
      throw new CsvInputException("cli.notMeasuredPer", file, line, column, shown, input.value(),
          rowPeriod.toString(), p == null ? "-" : p.name().toLowerCase(Locale.ROOT), period.toString());
    }
    b.set(input, rowPeriod, position, value);
  }
}

package org.grassroots.rules;

import java.util.Optional;
import org.grassroots.input.Check;

/**
 * The scoring methods a published text declares without a limit (上不封顶 / 不设下限): a count, a
 * deduction and a ratio to a target that would otherwise need a cap or a floor. Declared as such,
 * so that a ruleset never says "no cap" with a huge fake cap.
 */
public final class Uncapped {
  private Uncapped() {}

  /**
   * Count times points, no cap (按次计分，上不封顶): {@code input × each} rounded by {@code rounding};
   * a negative input counts as 0.
   */
  public record Count(long each, Rounding rounding) implements ScoringMethod {
    public Count {
      Check.notNull("uncappedCount.rounding", rounding);
    }

    @Override
    public String code() {
      return "uncappedCount";
    }

    @Override
    public <R> R accept(ScoringMethod.Visitor<R> visitor) {
      return visitor.visitUncappedCount(this);
    }
  }

  /**
   * Deduction per occurrence, no floor (按次扣分，不设下限): {@code start − input × each} with the
   * product rounded by {@code rounding}; a negative input counts as 0. The points may go below 0.
   */
  public record Deduction(long start, long each, Rounding rounding) implements ScoringMethod {
    public Deduction {
      Check.notNull("uncappedDeduction.rounding", rounding);
    }

    @Override
    public String code() {
      return "uncappedDeduction";
    }

    @Override
    public <R> R accept(ScoringMethod.Visitor<R> visitor) {
      return visitor.visitUncappedDeduction(this);
    }
  }

  /**
   * Ratio to a target, no cap (完成率计分，超额上不封顶): {@code points × input / target} rounded by
   * {@code rounding}; a negative input counts as 0. The target is the constant {@code target}, or
   * the unit's value of {@code targetInput} when present (a rate of two inputs); a target that is
   * not positive gives {@code whenNoTarget}.
   */
  public record Ratio(long target, Optional<IndicatorId> targetInput, long points, long whenNoTarget,
      Rounding rounding) implements ScoringMethod {
    public Ratio {
      Check.notNull("uncappedRatio.targetInput", targetInput);
      Check.notNull("uncappedRatio.rounding", rounding);
    }

    @Override
    public String code() {
      return "uncappedRatio";
    }

    @Override
    public <R> R accept(ScoringMethod.Visitor<R> visitor) {
      return visitor.visitUncappedRatio(this);
    }
  }
}

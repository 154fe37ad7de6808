package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.input.Check;

/**
 * A condition on one unit's results (条件), used by gates, vetoes and exemptions: comparisons of the
 * total, of an indicator's points or of a raw input with a constant or with a fraction of another
 * such value, combined with all/any/not; categories and dates of declared inputs; and periodic
 * conditions over inputs measured per month or quarter ({@link Periodic}). Each comparison names its
 * boundary ({@link Comparison}).
 */
public sealed interface Condition {

  /**
   * Hands this condition to the {@code visitor}'s branch for its kind: every kind has a branch, so a
   * new kind cannot be added without handling it wherever conditions are dispatched.
   */
  <R> R accept(Visitor<R> visitor);

  /** One branch per kind of condition (exhaustive dispatch over the sealed family). */
  interface Visitor<R> {
    R visitCompare(Compare c);

    R visitEveryCategory(EveryCategory c);

    R visitAllOf(AllOf c);

    R visitAnyOf(AnyOf c);

    R visitNot(Not c);

    R visitShareOf(ShareOf c);

    R visitInCategory(InCategory c);

    R visitOnDate(OnDate c);

    R visitPeriodic(Periodic c);
  }

  /**
   * A periodic condition (分期条件) over an input measured per month or quarter ({@link
   * InputSpec#per()}): its value compared with {@code value} in every sub-period of the assessment
   * period (每月至少召开1次), or in at least {@code inAtLeast} of them (全年至少10个月). A missing
   * sub-period value is read by the input's missing-value policy (by default as 0, so that month is
   * missed).
   *
   * @param input a declared input measured per month or quarter
   * @param comparison how each sub-period's value is compared, e.g. {@link Comparison#AT_LEAST}
   * @param value the value compared with (fixed point; e.g. {@code Fixed.of(1)} for once)
   * @param inAtLeast empty: in every sub-period; else in at least this many (1 or more)
   */
  record Periodic(IndicatorId input, Comparison comparison, long value, java.util.OptionalInt inAtLeast)
      implements Condition {
    public Periodic {
      Check.notNull("condition.input", input);
      Check.notNull("condition.comparison", comparison);
      Check.notNull("condition.inAtLeast", inAtLeast);
    }

    /** {@code input <comparison> value} in every sub-period (每月/每季度均). */
    public static Periodic every(IndicatorId input, Comparison comparison, long value) {
      return new Periodic(input, comparison, value, java.util.OptionalInt.empty());
    }

    /** {@code input <comparison> value} in at least {@code periods} of the sub-periods. */
    public static Periodic inAtLeast(int periods, IndicatorId input, Comparison comparison, long value) {
      return new Periodic(input, comparison, value, java.util.OptionalInt.of(periods));
    }

    /** True when the condition holds with {@code met} of {@code count} sub-periods meeting it. */
    public boolean holds(int met, int count) {
      return inAtLeast.isPresent() ? met >= inAtLeast.getAsInt() : met == count;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitPeriodic(this);
    }
  }

  /**
   * A categorical input is one of the labelled categories (属于类别), e.g. the member's category is
   * 预备党员. A missing value is no category: the condition does not hold.
   */
  record InCategory(IndicatorId input, List<String> labels) implements Condition {
    public InCategory {
      Check.notNull("condition.input", input);
      labels = ImmutableList.copyOf(Check.notEmpty("condition.labels", labels));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInCategory(this);
    }
  }

  /**
   * A date input compared with a date (日期条件), e.g. registered {@link Comparison#BELOW before}
   * 2024-06-30. A missing value is no date: the condition does not hold.
   */
  record OnDate(IndicatorId input, Comparison comparison, java.time.LocalDate date) implements Condition {
    public OnDate {
      Check.notNull("condition.input", input);
      Check.notNull("condition.comparison", comparison);
      Check.notNull("condition.date", date);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitOnDate(this);
    }
  }

  /**
   * One value compared with a fraction of another (两项比较), exactly: {@code operand <comparison>
   * share × of}, e.g. members present ≥ ⅔ of members due (实到 ≥ 应到 × 2/3), or the points of one
   * item above those of another (share 1). Tested by cross-multiplying; nothing is rounded.
   */
  record ShareOf(Operand operand, Comparison comparison, Fraction share, Operand of) implements Condition {
    public ShareOf {
      Check.notNull("condition.operand", operand);
      Check.notNull("condition.comparison", comparison);
      Check.notNull("condition.share", share);
      Check.notNull("condition.of", of);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitShareOf(this);
    }
  }

  /** {@code operand <comparison> value}, e.g. total ≥ 85 or input "major-incident" ≠ 0. */
  record Compare(Operand operand, Comparison comparison, long value) implements Condition {
    public Compare {
      Check.notNull("condition.operand", operand);
      Check.notNull("condition.comparison", comparison);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCompare(this);
    }
  }

  /** Every top-level category's points {@code <comparison> value} (每个大项均达到). */
  record EveryCategory(Comparison comparison, long value) implements Condition {
    public EveryCategory {
      Check.notNull("condition.comparison", comparison);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEveryCategory(this);
    }
  }

  /** All of the conditions hold (且). */
  record AllOf(List<Condition> conditions) implements Condition {
    public AllOf {
      conditions = ImmutableList.copyOf(Check.notEmpty("condition.allOf", conditions));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAllOf(this);
    }
  }

  /** At least one of the conditions holds (或). */
  record AnyOf(List<Condition> conditions) implements Condition {
    public AnyOf {
      conditions = ImmutableList.copyOf(Check.notEmpty("condition.anyOf", conditions));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAnyOf(this);
    }
  }

  /** The condition does not hold (非). */
  record Not(Condition condition) implements Condition {
    public Not {
      Check.notNull("condition.not", condition);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNot(this);
    }
  }

  /** {@code total <comparison> value}. */
  static Condition total(Comparison comparison, long value) {
    return new Compare(new Operand.Total(), comparison, value);
  }

  /** {@code points of indicator <comparison> value}. */
  static Condition score(String indicator, Comparison comparison, long value) {
    return new Compare(new Operand.Score(IndicatorId.of(indicator)), comparison, value);
  }

  /** The input {@code input} is present (its measurement is not 0): a named achievement, an event. */
  static Condition present(String input) {
    return new Compare(new Operand.Input(IndicatorId.of(input)), Comparison.NOT_EQUAL, 0);
  }

  /** What a comparison looks at. */
  sealed interface Operand {
    /** Hands this operand to the {@code visitor}'s branch for its kind. */
    <R> R accept(Visitor<R> visitor);

    /** One branch per kind of operand. */
    interface Visitor<R> {
      R visitTotal(Total o);

      R visitScore(Score o);

      R visitInput(Input o);
    }

    /**
     * The unit's total (总分) after caps and bonuses; a veto's condition sees it before any veto
     * zeroes it, a gate's condition after.
     */
    record Total() implements Operand {
      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTotal(this);
      }
    }

    /** The points of an indicator (a category or sub-item) for the unit. */
    record Score(IndicatorId indicator) implements Operand {
      public Score {
        Check.notNull("operand.indicator", indicator);
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitScore(this);
      }
    }

    /** The raw measured value of an input or sub-item for the unit. */
    record Input(IndicatorId input) implements Operand {
      public Input {
        Check.notNull("operand.input", input);
      }

      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.visitInput(this);
      }
    }
  }
}

package org.grassroots.assessment;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Messages;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Rounding;

/**
 * The explanation of a rolled-up figure (汇总说明) at one unit (a street, a district…): which children
 * contributed what, and how the sum, mean or weighted mean was formed from them. Read from the same
 * pass that computes the roll-up column; {@link #recompute()} redoes the arithmetic from the parts
 * alone, exactly in fixed point with the declared rounding.
 *
 * @param unit the unit the figure is rolled up to
 * @param column the rolled-up column (an indicator id, or {@code "total"})
 * @param method how the figure is formed
 * @param rounding the declared rounding of a mean or weighted mean; empty for a sum
 * @param parts the unit's own value when it is itself a member, then each child whose subtree has
 *     a member, in tree order (children without members contribute nothing and are left out)
 * @param value the rolled-up figure
 */
public record RollUpExplanation(
    OrgUnitId unit, String column, Method method, Optional<Rounding> rounding, List<Part> parts, long value) {

  public RollUpExplanation {
    parts = ImmutableList.copyOf(parts);
  }

  /** The explanation of {@code value} formed by {@code method} from {@code parts}. */
  static RollUpExplanation of(OrgUnitId unit, String column, Method method, Rounding roundingOrNull,
      List<Part> parts, long value) {
    return new RollUpExplanation(unit, column, method, Optional.ofNullable(roundingOrNull), parts, value);
  }

  /** How a rolled-up figure is formed from the sums over a subtree (汇总方式). */
  public enum Method {
    /** Sum of the members' values (合计). */
    SUM,
    /** The sum divided by the number of members, rounded (平均). */
    MEAN,
    /** {@code Σ value × weight / Σ weight}, rounded (加权平均). */
    WEIGHTED_MEAN;

    /**
     * The figure from the sums over a subtree: 0 for a mean over no member and for a weighted mean
     * whose weights add up to 0.
     *
     * @param sum the sum of the values (of value × weight, at twice the fixed-point scale, when
     *     weighted)
     * @param weight the sum of the weights (weighted mean only)
     * @param count the number of members
     * @param rounding the declared rounding (mean and weighted mean)
     */
    long figure(long sum, long weight, int count, Rounding rounding) {
      return switch (this) {
        case SUM -> sum;
        case MEAN -> count == 0 ? 0 : rounding.divide(sum, count);
        case WEIGHTED_MEAN -> weight == 0 ? 0 : rounding.divide(sum, weight);
      };
    }
  }

  /**
   * One part of a rolled-up figure: a child's subtree, or the unit's own value.
   *
   * @param unit the child (or the unit itself when {@code own})
   * @param own true for the unit's own value as a member
   * @param sum the sum of the values in the part; of value × weight (at twice the fixed-point scale)
   *     for a weighted mean
   * @param weight the sum of the weights in the part (0 unless weighted)
   * @param count how many members the part holds
   */
  public record Part(OrgUnitId unit, boolean own, long sum, long weight, int count) {
    static Part own(OrgUnitId unit, long sum, long weight) {
      return new Part(unit, true, sum, weight, 1);
    }

    static Part child(OrgUnitId unit, long sum, long weight, int count) {
      return new Part(unit, false, sum, weight, count);
    }
  }

  /** The sum over the parts (of value × weight when weighted). */
  public long sum() {
    long s = 0;
    for (Part p : parts) {
      s = Math.addExact(s, p.sum());
    }
    return s;
  }

  /** The sum of the parts' weights (0 unless weighted). */
  public long weight() {
    long w = 0;
    for (Part p : parts) {
      w = Math.addExact(w, p.weight());
    }
    return w;
  }

  /** How many members the parts hold. */
  public int count() {
    int n = 0;
    for (Part p : parts) {
      n = Math.addExact(n, p.count());
    }
    return n;
  }

  /** The figure recomputed from the parts alone, with the declared rounding; equals {@link #value()}. */
  public long recompute() {
    return method.figure(sum(), weight(), count(), rounding.orElse(null));
  }

  /** The explanation as readable text in {@code locale} (中文 labels with {@code Locale.CHINESE}). */
  public String text(Locale locale) {
    StringBuilder sb = new StringBuilder();
    sb.append(Messages.format(locale, "assessment.rollUp.header", column, unit, method, count())).append('\n');
    for (Part p : parts) {
      String key = "assessment.rollUp." + (p.own() ? "own" : "child") + (method == Method.WEIGHTED_MEAN ? "Weighted" : "");
      sb.append("  ").append(Messages.format(locale, key, p.unit(), shownSum(p.sum()), Fixed.format(p.weight()),
          p.count())).append('\n');
    }
    String formed = switch (method) {
      case SUM -> Messages.format(locale, "assessment.rollUp.formedSum", Fixed.format(value));
      case MEAN -> Messages.format(locale, "assessment.rollUp.formedMean", Fixed.format(sum()), count(),
          rounding.orElseThrow(), Fixed.format(value));
      case WEIGHTED_MEAN -> Messages.format(locale, "assessment.rollUp.formedWeighted", shownSum(sum()),
          Fixed.format(weight()), rounding.orElseThrow(), Fixed.format(value));
    };
    return sb.append(formed).append('\n').toString();
  }

  private String shownSum(long sum) {
    if (method != Method.WEIGHTED_MEAN) {
      return Fixed.format(sum);
    }
    BigDecimal d = new BigDecimal(BigInteger.valueOf(sum), 2 * Fixed.SCALE).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }
}

package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.grassroots.input.Check;

/**
 * A node of the indicator tree (考核指标): a category (大项) with sub-items (子项), or a sub-item
 * scored from its own measured input by a {@link ScoringMethod}. 云冈 broke its tasks into 7
 * categories with 30 sub-items ("软任务变硬指标").
 *
 * <p>A category's points are its children's points combined by {@code aggregation}, then raised to
 * {@code floor} and cut at {@code cap} where present (both inclusive). A sub-item's points are its
 * method's points, then floor and cap the same way.
 *
 * @param id unique within the ruleset; a sub-item's measured input has the same id
 * @param name the display name (Chinese, as published: e.g. "组织建设")
 * @param points the full marks (分值) as published, fixed point; when the ruleset declares that
 *     points must add up, a category's full marks must equal the sum of its children's
 * @param weight the weight of this node in a {@link Aggregation#WEIGHTED} parent, a fraction (0.25 =
 *     25%); 0 when the parent sums
 * @param method how a sub-item is scored; empty for a category
 * @param children the sub-items of a category; empty for a sub-item
 * @param aggregation how a category combines its children (ignored for a sub-item)
 * @param rounding the rounding of a weighted category (ignored otherwise)
 * @param floor the least points of this node, inclusive
 * @param cap the most points of this node, inclusive (e.g. a category capped at its full marks)
 * @param missing what a missing measurement of a sub-item means ({@link MissingPolicy}); on a
 *     category, the policy of its sub-items that declare none; empty: the nearest category's, else
 *     the ruleset's
 */
public record Indicator(
    IndicatorId id,
    String name,
    long points,
    long weight,
    Optional<ScoringMethod> method,
    List<Indicator> children,
    Aggregation aggregation,
    Rounding rounding,
    Optional<Long> floor,
    Optional<Long> cap,
    Optional<MissingPolicy> missing) {

  public Indicator {
    Check.notNull("indicator.id", id);
    name = Check.notBlank("indicator.name", name);
    Check.maxLength("indicator.name", name, 200);
    Check.notNull("indicator.method", method);
    children = ImmutableList.copyOf(Check.notNull("indicator.children", children));
    Check.notNull("indicator.aggregation", aggregation);
    Check.notNull("indicator.rounding", rounding);
    Check.notNull("indicator.floor", floor);
    Check.notNull("indicator.cap", cap);
    Check.notNull("indicator.missing", missing);
  }

  /** A node without its own missing-value policy (it takes its category's or the ruleset's). */
  public Indicator(IndicatorId id, String name, long points, long weight, Optional<ScoringMethod> method,
      List<Indicator> children, Aggregation aggregation, Rounding rounding, Optional<Long> floor, Optional<Long> cap) {
    this(id, name, points, weight, method, children, aggregation, rounding, floor, cap, Optional.empty());
  }

  /** A sub-item (子项) worth {@code points} full marks, scored by {@code method}. */
  public static Indicator item(String id, String name, long points, ScoringMethod method) {
    return new Indicator(
        IndicatorId.of(id), name, points, 0, Optional.of(method), List.of(),
        Aggregation.SUM, Rounding.HALF_UP, Optional.empty(), Optional.empty());
  }

  /** A category (大项) summing {@code children}, worth {@code points} full marks. */
  public static Indicator category(String id, String name, long points, List<Indicator> children) {
    return new Indicator(
        IndicatorId.of(id), name, points, 0, Optional.empty(), children,
        Aggregation.SUM, Rounding.HALF_UP, Optional.empty(), Optional.empty());
  }

  /** True for a sub-item scored by a method (no children). */
  public boolean isItem() {
    return children.isEmpty();
  }

  /** This node with weight {@code weight} in a weighted parent. */
  public Indicator withWeight(long weight) {
    return new Indicator(id, name, points, weight, method, children, aggregation, rounding, floor, cap, missing);
  }

  /** This category combining its children by {@code aggregation}, rounded by {@code rounding}. */
  public Indicator withAggregation(Aggregation aggregation, Rounding rounding) {
    return new Indicator(id, name, points, weight, method, children, aggregation, rounding, floor, cap, missing);
  }

  /** This node cut at {@code cap} (inclusive). */
  public Indicator withCap(long cap) {
    return new Indicator(id, name, points, weight, method, children, aggregation, rounding, floor, Optional.of(cap), missing);
  }

  /** This node raised to {@code floor} (inclusive). */
  public Indicator withFloor(long floor) {
    return new Indicator(id, name, points, weight, method, children, aggregation, rounding, Optional.of(floor), cap, missing);
  }

  /** This node with other children (a category), e.g. after an override replaced one of them. */
  public Indicator withChildren(List<Indicator> children) {
    return new Indicator(id, name, points, weight, method, children, aggregation, rounding, floor, cap, missing);
  }

  /** This node with missing-value policy {@code policy} (for a category: its sub-items' default). */
  public Indicator withMissing(MissingPolicy policy) {
    return new Indicator(id, name, points, weight, method, children, aggregation, rounding, floor, cap,
        Optional.of(Check.notNull("indicator.missing", policy)));
  }

  /** Visits this node and every node under it, in pre-order. */
  public void forEach(Consumer<Indicator> visitor) {
    visitor.accept(this);
    for (Indicator c : children) {
      c.forEach(visitor);
    }
  }
}

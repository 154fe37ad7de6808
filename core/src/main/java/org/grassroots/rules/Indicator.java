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
 * <p>Made by {@link #item}, {@link #category} or {@link #builder}; derived by {@link #toBuilder} and
 * the {@code with…} shorthands for it (the record's positional constructor is for those only).
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

  /** A sub-item (子项) worth {@code points} full marks, scored by {@code method}. */
  public static Indicator item(String id, String name, long points, ScoringMethod method) {
    return builder(IndicatorId.of(id), name, points).method(method).build();
  }

  /** A category (大项) summing {@code children}, worth {@code points} full marks. */
  public static Indicator category(String id, String name, long points, List<Indicator> children) {
    return builder(IndicatorId.of(id), name, points).children(children).build();
  }

  /**
   * A builder of a node worth {@code points} full marks: no method, no children, weight 0, summing,
   * half-up, no floor, cap or missing-value policy of its own until set.
   */
  public static Builder builder(IndicatorId id, String name, long points) {
    return new Builder(id, name, points);
  }

  /** A builder starting from this node, every field copied: the one way to derive a node. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name, points);
    b.weight = weight;
    b.method = method;
    b.children = children;
    b.aggregation = aggregation;
    b.rounding = rounding;
    b.floor = floor;
    b.cap = cap;
    b.missing = missing;
    return b;
  }

  /** True for a sub-item scored by a method (no children). */
  public boolean isItem() {
    return children.isEmpty();
  }

  /** This node with full marks {@code points}. */
  public Indicator withPoints(long points) {
    return toBuilder().points(points).build();
  }

  /** This sub-item scored by {@code method}. */
  public Indicator withMethod(ScoringMethod method) {
    return toBuilder().method(method).build();
  }

  /** This node with weight {@code weight} in a weighted parent. */
  public Indicator withWeight(long weight) {
    return toBuilder().weight(weight).build();
  }

  /** This category combining its children by {@code aggregation}, rounded by {@code rounding}. */
  public Indicator withAggregation(Aggregation aggregation, Rounding rounding) {
    return toBuilder().aggregation(aggregation, rounding).build();
  }

  /** This node cut at {@code cap} (inclusive). */
  public Indicator withCap(long cap) {
    return toBuilder().cap(cap).build();
  }

  /** This node raised to {@code floor} (inclusive). */
  public Indicator withFloor(long floor) {
    return toBuilder().floor(floor).build();
  }

  /** This node with other children (a category), e.g. after an override replaced one of them. */
  public Indicator withChildren(List<Indicator> children) {
    return toBuilder().children(children).build();
  }

  /** This node with missing-value policy {@code policy} (for a category: its sub-items' default). */
  public Indicator withMissing(MissingPolicy policy) {
    return toBuilder().missing(Check.notNull("indicator.missing", policy)).build();
  }

  /** Builds an {@link Indicator}; the checks happen in {@link #build()}. */
  public static final class Builder {
    private final IndicatorId id;
    private final String name;
    private long points;
    private long weight;
    private Optional<ScoringMethod> method = Optional.empty();
    private List<Indicator> children = List.of();
    private Aggregation aggregation = Aggregation.SUM;
    private Rounding rounding = Rounding.HALF_UP;
    private Optional<Long> floor = Optional.empty();
    private Optional<Long> cap = Optional.empty();
    private Optional<MissingPolicy> missing = Optional.empty();

    private Builder(IndicatorId id, String name, long points) {
      this.id = id;
      this.name = name;
      this.points = points;
    }

    /** The full marks (分值). */
    public Builder points(long points) {
      this.points = points;
      return this;
    }

    /** The weight in a weighted parent, a fraction. */
    public Builder weight(long weight) {
      this.weight = weight;
      return this;
    }

    /** How a sub-item is scored; null for none (a category). */
    public Builder method(ScoringMethod method) {
      this.method = Optional.ofNullable(method);
      return this;
    }

    /** The sub-items of a category. */
    public Builder children(List<Indicator> children) {
      this.children = children;
      return this;
    }

    /** How a category combines its children, and the rounding of a weighted one. */
    public Builder aggregation(Aggregation aggregation, Rounding rounding) {
      this.aggregation = aggregation;
      this.rounding = rounding;
      return this;
    }

    /** The least points, inclusive; null for none. */
    public Builder floor(Long floor) {
      this.floor = Optional.ofNullable(floor);
      return this;
    }

    /** The most points, inclusive; null for none. */
    public Builder cap(Long cap) {
      this.cap = Optional.ofNullable(cap);
      return this;
    }

    /** The node's own missing-value policy; null to take its category's or the ruleset's. */
    public Builder missing(MissingPolicy missing) {
      this.missing = Optional.ofNullable(missing);
      return this;
    }

    /** The node, checked. */
    public Indicator build() {
      return new Indicator(id, name, points, weight, method, children, aggregation, rounding, floor, cap, missing);
    }
  }

  /** Visits this node and every node under it, in pre-order. */
  public void forEach(Consumer<Indicator> visitor) {
    visitor.accept(this);
    for (Indicator c : children) {
      c.forEach(visitor);
    }
  }
}

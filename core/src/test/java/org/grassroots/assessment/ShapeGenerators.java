package org.grassroots.assessment;

import static org.grassroots.rules.Fixed.of;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Condition;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.ScoringMethod;

/** Generators of the declared rule shapes for {@link EngineProperties}' random rulesets. */
final class ShapeGenerators {
  private ShapeGenerators() {}

  /** A method with declared limits (as entered, constant, rate bands, uncapped count, deduction, ratio). */
  static ScoringMethod declared(Random rnd, int kind, long full, Rounding rounding,
      java.util.function.BiFunction<Random, Long, Bound> bound) {
    return switch (kind) {
      case 7 -> new ScoringMethod.AsEntered(ScoringMethod.Ceiling.values()[rnd.nextInt(2)]);
      case 8 -> new ScoringMethod.Constant(rnd.nextInt(60_000) - 10_000);
      case 9 -> {
        long a = rnd.nextInt(8_000);
        long b = a + 1 + rnd.nextInt(8_000);
        Bound ab = bound.apply(rnd, a);
        Bound ab2 = new Bound(a, ab.boundary() == Boundary.INCLUSIVE ? Boundary.EXCLUSIVE : Boundary.INCLUSIVE);
        Bound bb = bound.apply(rnd, b);
        Bound bb2 = new Bound(b, bb.boundary() == Boundary.INCLUSIVE ? Boundary.EXCLUSIVE : Boundary.INCLUSIVE);
        yield new ScoringMethod.RateBands(IndicatorId.of("target"), List.of(
            new ScoringMethod.Band(Optional.empty(), Optional.of(ab), 0, "低"),
            new ScoringMethod.Band(Optional.of(ab2), Optional.of(bb), full / 2, "中"),
            new ScoringMethod.Band(Optional.of(bb2), Optional.empty(), full, "高")), rnd.nextInt(3) * 10_000L,
            rnd.nextInt(20_000));
      }
      case 10 -> new org.grassroots.rules.Uncapped.Count(rnd.nextInt(20_000), rounding);
      case 11 -> new org.grassroots.rules.Uncapped.Deduction(full, rnd.nextInt(20_000), rounding);
      case 12 -> new ScoringMethod.ByCategory(List.of(
          new ScoringMethod.CategoryPoints(new org.grassroots.rules.InputKind.Category(1, "甲类"), full),
          new ScoringMethod.CategoryPoints(new org.grassroots.rules.InputKind.Category(2 + rnd.nextInt(3), "乙类"),
              full / 2)), rnd.nextInt(3) * 10_000L);
      default -> new org.grassroots.rules.Uncapped.Ratio(rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1_000_000),
          rnd.nextBoolean() ? Optional.of(IndicatorId.of("target")) : Optional.empty(), full, rnd.nextInt(20_000),
          rounding);
    };
  }

  /** True when {@code m} (or a part) is cut at full marks that a bonus does not have. */
  static boolean needsItemPoints(ScoringMethod m) {
    return m instanceof ScoringMethod.AsEntered a ? a.ceiling() == ScoringMethod.Ceiling.ITEM_POINTS
        : m instanceof ScoringMethod.Limited l ? needsItemPoints(l.inner())
        : m instanceof ScoringMethod.Sum s && s.parts().stream().anyMatch(ShapeGenerators::needsItemPoints);
  }

  static Condition.Operand operand(Random rnd, List<String> indicators, String[] measured) {
    return switch (rnd.nextInt(3)) {
      case 0 -> new Condition.Operand.Total();
      case 1 -> new Condition.Operand.Score(IndicatorId.of(indicators.get(rnd.nextInt(indicators.size()))));
      default -> new Condition.Operand.Input(IndicatorId.of(measured[rnd.nextInt(measured.length)]));
    };
  }
}

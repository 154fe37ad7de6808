package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.grassroots.input.Check;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Comparison;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.Uncapped;

/**
 * Warnings about a valid ruleset (规则集警告): rules that are allowed but cannot work as written —
 * a gate or veto comparing the total or an indicator with more than it can ever reach (a gate above
 * the total cap), a grade whose minimum is above the most a total can be, a band that gives more
 * than its sub-item's full marks. Each is a {@link RuleError} with its path (keys {@code
 * rules.warn.*}); a file format places it at its line as it places errors. They never stop an
 * assessment.
 *
 * <p>The most a total or an indicator can reach is worked out from the methods, floors, caps,
 * bonuses and the total cap, soundly: where a method has no known maximum (carry-over) and no cap
 * bounds it, nothing is concluded, so a warning is never wrong about "never".
 */
public final class RulesetWarnings {
  private RulesetWarnings() {}

  /** Every warning of the complete (effective) ruleset {@code ruleset}; empty for most rulesets. */
  public static List<RuleError> of(Ruleset ruleset) {
    Check.notNull("ruleset", ruleset);
    return new Run(ruleset).all();
  }

  private static final class Run {
    private final Ruleset r;
    private final List<RuleError> warnings = new ArrayList<>();
    private final Map<IndicatorId, OptionalLong> most = new HashMap<>();
    private OptionalLong mostTotal = OptionalLong.empty();

    Run(Ruleset r) {
      this.r = r;
    }

    List<RuleError> all() {
      List<OptionalLong> tops = new ArrayList<>();
      r.indicators().forEach(i -> tops.add(most(i)));
      mostTotal = total(tops);
      for (int i = 0; i < r.indicators().size(); i++) {
        bands(r.indicators().get(i), "indicators[" + i + "]");
      }
      for (int i = 0; i < r.vetoes().size(); i++) {
        condition(r.vetoes().get(i).when(), "vetoes[" + i + "].when");
      }
      for (int i = 0; i < r.gates().size(); i++) {
        condition(r.gates().get(i).condition(), "gates[" + i + "].condition");
      }
      for (int i = 0; i < r.grades().size(); i++) {
        Grade g = r.grades().get(i);
        if (g.minTotal().isPresent() && mostTotal.isPresent() && unreachable(g.minTotal().get(), mostTotal.getAsLong())) {
          Bound b = g.minTotal().get();
          add("grades[" + i + "].minTotal", "rules.warn.gradeUnreachable", g.id(),
              (b.boundary() == Boundary.INCLUSIVE ? "≥ " : "> ") + Fixed.format(b.value()),
              Fixed.format(mostTotal.getAsLong()));
        }
      }
      return warnings;
    }

    private static boolean unreachable(Bound min, long most) {
      return min.boundary() == Boundary.INCLUSIVE ? min.value() > most : min.value() >= most;
    }

    /** The most the total can be: the top-level indicators combined, rescaled, capped, plus every bonus. */
    private OptionalLong total(List<OptionalLong> tops) {
      OptionalLong raw = combine(r.aggregation(), r.indicators(), tops);
      if (raw.isPresent() && excludesAny()) {
        // a unit with excluded sub-items is rescaled towards the full score F
        long full = r.indicators().stream().mapToLong(Indicator::points).sum();
        raw = OptionalLong.of(Math.max(raw.getAsLong(), full));
      }
      OptionalLong before = limit(raw, Optional.empty(), r.totalCap());
      for (var b : r.bonuses()) {
        OptionalLong bonus = method(b.method());
        before = plus(before, bonus.isPresent() ? OptionalLong.of(Math.max(0, bonus.getAsLong())) : bonus);
      }
      return before;
    }

    private boolean excludesAny() {
      boolean[] any = {r.missingDefault() == MissingPolicy.EXCLUDE};
      r.indicators().forEach(top -> top.forEach(i -> any[0] |= i.missing().orElse(null) == MissingPolicy.EXCLUDE));
      return any[0];
    }

    /** The most {@code ind} can score (after its floor and cap), remembered by id. */
    private OptionalLong most(Indicator ind) {
      OptionalLong raw;
      if (ind.isItem()) {
        raw = ind.method().map(this::method).orElse(OptionalLong.empty());
      } else {
        List<OptionalLong> kids = new ArrayList<>();
        ind.children().forEach(c -> kids.add(most(c)));
        raw = combine(ind.aggregation(), ind.children(), kids);
      }
      OptionalLong m = limit(raw, ind.floor(), ind.cap());
      most.put(ind.id(), m);
      return m;
    }

    private static OptionalLong combine(Aggregation aggregation, List<Indicator> parts, List<OptionalLong> most) {
      OptionalLong sum = OptionalLong.of(0);
      for (int i = 0; i < parts.size(); i++) {
        OptionalLong m = most.get(i);
        if (aggregation == Aggregation.WEIGHTED && m.isPresent()) {
          m = OptionalLong.of(Math.multiplyExact(Math.max(0, m.getAsLong()), parts.get(i).weight()));
        }
        sum = plus(sum, m);
      }
      if (aggregation == Aggregation.WEIGHTED && sum.isPresent()) {
        sum = OptionalLong.of(Rounding.CEILING.divide(sum.getAsLong(), Fixed.ONE));
      }
      return sum;
    }

    /** {@code min(max(raw, floor), cap)} at its most; unknown raw is bounded by the cap alone. */
    private static OptionalLong limit(OptionalLong raw, Optional<Long> floor, Optional<Long> cap) {
      if (raw.isEmpty()) {
        return cap.map(OptionalLong::of).orElse(OptionalLong.empty());
      }
      long v = floor.isPresent() ? Math.max(raw.getAsLong(), floor.get()) : raw.getAsLong();
      return OptionalLong.of(cap.isPresent() ? Math.min(v, cap.get()) : v);
    }

    private static OptionalLong plus(OptionalLong a, OptionalLong b) {
      if (a.isEmpty() || b.isEmpty()) {
        return OptionalLong.empty();
      }
      try {
        return OptionalLong.of(Math.addExact(a.getAsLong(), b.getAsLong()));
      } catch (ArithmeticException e) {
        return OptionalLong.empty();
      }
    }

    /** The most a method gives; empty where it has no bound of its own. One branch per kind. */
    private OptionalLong method(ScoringMethod m) {
      return m.accept(new ScoringMethod.Visitor<OptionalLong>() {
        @Override
        public OptionalLong visitBands(ScoringMethod.Bands b) {
          long most = b.otherwise();
          for (ScoringMethod.Band band : b.bands()) {
            most = Math.max(most, band.points());
          }
          return OptionalLong.of(most);
        }

        @Override
        public OptionalLong visitLinear(ScoringMethod.Linear l) {
          return OptionalLong.of(Math.max(l.y0(), l.y1())); // held at y0 below x0 and y1 above x1
        }

        @Override
        public OptionalLong visitRatioToTarget(ScoringMethod.RatioToTarget t) {
          long capped = t.rounding().divide(Math.multiplyExact(t.points(), t.maxRatio()), Fixed.ONE);
          return OptionalLong.of(Math.max(Math.max(capped, 0), t.whenNoTarget()));
        }

        @Override
        public OptionalLong visitCountTimesPoints(ScoringMethod.CountTimesPoints c) {
          return OptionalLong.of(c.cap());
        }

        @Override
        public OptionalLong visitDeductionPerOccurrence(ScoringMethod.DeductionPerOccurrence d) {
          return OptionalLong.of(Math.max(d.start(), d.floor())); // occurrences below 0 count as 0
        }

        @Override
        public OptionalLong visitYesNo(ScoringMethod.YesNo y) {
          return OptionalLong.of(Math.max(y.yes(), y.no()));
        }

        @Override
        public OptionalLong visitPeerGroupBands(ScoringMethod.PeerGroupBands g) {
          long most = g.otherwise();
          for (ScoringMethod.ShareBand band : g.bands()) {
            most = Math.max(most, band.points());
          }
          return OptionalLong.of(most);
        }

        @Override
        public OptionalLong visitCarryOver(ScoringMethod.CarryOver c) {
          return OptionalLong.empty(); // a share of last period's total: bounded only by a cap around it
        }

        @Override
        public OptionalLong visitLimited(ScoringMethod.Limited l) {
          return limit(method(l.inner()), l.floor(), l.cap());
        }

        @Override
        public OptionalLong visitSum(ScoringMethod.Sum s) {
          OptionalLong sum = OptionalLong.of(0);
          for (ScoringMethod p : s.parts()) {
            sum = plus(sum, method(p));
          }
          return sum;
        }

        @Override
        public OptionalLong visitAsEntered(ScoringMethod.AsEntered a) {
          return OptionalLong.empty(); // the input itself: bounded only by the item's cap (applied by the caller)
        }

        @Override
        public OptionalLong visitConstant(ScoringMethod.Constant c) {
          return OptionalLong.of(c.points());
        }

        @Override
        public OptionalLong visitRateBands(ScoringMethod.RateBands b) {
          long most = Math.max(b.otherwise(), b.whenNoDenominator());
          for (ScoringMethod.Band band : b.bands()) {
            most = Math.max(most, band.points());
          }
          return OptionalLong.of(most);
        }

        @Override
        public OptionalLong visitUncappedCount(Uncapped.Count c) {
          return OptionalLong.empty(); // 上不封顶
        }

        @Override
        public OptionalLong visitUncappedDeduction(Uncapped.Deduction d) {
          return OptionalLong.of(d.start()); // occurrences below 0 count as 0, and each is not negative
        }

        @Override
        public OptionalLong visitUncappedRatio(Uncapped.Ratio t) {
          return OptionalLong.empty(); // 上不封顶
        }

        @Override
        public OptionalLong visitByCategory(ScoringMethod.ByCategory b) {
          long most = b.otherwise();
          for (ScoringMethod.CategoryPoints c : b.categories()) {
            most = Math.max(most, c.points());
          }
          return OptionalLong.of(most);
        }
      });
    }

    /** A band of a sub-item that gives more than the sub-item's full marks. */
    private void bands(Indicator ind, String path) {
      for (int i = 0; i < ind.children().size(); i++) {
        bands(ind.children().get(i), path + ".children[" + i + "]");
      }
      if (ind.method().orElse(null) instanceof ScoringMethod.Bands b) {
        for (int i = 0; i < b.bands().size(); i++) {
          if (b.bands().get(i).points() > ind.points()) {
            add(path + ".method.bands[" + i + "].points", "rules.warn.bandOverPoints",
                Fixed.format(b.bands().get(i).points()), ind.id(), Fixed.format(ind.points()));
          }
        }
        if (b.otherwise() > ind.points()) {
          add(path + ".method.otherwise", "rules.warn.bandOverPoints", Fixed.format(b.otherwise()), ind.id(),
              Fixed.format(ind.points()));
        }
      }
    }

    /** Each comparison in {@code c} that can never hold. One branch per kind of condition and operand. */
    private void condition(Condition c, String path) {
      new ConditionWalk() {
        @Override
        public Void visitCompare(Condition.Compare cmp) {
          // what is compared, and the most it can be (a measured input has no upper bound)
          Map.Entry<String, OptionalLong> operand = cmp.operand().accept(
              new Condition.Operand.Visitor<Map.Entry<String, OptionalLong>>() {
                @Override
                public Map.Entry<String, OptionalLong> visitTotal(Condition.Operand.Total o) {
                  return Map.entry("total", mostTotal);
                }

                @Override
                public Map.Entry<String, OptionalLong> visitScore(Condition.Operand.Score s) {
                  return Map.entry(s.indicator().value(), most.getOrDefault(s.indicator(), OptionalLong.empty()));
                }

                @Override
                public Map.Entry<String, OptionalLong> visitInput(Condition.Operand.Input in) {
                  return Map.entry(in.input().value(), OptionalLong.empty());
                }
              });
          never(path(), operand.getKey(), cmp.comparison(), cmp.value(), operand.getValue());
          return null;
        }

        @Override
        public Void visitEveryCategory(Condition.EveryCategory e) {
          for (Indicator top : r.indicators()) {
            if (never(path(), top.id().value(), e.comparison(), e.value(), most.get(top.id()))) {
              return null; // one category that never reaches it is enough to say so
            }
          }
          return null;
        }

        @Override
        public Void visitShareOf(Condition.ShareOf x) {
          return null; // two values against each other: nothing concluded
        }

        @Override
        public Void visitInCategory(Condition.InCategory x) {
          return null; // labels are checked by the validator
        }

        @Override
        public Void visitOnDate(Condition.OnDate x) {
          return null; // any date may be measured
        }

        @Override
        public Void visitPeriodic(Condition.Periodic p) {
          // "in at least k" beyond the sub-periods of a year holds only in a multi-year period
          r.inputs().stream().filter(in -> in.id().equals(p.input())).findFirst().flatMap(in -> in.per())
              .ifPresent(per -> p.inAtLeast().ifPresent(k -> {
                int inYear = per.count(org.grassroots.rules.Period.year(2000));
                if (k > inYear && k <= per.most()) {
                  add(path() + ".inAtLeast", "rules.warn.periodicBeyondYear", k, inYear);
                }
              }));
          return null; // a measured value has no upper bound
        }
      }.walk(c, path);
    }

    /** Warns when {@code what comparison value} is false whatever {@code what} is, up to {@code upper}. */
    private boolean never(String path, String what, Comparison comparison, long value, OptionalLong upper) {
      if (upper == null || upper.isEmpty()) {
        return false;
      }
      long most = upper.getAsLong();
      boolean never = switch (comparison) {
        case AT_LEAST, EQUAL -> value > most;
        case ABOVE -> value >= most;
        case AT_MOST, BELOW, NOT_EQUAL -> false;
      };
      if (never) {
        add(path, "rules.warn.neverHolds", what, comparison.symbol(), Fixed.format(value), Fixed.format(most));
      }
      return never;
    }

    private void add(String path, String key, Object... args) {
      warnings.add(RuleError.of(path, key, args));
    }
  }
}

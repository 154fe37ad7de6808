package org.grassroots.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.rules.Bonus;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Condition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Aggregation;
import org.grassroots.rules.Gate;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.MissingPolicy;
import org.grassroots.rules.Quota;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Veto;

/**
 * Checks a ruleset (规则集校验) and returns every error with its path, e.g. {@code
 * indicators[2].children[1].method.bands[1]}: unknown indicators, inputs, gates and grades; weights
 * and points that must add up and do not; bands with gaps, overlaps or no values; shares and quotas
 * over 100%; caps below floors; negative amounts where none make sense.
 *
 * <p>{@link #validate} checks a complete (effective) ruleset. {@link #validateOwnParts} checks only
 * what a ruleset with a parent can get wrong on its own (the shape of its methods), since its
 * references may point into the parent; its effective ruleset is checked after resolution.
 */
public final class RulesetValidator {
  private RulesetValidator() {}

  /** Every error of a complete ruleset; empty when it is valid. */
  public static List<RuleError> validate(Ruleset ruleset) {
    Check.notNull("ruleset", ruleset);
    return new Run(ruleset, true).all();
  }

  /** The errors a ruleset's own parts have whatever its parent holds (method shapes, limits). */
  public static List<RuleError> validateOwnParts(Ruleset ruleset) {
    Check.notNull("ruleset", ruleset);
    return new Run(ruleset, false).all();
  }

  private static final class Run {
    private final Ruleset r;
    private final boolean references;
    private final List<RuleError> errors = new ArrayList<>();
    private final Map<IndicatorId, String> indicatorPaths = new HashMap<>();
    private final Map<IndicatorId, Indicator> indicators = new HashMap<>();
    private final Map<RuleId, String> rulePaths = new HashMap<>();
    private final Map<RuleId, String> gateIds = new HashMap<>();
    private final Map<RuleId, String> gradeIds = new HashMap<>();

    Run(Ruleset r, boolean references) {
      this.r = r;
      this.references = references;
    }

    List<RuleError> all() {
      collectIds();
      for (int i = 0; i < r.indicators().size(); i++) {
        indicator(r.indicators().get(i), "indicators[" + i + "]");
      }
      if (references && r.aggregation() == Aggregation.WEIGHTED) {
        weights(r.indicators(), "indicators", "total");
      }
      if (references && r.pointsMustAddUp() && r.totalCap().isPresent()) {
        long sum = r.indicators().stream().mapToLong(Indicator::points).sum();
        if (sum != r.totalCap().get()) {
          add("totalCap", "rules.pointsDoNotAddUp", "total", Fixed.format(r.totalCap().get()), Fixed.format(sum));
        }
      }
      if (references) {
        missingPolicies();
      }
      for (int i = 0; i < r.bonuses().size(); i++) {
        Bonus b = r.bonuses().get(i);
        String p = "bonuses[" + i + "]";
        knownInput(b.input(), p + ".input");
        method(b.method(), p + ".method");
      }
      for (int i = 0; i < r.vetoes().size(); i++) {
        Veto v = r.vetoes().get(i);
        String p = "vetoes[" + i + "]";
        condition(v.when(), p + ".when");
        for (int k = 0; k < v.grades().size(); k++) {
          knownGrade(v.grades().get(k), p + ".grades[" + k + "]");
        }
      }
      for (int i = 0; i < r.gates().size(); i++) {
        condition(r.gates().get(i).condition(), "gates[" + i + "].condition");
      }
      for (int i = 0; i < r.grades().size(); i++) {
        Grade g = r.grades().get(i);
        for (int k = 0; k < g.gates().size(); k++) {
          if (references && !gateIds.containsKey(g.gates().get(k))) {
            add("grades[" + i + "].gates[" + k + "]", "rules.unknownGate", g.gates().get(k));
          }
        }
      }
      for (int i = 0; i < r.quotas().size(); i++) {
        quota(r.quotas().get(i), "quotas[" + i + "]");
      }
      return errors;
    }

    private void collectIds() {
      for (int i = 0; i < r.indicators().size(); i++) {
        collectIndicator(r.indicators().get(i), "indicators[" + i + "]");
      }
      for (int i = 0; i < r.inputs().size(); i++) {
        InputSpec in = r.inputs().get(i);
        String p = "inputs[" + i + "]";
        String first = indicatorPaths.putIfAbsent(in.id(), p);
        if (first != null) {
          add(p + ".id", "rules.duplicateId", in.id(), first);
        }
      }
      rules(r.bonuses(), "bonuses", Bonus::id, null);
      rules(r.vetoes(), "vetoes", Veto::id, null);
      rules(r.gates(), "gates", Gate::id, gateIds);
      rules(r.grades(), "grades", Grade::id, gradeIds);
      rules(r.quotas(), "quotas", Quota::id, null);
    }

    private <T> void rules(
        List<T> list, String name, java.util.function.Function<T, RuleId> id, Map<RuleId, String> also) {
      for (int i = 0; i < list.size(); i++) {
        String p = name + "[" + i + "]";
        RuleId rid = id.apply(list.get(i));
        String first = rulePaths.putIfAbsent(rid, p);
        if (first != null) {
          add(p + ".id", "rules.duplicateId", rid, first);
        } else if (also != null) {
          also.put(rid, p);
        }
      }
    }

    private void collectIndicator(Indicator ind, String path) {
      String first = indicatorPaths.putIfAbsent(ind.id(), path);
      if (first != null) {
        add(path + ".id", "rules.duplicateId", ind.id(), first);
      } else {
        indicators.put(ind.id(), ind);
      }
      for (int i = 0; i < ind.children().size(); i++) {
        collectIndicator(ind.children().get(i), path + ".children[" + i + "]");
      }
    }

    private void indicator(Indicator ind, String path) {
      nonNegative(ind.points(), path + ".points");
      nonNegative(ind.weight(), path + ".weight");
      limits(ind.floor(), ind.cap(), path);
      if (ind.isItem()) {
        if (ind.method().isEmpty()) {
          add(path + ".method", "rules.itemWithoutMethod", ind.id());
        } else {
          method(ind.method().get(), path + ".method");
        }
        return;
      }
      if (ind.method().isPresent()) {
        add(path + ".method", "rules.categoryWithMethod", ind.id());
      }
      for (int i = 0; i < ind.children().size(); i++) {
        indicator(ind.children().get(i), path + ".children[" + i + "]");
      }
      if (ind.aggregation() == Aggregation.WEIGHTED) {
        weights(ind.children(), path + ".children", ind.id().value());
      } else if (r.pointsMustAddUp()) {
        long sum = ind.children().stream().mapToLong(Indicator::points).sum();
        if (sum != ind.points()) {
          add(path + ".points", "rules.pointsDoNotAddUp", ind.id(), Fixed.format(ind.points()), Fixed.format(sum));
        }
      }
    }

    /**
     * Where rescaling for excluded sub-items would be undefined: under a weighted category or total,
     * without a declared rounding, with no full score; and EXCLUDE on a declared input.
     */
    private void missingPolicies() {
      MissingPolicy fallback = r.missingDefault();
      boolean anyExcluded = false;
      for (int i = 0; i < r.indicators().size(); i++) {
        anyExcluded |= excluded(r.indicators().get(i), "indicators[" + i + "]", fallback,
            r.aggregation() == Aggregation.WEIGHTED);
      }
      for (int i = 0; i < r.inputs().size(); i++) {
        InputSpec in = r.inputs().get(i);
        if (in.missing().orElse(fallback) == MissingPolicy.EXCLUDE) {
          add(in.missing().isPresent() ? "inputs[" + i + "].missing" : "inputs[" + i + "]",
              "missing.excludeInput", in.id());
        }
      }
      if (anyExcluded) {
        if (r.rescaleRounding().isEmpty()) {
          add("rescaleRounding", "missing.noRescaleRounding");
        }
        long full = r.indicators().stream().mapToLong(Indicator::points).sum();
        if (full <= 0) {
          add("indicators", "missing.noFullScore", Fixed.format(full));
        }
      }
    }

    /** True when a sub-item at or under {@code ind} is EXCLUDE; reports those under a weighting. */
    private boolean excluded(Indicator ind, String path, MissingPolicy inherited, boolean underWeighted) {
      MissingPolicy p = ind.missing().orElse(inherited);
      if (ind.isItem()) {
        if (p == MissingPolicy.EXCLUDE && underWeighted) {
          add(ind.missing().isPresent() ? path + ".missing" : path, "missing.excludeWeighted", ind.id());
        }
        return p == MissingPolicy.EXCLUDE;
      }
      boolean any = false;
      boolean weightedHere = underWeighted || ind.aggregation() == Aggregation.WEIGHTED;
      for (int i = 0; i < ind.children().size(); i++) {
        any |= excluded(ind.children().get(i), path + ".children[" + i + "]", p, weightedHere);
      }
      return any;
    }

    private void weights(List<Indicator> children, String path, String owner) {
      long sum = children.stream().mapToLong(Indicator::weight).sum();
      if (sum != Fixed.ONE) {
        add(path, "rules.weightsDoNotAddUp", owner, Fixed.format(sum));
      }
    }

    private void limits(Optional<Long> floor, Optional<Long> cap, String path) {
      if (floor.isPresent() && cap.isPresent() && cap.get() < floor.get()) {
        add(path + ".cap", "rules.capBelowFloor", Fixed.format(cap.get()), Fixed.format(floor.get()));
      }
    }

    /** The checks of each kind of method; the visitor makes a new kind fail to compile here until handled. */
    private void method(ScoringMethod m, String path) {
      m.accept(new ScoringMethod.Visitor<Void>() {
        @Override
        public Void visitBands(ScoringMethod.Bands b) {
          bands(b, path);
          return null;
        }

        @Override
        public Void visitLinear(ScoringMethod.Linear l) {
          if (l.x0() >= l.x1()) {
            add(path + ".x1", "rules.linearRange", Fixed.format(l.x0()), Fixed.format(l.x1()));
          }
          return null;
        }

        @Override
        public Void visitRatioToTarget(ScoringMethod.RatioToTarget t) {
          if (t.targetInput().isPresent()) {
            knownInput(t.targetInput().get(), path + ".targetInput");
          }
          nonNegative(t.maxRatio(), path + ".maxRatio");
          return null;
        }

        @Override
        public Void visitCountTimesPoints(ScoringMethod.CountTimesPoints c) {
          nonNegative(c.each(), path + ".each");
          nonNegative(c.cap(), path + ".cap");
          return null;
        }

        @Override
        public Void visitDeductionPerOccurrence(ScoringMethod.DeductionPerOccurrence d) {
          nonNegative(d.each(), path + ".each");
          if (d.floor() > d.start()) {
            add(path + ".floor", "rules.capBelowFloor", Fixed.format(d.start()), Fixed.format(d.floor()));
          }
          return null;
        }

        @Override
        public Void visitYesNo(ScoringMethod.YesNo y) {
          // any two fixed-point amounts are valid (a "no" above "yes" is a penalty for a "yes"): nothing to check
          return null;
        }

        @Override
        public Void visitPeerGroupBands(ScoringMethod.PeerGroupBands g) {
          long sum = 0;
          for (int i = 0; i < g.bands().size(); i++) {
            long s = g.bands().get(i).share();
            nonNegative(s, path + ".bands[" + i + "].share");
            if (g.basis() == ScoringMethod.Basis.RANK && s % Fixed.ONE != 0) {
              add(path + ".bands[" + i + "].share", "rules.notWhole", Fixed.format(s));
            }
            sum += s;
          }
          if (g.basis() == ScoringMethod.Basis.PERCENTILE && sum > Fixed.ONE) {
            add(path + ".bands", "rules.shareOverHundred", percent(sum));
          }
          tieBreak(g.tieBreak(), path + ".tieBreak");
          return null;
        }

        @Override
        public Void visitCarryOver(ScoringMethod.CarryOver c) {
          nonNegative(c.share(), path + ".share");
          return null;
        }

        @Override
        public Void visitLimited(ScoringMethod.Limited l) {
          limits(l.floor(), l.cap(), path);
          method(l.inner(), path + ".inner");
          return null;
        }

        @Override
        public Void visitSum(ScoringMethod.Sum s) {
          for (int i = 0; i < s.parts().size(); i++) {
            method(s.parts().get(i), path + ".parts[" + i + "]");
          }
          return null;
        }
      });
    }

    private void bands(ScoringMethod.Bands b, String path) {
      ScoringMethod.Band prev = null;
      for (int i = 0; i < b.bands().size(); i++) {
        ScoringMethod.Band band = b.bands().get(i);
        String p = path + ".bands[" + i + "]";
        if (band.lower().isPresent() && band.upper().isPresent()) {
          Bound lo = band.lower().get();
          Bound hi = band.upper().get();
          boolean empty = lo.value() > hi.value()
              || (lo.value() == hi.value()
                  && (lo.boundary() == Boundary.EXCLUSIVE || hi.boundary() == Boundary.EXCLUSIVE));
          if (empty) {
            add(p, "rules.bandEmpty", lo, hi + (hi.boundary() == Boundary.INCLUSIVE ? "]" : ")"));
          }
        }
        if (prev != null) {
          String prevEnd = prev.upper().map(u -> Fixed.format(u.value())).orElse("+∞");
          String thisStart = band.lower().map(l -> Fixed.format(l.value())).orElse("-∞");
          if (prev.upper().isEmpty() || band.lower().isEmpty()) {
            add(p, "rules.bandOverlap", prevEnd, thisStart);
          } else {
            Bound hi = prev.upper().get();
            Bound lo = band.lower().get();
            if (hi.value() < lo.value()) {
              add(p, "rules.bandGap", prevEnd, thisStart);
            } else if (hi.value() > lo.value()) {
              add(p, "rules.bandOverlap", prevEnd, thisStart);
            } else if (hi.boundary() == lo.boundary()) {
              add(p, hi.boundary() == Boundary.INCLUSIVE ? "rules.bandOverlap" : "rules.bandGap",
                  prevEnd, thisStart);
            }
          }
        }
        prev = band;
      }
    }

    private void condition(Condition c, String path) {
      c.accept(new Condition.Visitor<Void>() {
        @Override
        public Void visitCompare(Condition.Compare cmp) {
          return cmp.operand().accept(new Condition.Operand.Visitor<Void>() {
            @Override
            public Void visitTotal(Condition.Operand.Total o) {
              return null; // the total is always there
            }

            @Override
            public Void visitScore(Condition.Operand.Score s) {
              if (references && !indicators.containsKey(s.indicator())) {
                add(path + ".operand", "rules.unknownIndicator", s.indicator());
              }
              return null;
            }

            @Override
            public Void visitInput(Condition.Operand.Input in) {
              knownInput(in.input(), path + ".operand");
              return null;
            }
          });
        }

        @Override
        public Void visitEveryCategory(Condition.EveryCategory e) {
          return null; // compares the categories there are
        }

        @Override
        public Void visitAllOf(Condition.AllOf all) {
          for (int i = 0; i < all.conditions().size(); i++) {
            condition(all.conditions().get(i), path + ".conditions[" + i + "]");
          }
          return null;
        }

        @Override
        public Void visitAnyOf(Condition.AnyOf any) {
          for (int i = 0; i < any.conditions().size(); i++) {
            condition(any.conditions().get(i), path + ".conditions[" + i + "]");
          }
          return null;
        }

        @Override
        public Void visitNot(Condition.Not not) {
          condition(not.condition(), path + ".condition");
          return null;
        }
      });
    }

    private void quota(Quota q, String path) {
      knownGrade(q.grade(), path + ".grade");
      if (q.maxShare().isEmpty() && q.maxCount().isEmpty()) {
        add(path, "rules.quotaNoLimit");
      }
      q.maxShare().ifPresent(s -> {
        nonNegative(s, path + ".maxShare");
        if (s > Fixed.ONE) {
          add(path + ".maxShare", "rules.quotaOverHundred", percent(s));
        }
      });
      q.maxCount().ifPresent(n -> nonNegative(n, path + ".maxCount"));
      tieBreak(q.tieBreak(), path + ".tieBreak");
    }

    private void tieBreak(TieBreak t, String path) {
      t.secondKey().ifPresent(k -> knownInput(k, path + ".secondKey"));
    }

    private void knownInput(IndicatorId id, String path) {
      if (references && !indicatorPaths.containsKey(id)) {
        add(path, "rules.unknownIndicator", id);
      }
    }

    private void knownGrade(RuleId id, String path) {
      if (references && !gradeIds.containsKey(id)) {
        add(path, "rules.unknownGrade", id);
      }
    }

    private void nonNegative(long value, String path) {
      if (value < 0) {
        add(path, "rules.negative", Fixed.format(value));
      }
    }

    private static String percent(long share) {
      return Fixed.format(Math.multiplyExact(share, 100)) + "%";
    }

    private void add(String path, String key, Object... args) {
      Object[] shown = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        shown[i] = args[i] == null ? "null" : args[i].toString();
      }
      errors.add(RuleError.of(path, key, shown));
    }
  }
}

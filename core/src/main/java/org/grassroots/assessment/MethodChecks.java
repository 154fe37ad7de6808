package org.grassroots.assessment;

import java.util.List;
import java.util.Optional;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.TieBreak;
import org.grassroots.rules.Uncapped;

/**
 * The checks of scoring methods (计分方法校验) for {@link RulesetValidator}: bands with gaps, overlaps
 * or no values, linear ranges, negative amounts, shares over 100%, unknown inputs, and methods that
 * need full marks where there are none. Every error goes to the validator's {@link Sink} with its path.
 */
final class MethodChecks {
  private MethodChecks() {}

  /** Where the checks report, with the validator's knowledge of the ruleset's inputs. */
  interface Sink {
    /** Records an error at {@code path} with message {@code key}. */
    void add(String path, String key, Object... args);

    /** Records an error when {@code id} is no input or indicator of the ruleset (complete rulesets only). */
    void knownInput(IndicatorId id, String path);

    default void nonNegative(long value, String path) {
      if (value < 0) {
        add(path, "rules.negative", Fixed.format(value));
      }
    }

    default void limits(Optional<Long> floor, Optional<Long> cap, String path) {
      if (floor.isPresent() && cap.isPresent() && cap.get() < floor.get()) {
        add(path + ".cap", "rules.capBelowFloor", Fixed.format(cap.get()), Fixed.format(floor.get()));
      }
    }

    default void tieBreak(TieBreak t, String path) {
      t.secondKey().ifPresent(k -> knownInput(k, path + ".secondKey"));
    }
  }

  static String percent(long share) {
    return Fixed.format(Math.multiplyExact(share, 100)) + "%";
  }

  /**
   * The checks of {@code m} at {@code path}; the visitor makes a new kind fail to compile here until
   * handled.
   *
   * @param item true for a sub-item's method (which has full marks), false for a bonus's
   */
  static void method(ScoringMethod m, String path, boolean item, Sink s) {
    m.accept(new ScoringMethod.Visitor<Void>() {
      @Override
      public Void visitBands(ScoringMethod.Bands b) {
        bands(b.bands(), path, s);
        return null;
      }

      @Override
      public Void visitLinear(ScoringMethod.Linear l) {
        if (l.x0() >= l.x1()) {
          s.add(path + ".x1", "rules.linearRange", Fixed.format(l.x0()), Fixed.format(l.x1()));
        }
        return null;
      }

      @Override
      public Void visitRatioToTarget(ScoringMethod.RatioToTarget t) {
        if (t.targetInput().isPresent()) {
          s.knownInput(t.targetInput().get(), path + ".targetInput");
        }
        s.nonNegative(t.maxRatio(), path + ".maxRatio");
        return null;
      }

      @Override
      public Void visitCountTimesPoints(ScoringMethod.CountTimesPoints c) {
        s.nonNegative(c.each(), path + ".each");
        s.nonNegative(c.cap(), path + ".cap");
        return null;
      }

      @Override
      public Void visitDeductionPerOccurrence(ScoringMethod.DeductionPerOccurrence d) {
        s.nonNegative(d.each(), path + ".each");
        if (d.floor() > d.start()) {
          s.add(path + ".floor", "rules.capBelowFloor", Fixed.format(d.start()), Fixed.format(d.floor()));
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
          long share = g.bands().get(i).share();
          s.nonNegative(share, path + ".bands[" + i + "].share");
          if (g.basis() == ScoringMethod.Basis.RANK && share % Fixed.ONE != 0) {
            s.add(path + ".bands[" + i + "].share", "rules.notWhole", Fixed.format(share));
          }
          sum += share;
        }
        if (g.basis() == ScoringMethod.Basis.PERCENTILE && sum > Fixed.ONE) {
          s.add(path + ".bands", "rules.shareOverHundred", percent(sum));
        }
        s.tieBreak(g.tieBreak(), path + ".tieBreak");
        return null;
      }

      @Override
      public Void visitCarryOver(ScoringMethod.CarryOver c) {
        s.nonNegative(c.share(), path + ".share");
        return null;
      }

      @Override
      public Void visitLimited(ScoringMethod.Limited l) {
        s.limits(l.floor(), l.cap(), path);
        method(l.inner(), path + ".inner", item, s);
        return null;
      }

      @Override
      public Void visitSum(ScoringMethod.Sum sum) {
        for (int i = 0; i < sum.parts().size(); i++) {
          method(sum.parts().get(i), path + ".parts[" + i + "]", item, s);
        }
        return null;
      }

      @Override
      public Void visitAsEntered(ScoringMethod.AsEntered a) {
        if (!item && a.ceiling() == ScoringMethod.Ceiling.ITEM_POINTS) {
          s.add(path + ".ceiling", "rules.noItemPoints");
        }
        return null;
      }

      @Override
      public Void visitConstant(ScoringMethod.Constant c) {
        return null; // any fixed-point amount is a valid constant (a negative one is a fixed deduction)
      }

      @Override
      public Void visitRateBands(ScoringMethod.RateBands r) {
        s.knownInput(r.denominator(), path + ".denominator");
        bands(r.bands(), path, s);
        return null;
      }

      @Override
      public Void visitUncappedCount(Uncapped.Count c) {
        s.nonNegative(c.each(), path + ".each");
        return null;
      }

      @Override
      public Void visitUncappedDeduction(Uncapped.Deduction d) {
        s.nonNegative(d.each(), path + ".each");
        return null;
      }

      @Override
      public Void visitByCategory(ScoringMethod.ByCategory b) {
        java.util.Set<Long> codes = new java.util.HashSet<>();
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (int i = 0; i < b.categories().size(); i++) {
          org.grassroots.rules.InputKind.Category c = b.categories().get(i).category();
          if (!codes.add(c.code()) || !labels.add(c.label())) {
            s.add(path + ".categories[" + i + "]", "rules.duplicateCategory", c.code(), c.label());
          }
        }
        return null;
      }

      @Override
      public Void visitUncappedRatio(Uncapped.Ratio r) {
        r.targetInput().ifPresent(t -> s.knownInput(t, path + ".targetInput"));
        return null;
      }
    });
  }

  private static void bands(List<ScoringMethod.Band> bands, String path, Sink s) {
    ScoringMethod.Band prev = null;
    for (int i = 0; i < bands.size(); i++) {
      ScoringMethod.Band band = bands.get(i);
      String p = path + ".bands[" + i + "]";
      if (band.lower().isPresent() && band.upper().isPresent()) {
        Bound lo = band.lower().get();
        Bound hi = band.upper().get();
        boolean empty = lo.value() > hi.value()
            || (lo.value() == hi.value()
                && (lo.boundary() == Boundary.EXCLUSIVE || hi.boundary() == Boundary.EXCLUSIVE));
        if (empty) {
          s.add(p, "rules.bandEmpty", lo, hi + (hi.boundary() == Boundary.INCLUSIVE ? "]" : ")"));
        }
      }
      if (prev != null) {
        String prevEnd = prev.upper().map(u -> Fixed.format(u.value())).orElse("+∞");
        String thisStart = band.lower().map(l -> Fixed.format(l.value())).orElse("-∞");
        if (prev.upper().isEmpty() || band.lower().isEmpty()) {
          s.add(p, "rules.bandOverlap", prevEnd, thisStart);
        } else {
          Bound hi = prev.upper().get();
          Bound lo = band.lower().get();
          if (hi.value() < lo.value()) {
            s.add(p, "rules.bandGap", prevEnd, thisStart);
          } else if (hi.value() > lo.value()) {
            s.add(p, "rules.bandOverlap", prevEnd, thisStart);
          } else if (hi.boundary() == lo.boundary()) {
            s.add(p, hi.boundary() == Boundary.INCLUSIVE ? "rules.bandOverlap" : "rules.bandGap",
                prevEnd, thisStart);
          }
        }
      }
      prev = band;
    }
  }
}

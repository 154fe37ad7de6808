package org.grassroots.assessment;

import java.util.List;
import java.util.Map;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.rules.Uncapped;

/**
 * A scoring method compiled for a whole column (列计分器): {@link #scoreColumn} scores every
 * assessed unit in one call over primitive arrays, and {@link #score} scores one value with a
 * tracer for an explanation. Both run the same per-value arithmetic of the method's class (a
 * private method the column loop calls directly); only bands differ: the column selects by the
 * bands' step form, the explanation searches for the one band it names. {@code EngineProperties}
 * holds every column equal to a naive one-value reference at and around every boundary ({@code
 * BandsColumnProperties} also for unordered, overlapping and extreme bands).
 *
 * <p>One final class per kind of method; {@link #compile} dispatches by the method's visitor, so a
 * new kind of method does not compile until it has an evaluator here.
 */
abstract sealed class ScoringColumn
    permits BandsColumn, FormulaColumns.Linear, FormulaColumns.Ratio, FormulaColumns.Count,
        FormulaColumns.Deduction, FormulaColumns.YesNo, FormulaColumns.CarryOver, CompositeColumns.Limited,
        CompositeColumns.Sum, PeerGroupColumn, DeclaredColumns.AsEntered, DeclaredColumns.Constant,
        DeclaredColumns.Count, DeclaredColumns.Deduction, DeclaredColumns.Ratio, DeclaredColumns.ByCategory,
        RateBandsColumn {

  /**
   * Writes the raw points of every position in {@code subjects} to {@code out[pos]}, from the input
   * {@code x[pos]}.
   */
  abstract void scoreColumn(long[] x, int[] subjects, RunState st, long[] out);

  /** The raw points for input {@code x} of the unit at {@code pos}; facts go to {@code t}. */
  abstract long score(long x, int pos, RunState st, Trace t);

  /**
   * Compiles {@code method} read from input slot {@code slot}.
   *
   * @param slotOf the slot of every input id (a ratio's target, a peer group's second key)
   * @param peers the peer-group evaluators of the plan, in the order they are prepared; a peer-group
   *     method adds itself
   */
  static ScoringColumn compile(ScoringMethod method, int slot, Map<IndicatorId, Integer> slotOf,
      List<PeerGroupColumn> peers) {
    return compile(method, slot, slotOf, peers, Long.MAX_VALUE);
  }

  /**
   * Compiles {@code method} of a sub-item worth {@code itemPoints} full marks ({@code
   * Long.MAX_VALUE} for a bonus, which has none: the validator refuses a method there that needs them).
   */
  static ScoringColumn compile(ScoringMethod method, int slot, Map<IndicatorId, Integer> slotOf,
      List<PeerGroupColumn> peers, long itemPoints) {
    return method.accept(new ScoringMethod.Visitor<ScoringColumn>() {
      @Override
      public ScoringColumn visitBands(ScoringMethod.Bands m) {
        return new BandsColumn(m);
      }

      @Override
      public ScoringColumn visitLinear(ScoringMethod.Linear m) {
        return new FormulaColumns.Linear(m);
      }

      @Override
      public ScoringColumn visitRatioToTarget(ScoringMethod.RatioToTarget m) {
        return new FormulaColumns.Ratio(m, m.targetInput().map(slotOf::get).orElse(-1));
      }

      @Override
      public ScoringColumn visitCountTimesPoints(ScoringMethod.CountTimesPoints m) {
        return new FormulaColumns.Count(m);
      }

      @Override
      public ScoringColumn visitDeductionPerOccurrence(ScoringMethod.DeductionPerOccurrence m) {
        return new FormulaColumns.Deduction(m);
      }

      @Override
      public ScoringColumn visitYesNo(ScoringMethod.YesNo m) {
        return new FormulaColumns.YesNo(m);
      }

      @Override
      public ScoringColumn visitPeerGroupBands(ScoringMethod.PeerGroupBands m) {
        PeerGroupColumn p = new PeerGroupColumn(m, peers.size(), slot,
            m.tieBreak().secondKey().map(slotOf::get).orElse(-1));
        peers.add(p);
        return p;
      }

      @Override
      public ScoringColumn visitCarryOver(ScoringMethod.CarryOver m) {
        return new FormulaColumns.CarryOver(m);
      }

      @Override
      public ScoringColumn visitLimited(ScoringMethod.Limited m) {
        return new CompositeColumns.Limited(compile(m.inner(), slot, slotOf, peers, itemPoints), m.floor(), m.cap());
      }

      @Override
      public ScoringColumn visitSum(ScoringMethod.Sum m) {
        return new CompositeColumns.Sum(
            m.parts().stream().map(p -> compile(p, slot, slotOf, peers, itemPoints)).toArray(ScoringColumn[]::new));
      }

      @Override
      public ScoringColumn visitAsEntered(ScoringMethod.AsEntered m) {
        return new DeclaredColumns.AsEntered(
            m.ceiling() == ScoringMethod.Ceiling.ITEM_POINTS ? itemPoints : Long.MAX_VALUE);
      }

      @Override
      public ScoringColumn visitConstant(ScoringMethod.Constant m) {
        return new DeclaredColumns.Constant(m);
      }

      @Override
      public ScoringColumn visitRateBands(ScoringMethod.RateBands m) {
        return new RateBandsColumn(m, slotOf.get(m.denominator()));
      }

      @Override
      public ScoringColumn visitUncappedCount(Uncapped.Count m) {
        return new DeclaredColumns.Count(m);
      }

      @Override
      public ScoringColumn visitUncappedDeduction(Uncapped.Deduction m) {
        return new DeclaredColumns.Deduction(m);
      }

      @Override
      public ScoringColumn visitUncappedRatio(Uncapped.Ratio m) {
        return new DeclaredColumns.Ratio(m, m.targetInput().map(slotOf::get).orElse(-1));
      }

      @Override
      public ScoringColumn visitByCategory(ScoringMethod.ByCategory m) {
        return new DeclaredColumns.ByCategory(m);
      }
    });
  }

  /** True when {@code method} (or a part of it) reads the previous period's total (结转). */
  static boolean readsCarriedTotal(ScoringMethod method) {
    return method.accept(new ScoringMethod.Visitor<Boolean>() {
      @Override
      public Boolean visitBands(ScoringMethod.Bands m) {
        return false;
      }

      @Override
      public Boolean visitLinear(ScoringMethod.Linear m) {
        return false;
      }

      @Override
      public Boolean visitRatioToTarget(ScoringMethod.RatioToTarget m) {
        return false;
      }

      @Override
      public Boolean visitCountTimesPoints(ScoringMethod.CountTimesPoints m) {
        return false;
      }

      @Override
      public Boolean visitDeductionPerOccurrence(ScoringMethod.DeductionPerOccurrence m) {
        return false;
      }

      @Override
      public Boolean visitYesNo(ScoringMethod.YesNo m) {
        return false;
      }

      @Override
      public Boolean visitPeerGroupBands(ScoringMethod.PeerGroupBands m) {
        return false;
      }

      @Override
      public Boolean visitCarryOver(ScoringMethod.CarryOver m) {
        return true;
      }

      @Override
      public Boolean visitLimited(ScoringMethod.Limited m) {
        return readsCarriedTotal(m.inner());
      }

      @Override
      public Boolean visitSum(ScoringMethod.Sum m) {
        return m.parts().stream().anyMatch(ScoringColumn::readsCarriedTotal);
      }

      @Override
      public Boolean visitAsEntered(ScoringMethod.AsEntered m) {
        return false;
      }

      @Override
      public Boolean visitConstant(ScoringMethod.Constant m) {
        return false;
      }

      @Override
      public Boolean visitRateBands(ScoringMethod.RateBands m) {
        return false;
      }

      @Override
      public Boolean visitUncappedCount(Uncapped.Count m) {
        return false;
      }

      @Override
      public Boolean visitUncappedDeduction(Uncapped.Deduction m) {
        return false;
      }

      @Override
      public Boolean visitUncappedRatio(Uncapped.Ratio m) {
        return false;
      }

      @Override
      public Boolean visitByCategory(ScoringMethod.ByCategory m) {
        return false;
      }
    });
  }
}

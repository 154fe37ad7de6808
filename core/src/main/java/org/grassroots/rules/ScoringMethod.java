package org.grassroots.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.input.Check;

/**
 * How a sub-item turns its measured input into points (计分方法). Every boundary (inclusive or
 * exclusive) and every rounding is a field of the method — nothing is implied. All numbers are
 * fixed point ({@link Fixed}): inputs, points, shares (0.1 = 10%) and targets.
 *
 * <p>Methods compose: {@link Limited} puts a floor and a cap around any method and {@link Sum} adds
 * several methods over the same input. The structural checks (gaps and overlaps of bands, shares
 * over 100%, …) are made by the ruleset validator so that every error of a ruleset is reported
 * with its path at once; the constructors refuse only missing parts.
 */
public sealed interface ScoringMethod
    permits ScoringMethod.Bands, ScoringMethod.Linear, ScoringMethod.RatioToTarget, ScoringMethod.CountTimesPoints,
        ScoringMethod.DeductionPerOccurrence, ScoringMethod.YesNo, ScoringMethod.PeerGroupBands,
        ScoringMethod.CarryOver, ScoringMethod.Limited, ScoringMethod.Sum, ScoringMethod.AsEntered,
        ScoringMethod.Constant, ScoringMethod.RateBands, ScoringMethod.ByCategory, Uncapped.Count, Uncapped.Deduction, Uncapped.Ratio {

  /** Short stable code of the method, used in paths, traces and file formats (e.g. {@code bands}). */
  String code();

  /**
   * Hands this method to the {@code visitor}'s branch for its kind. Every kind of method has a
   * branch, so a new kind cannot be added without handling it wherever methods are dispatched
   * (validator, compiler, explainer, file formats): they stop compiling until it is.
   */
  <R> R accept(Visitor<R> visitor);

  /** One branch per kind of scoring method (exhaustive dispatch over the sealed family). */
  interface Visitor<R> {
    R visitBands(Bands m);

    R visitLinear(Linear m);

    R visitRatioToTarget(RatioToTarget m);

    R visitCountTimesPoints(CountTimesPoints m);

    R visitDeductionPerOccurrence(DeductionPerOccurrence m);

    R visitYesNo(YesNo m);

    R visitPeerGroupBands(PeerGroupBands m);

    R visitCarryOver(CarryOver m);

    R visitLimited(Limited m);

    R visitSum(Sum m);

    R visitAsEntered(AsEntered m);

    R visitConstant(Constant m);

    R visitRateBands(RateBands m);

    R visitUncappedCount(Uncapped.Count m);

    R visitUncappedDeduction(Uncapped.Deduction m);

    R visitUncappedRatio(Uncapped.Ratio m);

    R visitByCategory(ByCategory m);
  }

  /**
   * Points by category (按类别计分): the input is a category's code (e.g. 1 城市社区, 2 农村社区) and
   * each category declares its points; a code of no category (or a missing value) gets {@code otherwise}.
   */
  record ByCategory(List<CategoryPoints> categories, long otherwise) implements ScoringMethod {
    public ByCategory {
      categories = ImmutableList.copyOf(Check.notEmpty("byCategory.categories", categories));
    }

    @Override
    public String code() {
      return "byCategory";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitByCategory(this);
    }
  }

  /** One category's points (类别分值): its {@link InputKind.Category code and label} and points. */
  record CategoryPoints(InputKind.Category category, long points) {
    public CategoryPoints {
      Check.notNull("byCategory.category", category);
    }
  }

  /**
   * As entered (据实计分): the input is the points. {@code ceiling} declares whether they are cut at
   * the item's full marks ({@link Ceiling#ITEM_POINTS}) or not ({@link Ceiling#UNCAPPED}, 上不封顶) —
   * never implied. A bonus has no full marks, so it must declare {@code UNCAPPED}.
   */
  record AsEntered(Ceiling ceiling) implements ScoringMethod {
    public AsEntered {
      Check.notNull("asEntered.ceiling", ceiling);
    }

    @Override
    public String code() {
      return "asEntered";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAsEntered(this);
    }
  }

  /** Where points entered as they are stop (封顶方式). */
  enum Ceiling {
    /** Cut at the item's full marks (不超过本项分值). */
    ITEM_POINTS,
    /** No cap (上不封顶), declared as such. */
    UNCAPPED
  }

  /** A constant (固定分值): every unit gets {@code points}, whatever its input (e.g. a base score). */
  record Constant(long points) implements ScoringMethod {
    @Override
    public String code() {
      return "constant";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitConstant(this);
    }
  }

  /**
   * Bands over a rate of two inputs (比率分档), e.g. 参学率 = members who attended / members due: the
   * band whose ends hold {@code input / denominator} gives its points. Band ends are shares (0.9 =
   * 90%) and are compared with the exact rate by cross-multiplying — nothing is rounded. A unit whose
   * denominator is 0 or less gets {@code whenNoDenominator}; a rate in no band gets {@code otherwise}.
   *
   * @param denominator the input divided by (e.g. members due, 应参学人数)
   * @param bands ascending, contiguous ranges of the rate, as {@link Bands}
   */
  record RateBands(IndicatorId denominator, List<Band> bands, long otherwise, long whenNoDenominator)
      implements ScoringMethod {
    public RateBands {
      Check.notNull("rateBands.denominator", denominator);
      bands = ImmutableList.copyOf(Check.notEmpty("rateBands.bands", bands));
    }

    @Override
    public String code() {
      return "rateBands";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRateBands(this);
    }
  }

  /**
   * Threshold bands (分档计分): the first band that contains the input gives its points; an input in
   * no band gets {@code otherwise}. Bands are declared in ascending order of their ranges and must
   * neither overlap nor leave gaps between them.
   *
   * @param bands ascending, contiguous ranges
   * @param otherwise points for an input outside every band
   */
  record Bands(List<Band> bands, long otherwise) implements ScoringMethod {
    public Bands {
      bands = ImmutableList.copyOf(Check.notEmpty("bands", bands));
    }

    @Override
    public String code() {
      return "bands";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBands(this);
    }
  }

  /**
   * One band (档次): {@code lower ≤/< input ≤/< upper} gives {@code points}.
   *
   * @param lower the lower end; empty for no lower end (−∞)
   * @param upper the upper end; empty for no upper end (+∞)
   * @param points the points of the band
   * @param label an optional label such as "优秀" for the explanation; may be empty
   */
  record Band(Optional<Bound> lower, Optional<Bound> upper, long points, String label) {
    public Band {
      Check.notNull("band.lower", lower);
      Check.notNull("band.upper", upper);
      label = label == null ? "" : label;
    }

    /** True when {@code x} lies in this band. */
    public boolean contains(long x) {
      return (lower.isEmpty() || lower.get().admitsFromAbove(x))
          && (upper.isEmpty() || upper.get().admitsFromBelow(x));
    }
  }

  /**
   * Linear between two points (线性插值): below {@code x0} (inclusive) the score is {@code y0}, above
   * {@code x1} (inclusive) it is {@code y1}, between them {@code y0 + (x − x0)(y1 − y0)/(x1 − x0)}
   * rounded by {@code rounding}. Requires {@code x0 < x1}.
   */
  record Linear(long x0, long y0, long x1, long y1, Rounding rounding) implements ScoringMethod {
    public Linear {
      Check.notNull("linear.rounding", rounding);
    }

    @Override
    public String code() {
      return "linear";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLinear(this);
    }
  }

  /**
   * Ratio to a target (完成率计分): {@code points × min(input / target, maxRatio)} rounded by
   * {@code rounding}; a negative input counts as 0. The target is the constant {@code target}, or
   * when {@code targetInput} is present that input's value for the unit. A target that is not
   * positive gives {@code whenNoTarget}.
   *
   * @param target the constant target (used when {@code targetInput} is empty)
   * @param targetInput an input holding each unit's own target
   * @param points the points at a ratio of 1
   * @param maxRatio the ratio is cut here (e.g. 1 = no credit for overshooting; 1.2 = up to 120%)
   * @param whenNoTarget the points when the target is 0 or negative
   * @param rounding how {@code points × ratio} is rounded
   */
  record RatioToTarget(
      long target,
      Optional<IndicatorId> targetInput,
      long points,
      long maxRatio,
      long whenNoTarget,
      Rounding rounding)
      implements ScoringMethod {
    public RatioToTarget {
      Check.notNull("ratio.targetInput", targetInput);
      Check.notNull("ratio.rounding", rounding);
    }

    @Override
    public String code() {
      return "ratio";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRatioToTarget(this);
    }
  }

  /**
   * Count times points with a cap (按次计分，封顶): {@code min(input × each, cap)} rounded by {@code
   * rounding}, never below 0.
   *
   * @param each points per occurrence
   * @param cap the most points the item can give (inclusive)
   */
  record CountTimesPoints(long each, long cap, Rounding rounding) implements ScoringMethod {
    public CountTimesPoints {
      Check.notNull("count.rounding", rounding);
    }

    @Override
    public String code() {
      return "count";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCountTimesPoints(this);
    }
  }

  /**
   * Deduction per occurrence with a floor (按次扣分，保底): {@code max(start − input × each, floor)}
   * with the product rounded by {@code rounding}; a negative input counts as 0.
   *
   * @param start the points with no occurrence (usually the item's full marks)
   * @param each points deducted per occurrence
   * @param floor the least points the item can give (inclusive)
   */
  record DeductionPerOccurrence(long start, long each, long floor, Rounding rounding)
      implements ScoringMethod {
    public DeductionPerOccurrence {
      Check.notNull("deduction.rounding", rounding);
    }

    @Override
    public String code() {
      return "deduction";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDeductionPerOccurrence(this);
    }
  }

  /**
   * Yes/no (是否达标): an input other than 0 is "yes".
   *
   * @param yes points for yes
   * @param no points for no
   */
  record YesNo(long yes, long no) implements ScoringMethod {
    @Override
    public String code() {
      return "yesNo";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitYesNo(this);
    }
  }

  /**
   * Bands by rank or percentile within a peer group (组内排名分档): the units of the ruleset's subject
   * kind that share an ancestor of kind {@code groupKind} (e.g. every community of one street) are
   * ordered by their input, best first; the first band takes the first {@code size(band 1)} places,
   * the next band the following places, and so on; units beyond every band get {@code otherwise}.
   *
   * <p>With {@link Basis#PERCENTILE} a band's {@code share} is a fraction of the group (0.1 = 10%),
   * and the cumulative number of places is {@code round(cumulativeShare × groupSize)} by {@code
   * groupSizeRounding}; with {@link Basis#RANK} the share is a count of places (fixed point, whole
   * numbers). Ties follow {@code tieBreak}: with ordinal ranking the places are exact; with
   * competition or dense ranking a unit whose rank lies within a band's places gets that band, so
   * tied units share the better band (and a band may hold more units than its places).
   *
   * @param groupKind the kind of the ancestor that forms a peer group (e.g. {@code street}); units
   *     with no ancestor of that kind form one group together
   * @param basis whether shares are fractions of the group or counts of places
   * @param higherIsBetter true when a higher input ranks first
   * @param bands best band first
   * @param otherwise the points of units beyond every band
   * @param groupSizeRounding how a fraction of the group size becomes a count of places
   * @param tieBreak how equal inputs are placed
   */
  record PeerGroupBands(
      OrgKind groupKind,
      Basis basis,
      boolean higherIsBetter,
      List<ShareBand> bands,
      long otherwise,
      Rounding groupSizeRounding,
      TieBreak tieBreak)
      implements ScoringMethod {
    public PeerGroupBands {
      Check.notNull("peerGroup.groupKind", groupKind);
      Check.notNull("peerGroup.basis", basis);
      bands = ImmutableList.copyOf(Check.notEmpty("peerGroup.bands", bands));
      Check.notNull("peerGroup.groupSizeRounding", groupSizeRounding);
      Check.notNull("peerGroup.tieBreak", tieBreak);
    }

    @Override
    public String code() {
      return "peerGroup";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitPeerGroupBands(this);
    }
  }

  /** Whether a peer-group band's share is a fraction of the group or a count of places. */
  enum Basis {
    /** A fraction of the group (百分比). */
    PERCENTILE,
    /** A number of places (名次). */
    RANK
  }

  /**
   * One peer-group band (组内档次).
   *
   * @param share a fraction of the group (0.1 = 10%) or a count of places, by the method's basis
   * @param points the points of the band
   * @param label a label such as "A" for the explanation; may be empty
   */
  record ShareBand(long share, long points, String label) {
    public ShareBand {
      label = label == null ? "" : label;
    }
  }

  /**
   * Carry-over from the previous period (基础分结转): {@code share × last period's total} rounded by
   * {@code rounding}. The input of the item is the unit's total of the previous period, supplied
   * by the evaluation from the previous result (or as a measurement when there is none).
   *
   * @param share the declared share of last period's total (0.3 = 30%)
   */
  record CarryOver(long share, Rounding rounding) implements ScoringMethod {
    public CarryOver {
      Check.notNull("carryOver.rounding", rounding);
    }

    @Override
    public String code() {
      return "carryOver";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCarryOver(this);
    }
  }

  /**
   * A floor and a cap around another method (保底与封顶): the inner points, raised to {@code floor}
   * and cut at {@code cap} where present (both inclusive: the result may equal them).
   */
  record Limited(ScoringMethod inner, Optional<Long> floor, Optional<Long> cap)
      implements ScoringMethod {
    public Limited {
      Check.notNull("limited.inner", inner);
      Check.notNull("limited.floor", floor);
      Check.notNull("limited.cap", cap);
    }

    @Override
    public String code() {
      return "limited";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitLimited(this);
    }
  }

  /** The sum of several methods over the same input (组合计分), e.g. a base band plus a count bonus. */
  record Sum(List<ScoringMethod> parts) implements ScoringMethod {
    public Sum {
      parts = ImmutableList.copyOf(Check.notEmpty("sum.parts", parts));
    }

    @Override
    public String code() {
      return "sum";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSum(this);
    }
  }
}

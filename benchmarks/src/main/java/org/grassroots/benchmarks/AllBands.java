package org.grassroots.benchmarks;

import static org.grassroots.rules.Fixed.of;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.grassroots.assessment.InputColumns;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;

/**
 * The all-bands ruleset of the peer benchmark (全档次规则): the tree and categories of {@link
 * AssessmentBenchmark}, every one of the 30 sub-items scored by the same three bands (below 60: 0;
 * 60 to below 90: 2; 90 and above: 4), 7 summed categories with their caps and a total capped at
 * 100; and a plain hand-written loop over the same primitive columns computing the same outputs.
 *
 * <p>Outputs, in this order: the points of the 30 sub-items, of the 7 categories and the total of
 * each assessed unit ({@link #COLUMNS} columns), and their sums to every ancestor.
 */
final class AllBands {
  static final int[] ITEMS_PER_CATEGORY = {5, 4, 4, 5, 4, 4, 4};
  static final int ITEMS = 30;
  static final int CATEGORIES = ITEMS_PER_CATEGORY.length;
  /** 30 sub-items, 7 categories, the total. */
  static final int COLUMNS = ITEMS + CATEGORIES + 1;
  /** The band ends (fixed-point): [.., 60) → 0, [60, 90) → 2, [90, ..) → 4. */
  static final long LOW = of(60);
  static final long HIGH = of(90);
  static final long MID_POINTS = of(2);
  static final long TOP_POINTS = of(4);
  static final long TOTAL_CAP = of(100);

  private AllBands() {}

  /** Column names in output order: i0..i29, c0..c6, total. */
  static List<String> columnNames() {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < ITEMS; k++) {
      names.add("i" + k);
    }
    for (int c = 0; c < CATEGORIES; c++) {
      names.add("c" + c);
    }
    names.add("total");
    return names;
  }

  /** The cap of each category: 4 points per sub-item. */
  private static final long[] CATEGORY_CAPS = new long[CATEGORIES];

  static {
    for (int c = 0; c < CATEGORIES; c++) {
      CATEGORY_CAPS[c] = of(4L * ITEMS_PER_CATEGORY[c]);
    }
  }

  static long categoryCap(int category) {
    return CATEGORY_CAPS[category];
  }

  static Ruleset ruleset() {
    Ruleset.Builder r = Ruleset.builder("bands", DistrictId.of("bench"), 1, "全档次基准规则", LocalDate.of(2024, 1, 1),
        OrgKind.COMMUNITY).totalCap(TOTAL_CAP);
    ScoringMethod bands = new ScoringMethod.Bands(List.of(
        new ScoringMethod.Band(Optional.empty(), Optional.of(Bound.exclusive(LOW)), 0, ""),
        new ScoringMethod.Band(Optional.of(Bound.inclusive(LOW)), Optional.of(Bound.exclusive(HIGH)), MID_POINTS, ""),
        new ScoringMethod.Band(Optional.of(Bound.inclusive(HIGH)), Optional.empty(), TOP_POINTS, "")), 0);
    int item = 0;
    for (int c = 0; c < CATEGORIES; c++) {
      List<Indicator> items = new ArrayList<>();
      for (int k = 0; k < ITEMS_PER_CATEGORY[c]; k++, item++) {
        items.add(Indicator.item("i" + item, "子项" + item, of(4), bands));
      }
      r.indicator(Indicator.category("c" + c, "大项" + c, categoryCap(c), items).withCap(categoryCap(c)));
    }
    return r.grade(new Grade(org.grassroots.rules.RuleId.of("D"), "全部", Optional.empty(), List.of())).build();
  }

  /**
   * The 30 measured columns (indexed by tree position, 0 off the assessed units), random 0–110 with
   * four decimals from {@code seed}, drawn in the order of {@link AssessmentBenchmark#inputs}.
   */
  static long[][] measurements(TreeSnapshot tree, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] subjects = tree.positionsOf(OrgKind.COMMUNITY);
    long[][] cols = new long[ITEMS][tree.size()];
    for (long[] col : cols) {
      for (int pos : subjects) {
        col[pos] = rnd.nextLong(1_100_001L);
      }
    }
    return cols;
  }

  static InputColumns inputs(TreeSnapshot tree, long[][] measured) {
    InputColumns.Builder b = InputColumns.builder(tree, Period.year(2024));
    for (int k = 0; k < ITEMS; k++) {
      b.column(IndicatorId.of("i" + k), measured[k]);
    }
    return b.build();
  }

  /** The hand-written loop's result: the unit columns and their sums to every ancestor. */
  record Result(long[][] units, long[][] sums) {}

  /**
   * The plain hand-written loop, a unit at a time: bands as two comparisons, category and total caps as {@code min}, then
   * each column summed to every ancestor in one reverse pre-order pass over the parent array.
   */
  static Result handLoop(long[][] measured, int[] subjects, int[] parent) {
    int n = parent.length;
    long[][] out = new long[COLUMNS][n];
    for (int pos : subjects) {
      long total = 0;
      int k = 0;
      for (int c = 0; c < CATEGORIES; c++) {
        long category = 0;
        for (int j = 0; j < ITEMS_PER_CATEGORY[c]; j++, k++) {
          long v = measured[k][pos];
          long points = v >= HIGH ? TOP_POINTS : v >= LOW ? MID_POINTS : 0;
          out[k][pos] = points;
          category += points;
        }
        category = Math.min(category, CATEGORY_CAPS[c]);
        out[ITEMS + c][pos] = category;
        total += category;
      }
      out[COLUMNS - 1][pos] = Math.min(total, TOTAL_CAP);
    }
    return new Result(out, sumsToEveryAncestor(out, parent));
  }

  /**
   * The same outputs computed a column at a time, as a careful hand would: each sub-item's bands
   * without a branch on the value ({@code v >= LOW} as the sign bit of {@code v - LOW}, exact for
   * values far from the {@code long} limits), each category by adding its sub-item columns, then
   * the total, then the same roll-up.
   */
  static Result handColumns(long[][] measured, int[] subjects, int[] parent) {
    int n = parent.length;
    long[][] out = new long[COLUMNS][n];
    for (int k = 0; k < ITEMS; k++) {
      long[] in = measured[k];
      long[] points = out[k];
      for (int pos : subjects) {
        long v = in[pos];
        long atLeastLow = ~(v - LOW) >>> 63;
        long atLeastHigh = ~(v - HIGH) >>> 63;
        points[pos] = atLeastLow * MID_POINTS + atLeastHigh * (TOP_POINTS - MID_POINTS);
      }
    }
    long[] total = out[COLUMNS - 1];
    int k = 0;
    for (int c = 0; c < CATEGORIES; c++) {
      long[] category = out[ITEMS + c];
      for (int j = 0; j < ITEMS_PER_CATEGORY[c]; j++, k++) {
        long[] item = out[k];
        for (int pos : subjects) {
          category[pos] += item[pos];
        }
      }
      long cap = CATEGORY_CAPS[c];
      for (int pos : subjects) {
        long capped = Math.min(category[pos], cap);
        category[pos] = capped;
        total[pos] += capped;
      }
    }
    for (int pos : subjects) {
      total[pos] = Math.min(total[pos], TOTAL_CAP);
    }
    return new Result(out, sumsToEveryAncestor(out, parent));
  }

  /** Each column summed to every ancestor: one reverse pre-order pass over the parent array. */
  private static long[][] sumsToEveryAncestor(long[][] out, int[] parent) {
    int n = parent.length;
    long[][] sums = new long[COLUMNS][];
    for (int col = 0; col < COLUMNS; col++) {
      long[] acc = out[col].clone(); // only assessed units hold a value
      for (int i = n - 1; i > 0; i--) {
        int p = parent[i];
        if (p >= 0) {
          acc[p] += acc[i];
        }
      }
      sums[col] = acc;
    }
    return sums;
  }
}

package org.grassroots.scenarios;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.input.Check;
import org.grassroots.rules.IndicatorId;

/**
 * Monte Carlo over uncertain inputs (蒙特卡洛模拟): each draw moves every assessed unit's value of
 * each uncertain input by a whole number of fixed-point units drawn uniformly from {@code [−spread,
 * +spread]}, never below 0, and assesses the result.
 *
 * <p>Reproducible: draw {@code d} uses its own {@link SplittableRandom} seeded from {@code (seed,
 * d)} (SplittableRandom's algorithm is specified, so the same on every JVM) and visits the
 * uncertainties in declared order and the units in tree order. The results do not depend on the
 * executor or the number of threads.
 *
 * @param uncertainties the uncertain inputs
 * @param draws the number of draws
 * @param seed the declared seed
 */
public record MonteCarlo(List<Uncertainty> uncertainties, int draws, long seed) {
  public MonteCarlo {
    uncertainties = ImmutableList.copyOf(Check.notEmpty("monteCarlo.uncertainties", uncertainties));
    Check.between("monteCarlo.draws", draws, 1, Sweep.MAX_POINTS);
  }

  /**
   * An uncertain input (不确定输入).
   *
   * @param input the measured input (a sub-item's id or a declared input)
   * @param spread the largest change either way, fixed point
   */
  public record Uncertainty(IndicatorId input, long spread) {
    public Uncertainty {
      Check.notNull("uncertainty.input", input);
      Check.atLeast("uncertainty.spread", spread, 0);
    }
  }

  /**
   * The outcome (模拟结果).
   *
   * @param counts the counts per grade of each draw, by draw number
   * @param totalSums the sum of totals of each draw, by draw number
   * @param gradeFrequency for each assessed unit (subject order), how many draws gave it each grade
   *     (the last slot counts draws with no grade)
   * @param figures the programs' figures of each draw, by draw number (empty maps when the setup
   *     has no program)
   */
  public record Result(List<GradeCounts> counts, long[] totalSums, int[][] gradeFrequency,
      List<ImmutableMap<String, Long>> figures) {
    public Result {
      counts = ImmutableList.copyOf(Check.notNull("result.counts", counts));
      Check.notNull("result.totalSums", totalSums);
      Check.notNull("result.gradeFrequency", gradeFrequency);
      figures = ImmutableList.copyOf(Check.notNull("result.figures", figures));
    }

    /** The figure {@code name} (e.g. {@code stars.total}) of each draw, by draw number. */
    public long[] figure(String name) {
      long[] out = new long[figures.size()];
      for (int d = 0; d < out.length; d++) {
        out[d] = MonteCarlo.figure(figures.get(d), name);
      }
      return out;
    }

    /** A copy of the sums of totals by draw. */
    @Override
    public long[] totalSums() {
      return totalSums.clone();
    }

    /** A copy of the grade frequencies by unit. */
    @Override
    public int[][] gradeFrequency() {
      int[][] out = new int[gradeFrequency.length][];
      for (int i = 0; i < out.length; i++) {
        out[i] = gradeFrequency[i].clone();
      }
      return out;
    }
  }

  /** Runs the draws for {@code setup} (e.g. the baseline's, or a scenario's) on {@code baseline}'s data. */
  public Result run(Baseline baseline, Setup setup, Executor executor, Progress progress, Cancellation cancellation) {
    Check.notNull("baseline", baseline);
    Check.notNull("setup", setup);
    CompiledRuleset rules = baseline.compiled(setup);
    InputColumns base = baseline.inputs();
    int[] subjects = baseline.assessment().subjects();
    int grades = setup.ruleset().grades().size();
    GradeCounts[] counts = new GradeCounts[draws];
    long[] sums = new long[draws];
    // each draw adds its grades here as it finishes and drops them (additions commute: any order, same counts)
    int[][] freq = new int[subjects.length][grades + 1];
    List<ImmutableMap<String, Long>> figures = new ArrayList<>(java.util.Collections.nCopies(draws, null));
    Runs.run(draws, executor, progress, cancellation, d -> {
      SplittableRandom rng = new SplittableRandom(mix(seed, d));
      InputColumns.Builder b = InputColumns.builder(base.tree(), base.period());
      for (IndicatorId id : base.indicators()) {
        b.column(id, base.column(id).orElseThrow());
      }
      for (Uncertainty u : uncertainties) {
        long[] col = base.column(u.input()).map(long[]::clone).orElseGet(() -> new long[base.tree().size()]);
        for (int p : subjects) {
          col[p] = Math.max(0, col[p] + rng.nextLong(-u.spread(), u.spread() + 1));
        }
        b.column(u.input(), col);
      }
      InputColumns drawn = b.build();
      Assessment a = rules.evaluate(drawn);
      int[] g = new int[subjects.length];
      long sum = 0;
      for (int k = 0; k < subjects.length; k++) {
        g[k] = a.gradeIndex(subjects[k]);
        sum += a.total(subjects[k]);
      }
      counts[d] = GradeCounts.of(setup.ruleset().grades(), g);
      sums[d] = sum;
      synchronized (freq) {
        for (int k = 0; k < g.length; k++) {
          freq[k][g[k] < 0 ? grades : g[k]]++;
        }
      }
      figures.set(d, Baseline.figures(Baseline.evaluate(setup, drawn))); // each draw its own slot
    });
    return new Result(List.of(counts), sums, freq, figures);
  }

  /** {@code figures.get(name)}, refused with the names there are when absent. */
  static long figure(java.util.Map<String, Long> figures, String name) {
    Check.notBlank("figure", name);
    Long v = figures.get(name);
    if (v == null) {
      throw new org.grassroots.input.InvalidInputException("scenario.noSuchFigure", "figure", name,
          String.join(", ", figures.keySet()));
    }
    return v;
  }

  /** A well-mixed seed for draw {@code d} (SplitMix64's finaliser over seed and index). */
  static long mix(long seed, long d) {
    long z = seed + (d + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

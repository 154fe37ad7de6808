package org.grassroots.scenarios;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Longs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.grassroots.assessment.Assessment;
import org.grassroots.input.Check;

/**
 * A sweep over a grid of parameter values (参数扫描): every combination of the axes' values is one
 * point, numbered with the last axis varying fastest. Points run in parallel on the given executor;
 * each point's result is stored at its number, so results are the same whatever the executor.
 */
public final class Sweep {
  /** Most points of one sweep, so that the results of a sweep fit in memory. */
  public static final int MAX_POINTS = 10_000_000;

  /**
   * One axis (扫描维度): a parameter and the values it takes, in order.
   *
   * @param parameter the parameter
   * @param values its values (fixed point or counts, as the parameter says)
   */
  public record Axis(Parameter parameter, List<Long> values) {
    public Axis {
      Check.notNull("axis.parameter", parameter);
      values = ImmutableList.copyOf(Check.notEmpty("axis.values", values));
    }

    /** {@code from}, {@code from + step}, … up to {@code to} inclusive. */
    public static Axis range(Parameter parameter, long from, long to, long step) {
      Check.atLeast("axis.step", step, 1);
      Check.atLeast("axis.to", to, from);
      Check.between("axis.count", (to - from) / step + 1, 1, MAX_POINTS);
      List<Long> v = new ArrayList<>();
      for (long x = from; x <= to; x += step) {
        v.add(x);
      }
      return new Axis(parameter, v);
    }
  }

  /**
   * The result of one point (扫描点).
   *
   * @param index the point's number
   * @param settings its parameter values, one per axis
   * @param counts the counts per grade
   * @param totalSum the sum of totals over the assessed units
   * @param flips how many units' grades differ from the baseline
   * @param figures the programs' figures at this point (e.g. {@code stars.total}, {@code stars.due}
   *     in fen), in program order; empty when the setup has no program
   */
  public record Point(int index, List<Setting> settings, GradeCounts counts, long totalSum, int flips,
      ImmutableMap<String, Long> figures) {
    public Point {
      settings = ImmutableList.copyOf(settings);
      Check.notNull("point.figures", figures);
    }

    /** The figure {@code name} at this point. */
    public long figure(String name) {
      return MonteCarlo.figure(figures, name);
    }
  }

  /**
   * Sees each point's grades as the point finishes (逐点观察), before they are dropped: a point keeps
   * only its figures, so whatever else an output needs of the grades (who flips, by region) is
   * gathered here, one point at a time.
   */
  @FunctionalInterface
  public interface Observer {
    /** Sees nothing. */
    Observer NONE = (index, grades) -> {};

    /**
     * Called once per point on the thread that ran it (so possibly on several threads at once).
     *
     * @param index the point's number
     * @param grades each assessed unit's grade index (-1 for none), in subject order; valid only
     *     during the call (neither kept nor changed)
     */
    void point(int index, int[] grades);
  }

  private final List<Axis> axes;
  private final int size;

  private Sweep(List<Axis> axes) {
    this.axes = ImmutableList.copyOf(axes);
    long n = 1;
    for (Axis a : axes) {
      n = Math.multiplyExact(n, a.values().size());
      Check.between("sweep.points", n, 1, MAX_POINTS);
    }
    this.size = (int) n;
  }

  /** Every combination of the axes' values. */
  public static Sweep grid(List<Axis> axes) {
    Check.notEmpty("sweep.axes", axes);
    axes.forEach(a -> Check.notNull("sweep.axis", a));
    return new Sweep(axes);
  }

  public List<Axis> axes() {
    return axes;
  }

  /** The number of points. */
  public int size() {
    return size;
  }

  /** The settings of point {@code index}. */
  public List<Setting> point(int index) {
    Check.between("sweep.index", index, 0, size - 1);
    Setting[] out = new Setting[axes.size()];
    int rest = index;
    for (int a = axes.size() - 1; a >= 0; a--) {
      List<Long> v = axes.get(a).values();
      out[a] = new Setting(axes.get(a).parameter(), v.get(rest % v.size()));
      rest /= v.size();
    }
    return List.of(out);
  }

  /**
   * Assesses every point against {@code baseline}.
   *
   * @param executor runs the points (e.g. a {@link java.util.concurrent.ForkJoinPool}); {@code
   *     Runnable::run} runs them on the calling thread
   * @throws java.util.concurrent.CancellationException when cancelled before every point ran
   */
  public List<Point> run(Baseline baseline, Executor executor, Progress progress, Cancellation cancellation) {
    return run(baseline, executor, progress, cancellation, Observer.NONE);
  }

  /**
   * As {@link #run(Baseline, Executor, Progress, Cancellation)}, showing each point's grades to
   * {@code observer} as the point finishes; the points keep only their figures (counts, sum of
   * totals, flips, the programs' figures), never a grade per unit.
   */
  public List<Point> run(Baseline baseline, Executor executor, Progress progress, Cancellation cancellation,
      Observer observer) {
    Check.notNull("baseline", baseline);
    Check.notNull("observer", observer);
    Point[] out = new Point[size];
    int[] g0 = baseline.gradesShared();
    int[] subjects = baseline.assessment().subjects();
    Runs.run(size, executor, progress, cancellation, i -> {
      List<Setting> settings = point(i);
      Setup s = baseline.apply(settings);
      Assessment a = baseline.assess(s);
      int[] g = new int[subjects.length];
      long sum = 0;
      int flips = 0;
      for (int k = 0; k < subjects.length; k++) {
        g[k] = a.gradeIndex(subjects[k]);
        sum += a.total(subjects[k]);
        flips += g[k] != g0[k] ? 1 : 0;
      }
      out[i] = new Point(i, settings, GradeCounts.of(s.ruleset().grades(), g), sum, flips,
          Baseline.figures(baseline.outcomes(s)));
      observer.point(i, g); // the grades go no further than the observer
    });
    return List.of(out);
  }

  /** The values of axis {@code a} as a list, for charts. */
  public long[] values(int a) {
    return Longs.toArray(axes.get(a).values());
  }
}

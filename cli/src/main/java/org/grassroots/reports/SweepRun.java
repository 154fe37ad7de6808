package org.grassroots.reports;

import java.util.List;
import java.util.concurrent.Executor;
import org.grassroots.input.Check;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Cancellation;
import org.grassroots.scenarios.Progress;
import org.grassroots.scenarios.Sweep;

/**
 * A sweep run for a report (参数扫描结果): the points' figures and, gathered one point at a time as
 * each finishes ({@link Sweep.Observer}), what the report's flip tables and charts read of the
 * grades: which grades each unit reaches anywhere in the sweep (a bit mask a unit) and each unit's
 * grade along the first axis with the other axes at their first values (a byte a unit per point of
 * that line). No point keeps a grade per unit: at country scale that was 2.4 MB a point.
 */
public final class SweepRun {
  private final Sweep sweep;
  private final List<Sweep.Point> points;
  private final int[] baseline;
  private final int grades;
  /** Per assessed unit: bit g set when it holds grade g at some point, bit {@code grades} when none. */
  private final long[] reached;
  private final byte[][] line;

  private SweepRun(Sweep sweep, List<Sweep.Point> points, int[] baseline, int grades, long[] reached, byte[][] line) {
    this.sweep = sweep;
    this.points = points;
    this.baseline = baseline;
    this.grades = grades;
    this.reached = reached;
    this.line = line;
  }

  /** Runs {@code sweep} against {@code baseline} (as {@link Sweep#run}) and gathers what the report needs. */
  public static SweepRun run(Sweep sweep, Baseline baseline, Executor executor, Progress progress,
      Cancellation cancellation) {
    Check.notNull("sweep", sweep);
    Check.notNull("baseline", baseline);
    int grades = baseline.setup().ruleset().grades().size();
    Check.between("ruleset.grades", grades, 0, 62); // each grade and "none" a bit of a long mask
    int units = baseline.assessment().subjects().length;
    long[] reached = new long[units];
    int stride = stride(sweep);
    byte[][] line = new byte[sweep.axes().get(0).values().size()][];
    List<Sweep.Point> points = sweep.run(baseline, executor, progress, cancellation, (i, g) -> {
      if (i % stride == 0) {
        byte[] b = new byte[g.length];
        for (int k = 0; k < g.length; k++) {
          b[k] = (byte) g[k];
        }
        line[i / stride] = b; // each line point its own slot
      }
      synchronized (reached) { // or-ing commutes: the masks do not depend on the order the points finish
        for (int k = 0; k < g.length; k++) {
          reached[k] |= 1L << (g[k] < 0 ? grades : g[k]);
        }
      }
    });
    return new SweepRun(sweep, points, baseline.grades(), grades, reached, line);
  }

  /** The points between two values of the first axis. */
  static int stride(Sweep sweep) {
    return sweep.size() / sweep.axes().get(0).values().size();
  }

  public Sweep sweep() {
    return sweep;
  }

  /** Every point's figures, by number. */
  public List<Sweep.Point> points() {
    return points;
  }

  /** The grade index (-1 for none) of assessed unit {@code k} at point {@code j} of the first axis's line. */
  int lineGrade(int j, int k) {
    return line[j][k];
  }

  /** The number of points along the first axis. */
  int lineSize() {
    return line.length;
  }

  /** Whether assessed unit {@code k} holds another grade than in the baseline at some point. */
  boolean flips(int k) {
    return better(k) || worse(k);
  }

  /** Whether assessed unit {@code k} reaches a better grade than its baseline's at some point (any grade beats none). */
  boolean better(int k) {
    int g0 = baseline[k] < 0 ? grades : baseline[k];
    return (reached[k] & ((1L << g0) - 1)) != 0; // the bits of the better grades
  }

  /** Whether assessed unit {@code k} falls to a worse grade than its baseline's (or none) at some point. */
  boolean worse(int k) {
    return baseline[k] >= 0 && (reached[k] >>> (baseline[k] + 1)) != 0; // the worse grades' bits and none's
  }

  /** The grade indexes unit {@code k} holds at some point (-1 for none), best first. */
  int[] reached(int k) {
    int[] out = new int[Long.bitCount(reached[k])];
    int n = 0;
    for (int g = 0; g <= grades; g++) {
      if ((reached[k] & 1L << g) != 0) {
        out[n++] = g == grades ? -1 : g;
      }
    }
    return out;
  }
}

package org.grassroots.cli;

import java.util.List;
import org.grassroots.input.InvalidInputException;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.programs.DesignationOutcome;
import org.grassroots.scenarios.programs.FigureKind;
import org.grassroots.scenarios.programs.ProgramOutcome;

/**
 * The heap a scenario or a sweep will need (内存估算), estimated before it runs from what the
 * baseline was measured to take, so that a run that cannot fit is refused with the figure and the
 * option that would make it fit, instead of running out of memory minutes later.
 *
 * <p>The model, per part:
 *
 * <ul>
 *   <li>one assessment's worth: the heap the baseline holds (measured) divided by the assessments it
 *       holds — the ruleset's and one per designation of its programs (a star, a type);
 *   <li>a point at work: a new assessment when the point moves the ruleset, and the designations of
 *       every program whose criteria it moves (an axis on the reward or the budget only re-allocates),
 *       and its grades while it runs (an int per unit, dropped when it finishes); as many points at
 *       work as threads;
 *   <li>each point kept: only its settings, counts and figures, and its row of the output table (a
 *       point keeps no grade per unit: its grades are seen as it finishes and dropped);
 *   <li>the report: its per-unit tables are written row by row (nothing held), its lists of flipping
 *       units for the page (a few hundred bytes a unit at most), and what a sweep's report
 *       gathers of the grades (a grade mask and the baseline's grade per unit, a byte per unit for
 *       each of the {@code linePoints} points along the first axis).
 * </ul>
 *
 * @param linePoints the points along a sweep's first axis (0 for a scenario)
 */
record MemoryEstimate(long units, int points, int threads, long perAssessment, int movedAssessments,
    int columns, boolean report, int linePoints) {
  /**
   * Bytes per unit the report holds at once: its per-unit tables (units.csv, the flipping units) are
   * written row by row as produced, so what stays is the page's list of flipping units (boxed, in
   * subject order and again taken in turn from each region) and a scenario's list of flips.
   */
  static final long REPORT_BYTES_PER_UNIT = 200;
  /** Room left for everything else (the output table's text, the JVM's own). */
  static final long MARGIN = 64L << 20;

  /**
   * The estimate for {@code points} points against {@code b}, which holds {@code baselineBytes} of heap.
   *
   * @param axes the parameter paths the points move (a scenario's --set paths, a sweep's axes)
   */
  static MemoryEstimate of(Baseline b, long baselineBytes, List<String> axes, int points, int threads, boolean report,
      int linePoints) {
    int held = 1;
    int moved = 0;
    boolean rulesetMoved = false;
    for (ProgramOutcome o : b.outcomes()) {
      int designations = designations(o);
      held += designations;
      String prefix = o.program() + ".";
      if (axes.stream().anyMatch(p -> p.startsWith(prefix) && b.setup().parameter(p).kind() != FigureKind.MONEY)) {
        moved += designations;
      }
    }
    for (String p : axes) {
      rulesetMoved |= b.outcomes().stream().noneMatch(o -> p.startsWith(o.program() + "."));
    }
    int columns = 4 + axes.size() + b.setup().ruleset().grades().size() + b.figures().size();
    return new MemoryEstimate(b.assessment().subjects().length, points, threads, Math.max(0, baselineBytes) / held,
        moved + (rulesetMoved ? 1 : 0), columns, report, linePoints);
  }

  /** The designations (stars, types) a program's outcome holds one assessment each for. */
  private static int designations(ProgramOutcome o) {
    return o instanceof DesignationOutcome d ? d.designations().size() : 1;
  }

  /** The heap one point at work needs: its moved assessments and its grades. */
  long perPointAtWork() {
    return perAssessment * movedAssessments + 4L * units;
  }

  /** The heap each point kept needs: its settings, counts, figures and its output row, nothing per unit. */
  long perPointKept() {
    return 16 + 200 + 64L * columns;
  }

  /** The report's part: its largest table, and what a sweep's report gathers of the grades. */
  long reportBytes() {
    return report ? REPORT_BYTES_PER_UNIT * units + (linePoints > 0 ? (12L + linePoints) * units : 0) : 0;
  }

  /** Everything the run needs beyond the baseline. */
  long need() {
    return Math.min(threads, points) * perPointAtWork() + points * perPointKept() + reportBytes() + MARGIN;
  }

  /**
   * Refuses the run when {@link #need} exceeds {@code free} bytes, naming the figure and the option
   * that would make it fit: fewer threads, fewer points, no report, or a larger heap.
   *
   * @param command the command, for the message
   * @param field the option the points come from (--axis, --set)
   * @param used the heap in use now (the baseline), for the heap a larger -Xmx should give
   */
  void check(String command, String field, long free, long used) {
    long need = need();
    if (need <= free) {
      return;
    }
    String needMib = mib(need);
    String freeMib = mib(free);
    int concurrent = Math.min(threads, points);
    long fixed = points * perPointKept() + reportBytes() + MARGIN;
    if (concurrent > 1 && perPointAtWork() > 0 && fixed + perPointAtWork() <= free) {
      long t = Math.max(1, (free - fixed) / perPointAtWork());
      throw new InvalidInputException("cli.tooLargeThreads", field, String.format("%,d", points), command,
          String.format("%,d", units), needMib, freeMib, String.valueOf(Math.min(t, concurrent - 1)));
    }
    long perPoint = perPointKept();
    long rest = free - concurrent * perPointAtWork() - reportBytes() - MARGIN;
    if (points > 1 && rest >= perPoint) {
      throw new InvalidInputException("cli.tooLargePoints", field, String.format("%,d", points), command,
          String.format("%,d", units), needMib, freeMib, String.format("%,d", Math.max(1, rest / perPoint)));
    }
    if (report && need - reportBytes() <= free) {
      throw new InvalidInputException("cli.tooLargeReport", field, String.format("%,d", points), command,
          String.format("%,d", units), needMib, freeMib, mib(reportBytes()));
    }
    long gib = Math.max(1, (used + need + (1L << 30) - 1) >> 30);
    throw new InvalidInputException("cli.tooLargeHeap", field, String.format("%,d", points), command,
        String.format("%,d", units), needMib, freeMib, String.valueOf(gib));
  }

  private static String mib(long bytes) {
    return String.format("%,d", (bytes + (1L << 20) - 1) >> 20);
  }

  /** The heap in use after a collection (the baseline's size is what stays reachable). */
  static long usedAfterCollection() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The heap that can still be had. */
  static long free(long used) {
    return Runtime.getRuntime().maxMemory() - used;
  }
}

package org.grassroots.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.assessment.RollUp;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.IndicatorId;

/**
 * The peer benchmark (同类对比): the all-bands ruleset of {@link AllBands} over the 620,573 units of
 * {@link AssessmentBenchmark}'s tree, 30 sub-items plus the roll-up of 38 columns to every
 * ancestor, computed by grassroots, by DuckDB in process (one thread, then its default) and by a
 * plain hand-written Java loop (a unit at a time, and a column at a time without a branch on the
 * value), alternated in one run; every side's results are checked equal to
 * grassroots on every unit and every ancestor (grassroots against the hand loop every round, DuckDB
 * in the first and the last round), and a difference stops the run.
 *
 * <p>Timed per side: wall time, the calling thread's CPU time and the process's CPU time (DuckDB
 * works on its own native threads, so only the process clock sees all of its work with its default
 * thread count). Before measuring, the JVM evaluates {@link AssessmentBenchmark}'s mixed ruleset
 * twice, so grassroots' call sites are as in real use. Loading DuckDB's tables is not timed; its
 * results stay in DuckDB tables (fetching them is the check, not timed).
 *
 * <p>A harness, not a unit test: run it as BENCHMARKS.md says. Arguments: {@code [rounds=5]
 * [warmups=2] [seed=20241124]}.
 */
public final class PeerBenchmark {
  private static final String[] SIDES = {"grassroots", "DuckDB 1 thread", "hand loop (by unit)", "DuckDB default threads",
      "hand loop (by column)"};
  private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private PeerBenchmark() {}

  /** One timed call: wall, calling-thread CPU and process CPU, in ms. */
  private record Times(long wall, long threadCpu, long processCpu) {}

  @FunctionalInterface
  private interface Side {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20241124L;

    TreeSnapshot tree = AssessmentBenchmark.tree();
    int[] subjects = tree.positionsOf(OrgKind.COMMUNITY);
    int[] parent = tree.parents();
    mixedFirst(tree, seed);

    CompiledRuleset rules = CompiledRuleset.compile(AllBands.ruleset());
    long[][] measured = AllBands.measurements(tree, seed);
    InputColumns in = AllBands.inputs(tree, measured);
    long[][][] reference = grassroots(rules, in); // [0] unit columns, [1] sums
    try (DuckDbPeer duck = new DuckDbPeer(measured, subjects, parent, tree.depth(subjects[0]))) {
      String defaultThreads = duck.defaultThreads();
      System.out.printf("tree: %,d units (%,d assessed), %d levels above them; JVM %s, %d processors, max heap %,d MB;"
          + " DuckDB default threads %s%n", tree.size(), subjects.length, tree.depth(subjects[0]),
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20, defaultThreads);
      long[][][] measuredTimes = new long[SIDES.length][3][rounds];
      for (int r = -warmups; r < rounds; r++) {
        boolean checkDuck = r == -warmups || r == rounds - 1;
        Assessment[] assessed = new Assessment[1];
        List<Map<String, RollUp.Column>> rolled = new java.util.ArrayList<>(List.of(Map.of()));
        Times[] t = new Times[SIDES.length];
        t[0] = time(() -> {
          assessed[0] = rules.evaluate(in);
          rolled.set(0, assessed[0].sumsToEveryAncestor());
        });
        checkEqual(columns(assessed[0], rolled.get(0)), reference, subjects, "grassroots (round " + r + ")");
        assessed[0] = null;
        rolled.set(0, Map.of());
        duck.threads("1");
        t[1] = time(duck::run);
        if (checkDuck) {
          duck.check(reference[0], reference[1], subjects, "DuckDB 1 thread");
        }
        AllBands.Result[] hand = new AllBands.Result[1];
        t[2] = time(() -> hand[0] = AllBands.handLoop(measured, subjects, parent));
        checkEqual(new long[][][] {hand[0].units(), hand[0].sums()}, reference, subjects, "hand loop");
        hand[0] = null;
        duck.threads(defaultThreads);
        t[3] = time(duck::run);
        if (checkDuck) {
          duck.check(reference[0], reference[1], subjects, "DuckDB default threads");
        }
        t[4] = time(() -> hand[0] = AllBands.handColumns(measured, subjects, parent));
        checkEqual(new long[][][] {hand[0].units(), hand[0].sums()}, reference, subjects, "hand loop by column");
        hand[0] = null;
        StringBuilder line = new StringBuilder(r < 0 ? "warm-up " + (r + warmups + 1) : "round   " + (r + 1));
        for (int s = 0; s < SIDES.length; s++) {
          line.append(String.format(" | %s %d ms wall, %d thread CPU, %d process CPU", SIDES[s], t[s].wall(),
              t[s].threadCpu(), t[s].processCpu()));
          if (r >= 0) {
            measuredTimes[s][0][r] = t[s].wall();
            measuredTimes[s][1][r] = t[s].threadCpu();
            measuredTimes[s][2][r] = t[s].processCpu();
          }
        }
        System.out.println(line.append(checkDuck ? " | all checked equal" : " | grassroots = hand loops"));
      }
      report(measuredTimes, rounds);
    }
  }

  private static void report(long[][][] times, int rounds) {
    System.out.printf("medians of %d rounds (ms):%n%-24s %8s %12s %13s%n", rounds, "side", "wall", "thread CPU",
        "process CPU");
    long[][] med = new long[SIDES.length][3];
    for (int s = 0; s < SIDES.length; s++) {
      for (int k = 0; k < 3; k++) {
        med[s][k] = AssessmentBenchmark.median(times[s][k]);
      }
      System.out.printf("%-24s %8d %12d %13d%n", SIDES[s], med[s][0], med[s][1], med[s][2]);
    }
    System.out.printf("DuckDB 1 thread ÷ grassroots: %.2f by process CPU, %.2f by calling-thread CPU, %.2f by wall%n",
        ratio(med[1][2], med[0][2]), ratio(med[1][1], med[0][1]), ratio(med[1][0], med[0][0]));
    System.out.printf("DuckDB default ÷ grassroots: %.2f by process CPU, %.2f by wall%n",
        ratio(med[3][2], med[0][2]), ratio(med[3][0], med[0][0]));
    for (int hand : new int[] {2, 4}) {
      System.out.printf("grassroots ÷ %s: %.2f by calling-thread CPU, %.2f by process CPU, %.2f by wall%n", SIDES[hand],
          ratio(med[0][1], med[hand][1]), ratio(med[0][2], med[hand][2]), ratio(med[0][0], med[hand][0]));
    }
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  private static Times time(Side side) throws Exception {
    System.gc(); // the previous side's garbage is not this side's cost
    long thread0 = THREAD.getCurrentThreadCpuTime();
    long process0 = PROCESS.getProcessCpuTime();
    long wall0 = System.nanoTime();
    side.run();
    long wall = System.nanoTime() - wall0;
    long process = PROCESS.getProcessCpuTime() - process0;
    long thread = THREAD.getCurrentThreadCpuTime() - thread0;
    return new Times(wall / 1_000_000, thread / 1_000_000, process / 1_000_000);
  }

  /** Evaluation plus the sums of the 38 columns to every ancestor, in {@link AllBands} order. */
  private static long[][][] grassroots(CompiledRuleset rules, InputColumns in) {
    Assessment result = rules.evaluate(in);
    return columns(result, result.sumsToEveryAncestor());
  }

  /** The unit columns (copies) and the sums, in {@link AllBands} order; not part of any timing. */
  private static long[][][] columns(Assessment result, Map<String, RollUp.Column> sums) {
    List<String> names = AllBands.columnNames();
    long[][] units = new long[names.size()][];
    long[][] rolled = new long[names.size()][];
    for (int c = 0; c < names.size(); c++) {
      String name = names.get(c);
      units[c] = name.equals("total") ? result.totalColumn() : result.pointsColumn(IndicatorId.of(name));
      rolled[c] = sums.get(name).values();
    }
    return new long[][][] {units, rolled};
  }

  /** Every assessed unit's columns and every ancestor's sums equal, or an exception naming the first difference. */
  private static void checkEqual(long[][][] got, long[][][] expected, int[] subjects, String side) {
    List<String> names = AllBands.columnNames();
    boolean[] assessed = new boolean[expected[1][0].length];
    for (int pos : subjects) {
      assessed[pos] = true;
    }
    for (int c = 0; c < names.size(); c++) {
      for (int pos = 0; pos < assessed.length; pos++) {
        int part = assessed[pos] ? 0 : 1; // units: their own points; ancestors: the sums
        if (got[part][c][pos] != expected[part][c][pos]) {
          throw new IllegalStateException(side + " differs from grassroots at position " + pos + ", column "
              + names.get(c) + (part == 0 ? "" : " (sum)") + ": " + got[part][c][pos] + " against "
              + expected[part][c][pos]);
        }
      }
    }
  }

  /** Evaluates the mixed ruleset of {@link AssessmentBenchmark} twice, so call sites are as in real use. */
  private static void mixedFirst(TreeSnapshot tree, long seed) {
    CompiledRuleset mixed = CompiledRuleset.compile(AssessmentBenchmark.ruleset());
    InputColumns in = AssessmentBenchmark.inputs(mixed, tree, seed);
    for (int i = 0; i < 2; i++) {
      mixed.evaluate(in).sumsToEveryAncestor();
    }
  }
}

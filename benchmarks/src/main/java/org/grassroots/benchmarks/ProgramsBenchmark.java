package org.grassroots.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.CompiledRuleset;
import org.grassroots.assessment.InputColumns;
import org.grassroots.assessment.RollUp;
import org.grassroots.communitytypes.CommunityTypes;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.format.ProgramFiles;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.scenarios.programs.DesignationOutcome;
import org.grassroots.scenarios.programs.DesignationProgram;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarProgram;
import org.grassroots.stars.StarScheme;

/**
 * {@link AssessmentBenchmark}'s 620,573 units assessed by its ruleset (evaluate and roll-up, as
 * there) and, on a copy of the same tree whose communities are of the programs' subject kind,
 * rated by 云冈's five stars (五星联创) and six types (六型社区) — the programs as declared by the
 * shipped files {@code yungang-stars.program.yaml} and {@code yungang-types.program.yaml} (mode
 * {@code files}), or as Java built them before the programs moved to files (mode {@code java}: the
 * same ruleset files wrapped by {@code new StarScheme(rules, ¥20,000)} and {@code new
 * CommunityTypes(rules, demonstration)}). Programs and inputs are loaded once, outside the timed
 * region; each round gets its inputs as a new {@link InputColumns} over the same columns, so no
 * round reuses an earlier round's ratings from the programs' cache.
 *
 * <p>A harness with warm-up, not a unit test: run it as BENCHMARKS.md says. Arguments: {@code
 * [mode=files|java] [warmups=5] [measured=10] [seed=20241124]}. Figures: calling-thread CPU per
 * part and in all (one thread), and a checksum of the results that must not depend on the mode.
 */
public final class ProgramsBenchmark {
  private static final String EXAMPLES = "/org/grassroots/rules/format/examples/";

  private ProgramsBenchmark() {}

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "files";
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int measured = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20241124L;

    DesignationProgram<?> stars;
    DesignationProgram<?> types;
    if (mode.equals("files")) {
      stars = ProgramFiles.load(example("yungang-stars.program.yaml")).program();
      types = ProgramFiles.load(example("yungang-types.program.yaml")).program();
    } else if (mode.equals("java")) {
      stars = StarProgram.of(new StarScheme(RulesetFiles.read(example("yungang-stars.ruleset.yaml")).ruleset(),
          Money.ofYuan(20_000)));
      types = TypesProgram.of(new CommunityTypes(RulesetFiles.read(example("yungang-types.ruleset.yaml")).ruleset(),
          RuleId.of("demonstration")));
    } else {
      throw new IllegalArgumentException("mode is files or java, not " + mode);
    }

    TreeSnapshot tree = AssessmentBenchmark.tree();
    CompiledRuleset rules = CompiledRuleset.compile(AssessmentBenchmark.ruleset());
    InputColumns in = AssessmentBenchmark.inputs(rules, tree, seed);
    OrgKind subjects = stars.rules().subjectKind();
    TreeSnapshot programTree = rekinded(tree, OrgKind.COMMUNITY, subjects);
    Map<IndicatorId, long[]> programColumns = programInputs(List.of(stars.rules(), types.rules()), programTree,
        subjects, seed);
    System.out.printf("mode %s: %,d units (%,d assessed by the ruleset, %,d rated by the programs, of kind %s); "
        + "JVM %s, %d processors, max heap %,d MB%n", mode, tree.size(), tree.positionsOf(OrgKind.COMMUNITY).length,
        programTree.positionsOf(subjects).length, subjects, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    long[] rulesetMs = new long[measured];
    long[] starsMs = new long[measured];
    long[] typesMs = new long[measured];
    long[] totalMs = new long[measured];
    long checksum = 0;
    java.util.concurrent.Executor sameThread = Runnable::run;
    for (int i = -warmups; i < measured; i++) {
      InputColumns programIn = columns(programTree, programColumns); // a new identity: no cached ratings
      long c0 = clock.getCurrentThreadCpuTime();
      Assessment result = rules.evaluate(in, null, sameThread);
      Map<String, RollUp.Column> sums = result.sumsToEveryAncestor(sameThread);
      RollUp.Column mean = result.meanTotal(Rounding.HALF_EVEN);
      long c1 = clock.getCurrentThreadCpuTime();
      List<Figure> starFigures = stars.evaluate(programIn).figures();
      long c2 = clock.getCurrentThreadCpuTime();
      DesignationOutcome typeOutcome = types.evaluate(programIn);
      List<Figure> typeFigures = typeOutcome.figures();
      long c3 = clock.getCurrentThreadCpuTime();
      long check = sums.get("total").value(0) ^ mean.value(0) ^ sums.size();
      for (Figure f : starFigures) {
        check = check * 31 + f.value();
      }
      for (Figure f : typeFigures) {
        check = check * 31 + f.value();
      }
      checksum = i == -warmups ? check : checksum;
      if (check != checksum) {
        throw new IllegalStateException("results differ between runs");
      }
      if (i >= 0) {
        rulesetMs[i] = (c1 - c0) / 1_000_000;
        starsMs[i] = (c2 - c1) / 1_000_000;
        typesMs[i] = (c3 - c2) / 1_000_000;
        totalMs[i] = (c3 - c0) / 1_000_000;
      }
      System.out.printf("%s %2d: ruleset %4d ms + stars %4d ms + types %4d ms = %4d ms CPU of this thread; %s, %s%n",
          i < 0 ? "warm-up " : "measured", i < 0 ? i + warmups + 1 : i + 1, (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000,
          (c3 - c2) / 1_000_000, (c3 - c0) / 1_000_000, figure(starFigures, "total"), figure(typeFigures, "demonstrations"));
    }
    System.out.printf("mode %s, median of %d, CPU of this thread: ruleset %d ms, stars %d ms, types %d ms, total %d ms; "
        + "checksum %d%n", mode, measured, AssessmentBenchmark.median(rulesetMs), AssessmentBenchmark.median(starsMs),
        AssessmentBenchmark.median(typesMs), AssessmentBenchmark.median(totalMs), checksum);
  }

  private static URL example(String name) {
    URL url = ProgramsBenchmark.class.getResource(EXAMPLES + name);
    if (url == null) {
      throw new IllegalStateException("no " + name + " on the class path");
    }
    return url;
  }

  private static String figure(List<Figure> figures, String suffix) {
    return figures.stream().filter(f -> f.name().endsWith("." + suffix)).findFirst()
        .map(f -> f.name() + " " + f.value()).orElse("-");
  }

  /** The same tree, its units of kind {@code from} made of kind {@code to}. */
  static TreeSnapshot rekinded(TreeSnapshot tree, OrgKind from, OrgKind to) {
    TreeSnapshot.Builder b = TreeSnapshot.builder(tree.size());
    for (int i = 0; i < tree.size(); i++) {
      int parent = tree.parent(i);
      b.add(tree.id(i), parent < 0 ? null : tree.id(parent), tree.kind(i).equals(from) ? to : tree.kind(i));
    }
    return b.build();
  }

  /**
   * Random inputs of the programs' rulesets from a fixed seed, in the ranges the seeds' bars sit in:
   * category measurements 75–100 (a star's bar of 18 of 20 points is 90), rates 0.70–1.00, a major
   * incident in 2 % of the units, a secretary on file in 90 %, a demonstration application in 30 %,
   * other counts 0–30.
   */
  static Map<IndicatorId, long[]> programInputs(List<Ruleset> rulesets, TreeSnapshot tree, OrgKind subjects,
      long seed) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5eed);
    int[] units = tree.positionsOf(subjects);
    Map<IndicatorId, long[]> out = new java.util.LinkedHashMap<>();
    List<IndicatorId> ids = new ArrayList<>();
    for (Ruleset r : rulesets) {
      for (IndicatorId id : CompiledRuleset.compile(r).inputs()) {
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    for (IndicatorId id : ids) {
      String name = id.value();
      long[] col = new long[tree.size()];
      for (int pos : units) {
        col[pos] = name.toLowerCase(java.util.Locale.ROOT).contains("rate") ? 7_000 + rnd.nextLong(3_001)
            : name.equals("major-incident") ? (rnd.nextInt(100) < 2 ? 10_000 : 0)
            : name.equals("secretary-on-file") ? (rnd.nextInt(100) < 90 ? 10_000 : 0)
            : name.equals("demonstration-application") ? (rnd.nextInt(100) < 30 ? 10_000 : 0)
            : name.equals("cultural-activities") ? rnd.nextLong(31) * 10_000
            : 750_000 + rnd.nextLong(250_001);
      }
      out.put(id, col);
    }
    return out;
  }

  private static InputColumns columns(TreeSnapshot tree, Map<IndicatorId, long[]> columns) {
    InputColumns.Builder b = InputColumns.builder(tree, Period.year(2022));
    columns.forEach(b::column);
    return b.build();
  }
}

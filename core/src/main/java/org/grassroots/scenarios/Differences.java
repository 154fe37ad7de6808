package org.grassroots.scenarios;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.assessment.Assessment;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.scenarios.programs.ProgramOutcome;
import org.grassroots.scenarios.programs.ProgramDifferences;
import org.grassroots.rules.Grade;

/**
 * How a scenario differs from its baseline (与基线的差异): the units whose grade changed, the sum of
 * totals and the counts per grade before and after.
 *
 * @param flips the units whose grade changed, in tree order
 * @param before the baseline's counts per grade
 * @param after the scenario's counts per grade
 * @param totalBefore the sum of the baseline's totals over the assessed units (fixed point)
 * @param totalAfter the same sum in the scenario
 * @param programs the differences of each program's outcome (e.g. who gains or loses a star), in
 *     program order
 */
public record Differences(List<Flip> flips, GradeCounts before, GradeCounts after, long totalBefore, long totalAfter,
    List<ProgramDifferences> programs) {
  public Differences {
    flips = ImmutableList.copyOf(Check.notNull("differences.flips", flips));
    Check.notNull("differences.before", before);
    Check.notNull("differences.after", after);
    programs = ImmutableList.copyOf(Check.notNull("differences.programs", programs));
  }

  /** The differences of the program named {@code program}, if the setup has it. */
  public Optional<ProgramDifferences> program(String program) {
    Check.notNull("program", program);
    return programs.stream().filter(d -> d.program().equals(program)).findFirst();
  }

  /**
   * A unit whose grade changed (等次变化).
   *
   * @param unit the unit
   * @param before its grade in the baseline; empty for none
   * @param after its grade in the scenario; empty for none
   * @param totalBefore its baseline total
   * @param totalAfter its scenario total
   * @param gains true when the new grade is better (earlier in the list; any grade beats none)
   */
  public record Flip(
      OrgUnitId unit, Optional<Grade> before, Optional<Grade> after, long totalBefore, long totalAfter, boolean gains) {
    public Flip {
      Check.notNull("flip.unit", unit);
      Check.notNull("flip.before", before);
      Check.notNull("flip.after", after);
    }
  }

  /** The differences of {@code scenario} from {@code baseline} (the same data snapshot), without programs. */
  public static Differences between(Baseline baseline, Assessment scenario) {
    return between(baseline, scenario, List.of());
  }

  /**
   * The differences of {@code scenario} and its programs' {@code outcomes} from {@code baseline}
   * (the same data snapshot); each outcome is compared with the baseline's outcome of the same
   * program.
   */
  public static Differences between(Baseline baseline, Assessment scenario, List<ProgramOutcome> outcomes) {
    Check.notNull("outcomes", outcomes);
    Check.notNull("baseline", baseline);
    Check.notNull("scenario", scenario);
    Assessment base = baseline.assessment();
    Check.that(base.tree() == scenario.tree(), "scenario.otherSnapshot", "scenario", scenario.period());
    int[] subjects = base.subjects();
    int[] g0 = baseline.gradesShared();
    List<Grade> grades0 = base.rules().ruleset().grades();
    List<Grade> grades1 = scenario.rules().ruleset().grades();
    int[] g1 = new int[subjects.length];
    List<Flip> flips = new ArrayList<>();
    long sum0 = 0;
    long sum1 = 0;
    for (int i = 0; i < subjects.length; i++) {
      int p = subjects[i];
      g1[i] = scenario.gradeIndex(p);
      long t0 = base.total(p);
      long t1 = scenario.total(p);
      sum0 += t0;
      sum1 += t1;
      if (g0[i] != g1[i]) {
        flips.add(new Flip(base.tree().id(p), grade(grades0, g0[i]), grade(grades1, g1[i]), t0, t1,
            rank(g1[i]) < rank(g0[i])));
      }
    }
    List<ProgramDifferences> programs = new ArrayList<>();
    for (ProgramOutcome o : outcomes) {
      for (ProgramOutcome b : baseline.outcomes()) {
        if (b.program().equals(Check.notNull("outcome", o).program())) {
          programs.add(o.differencesFrom(b));
        }
      }
    }
    return new Differences(flips, GradeCounts.of(grades0, g0), GradeCounts.of(grades1, g1), sum0, sum1, programs);
  }

  private static int rank(int gradeIndex) {
    return gradeIndex < 0 ? Integer.MAX_VALUE : gradeIndex;
  }

  private static Optional<Grade> grade(List<Grade> grades, int i) {
    return i < 0 ? Optional.empty() : Optional.of(grades.get(i));
  }
}

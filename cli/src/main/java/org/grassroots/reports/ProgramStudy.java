package org.grassroots.reports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.grassroots.input.Check;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.MonteCarlo;
import org.grassroots.scenarios.ScenarioResult;
import org.grassroots.scenarios.Sweep;

/**
 * A study of programs for the report (项目测算): a baseline whose setup registers programs (stars,
 * 六型社区), optionally a scenario, a sweep (e.g. over {@code stars.rewardPerStar}) and a Monte Carlo
 * run of it. The report draws the distribution of stars, the budget against the reward per star,
 * the Monte Carlo distribution of the star count and the types' counts, each with a CSV named
 * {@code ID-….csv}.
 *
 * @param id the prefix of the study's chart ids and CSV files (letters, digits, hyphens)
 * @param heading the section's heading
 * @param baseline the baseline, with programs
 * @param scenario a scenario of it
 * @param sweep a sweep of it
 * @param points the sweep's points (empty without a sweep)
 * @param monteCarlo a Monte Carlo run of it
 */
public record ProgramStudy(String id, String heading, Baseline baseline, Optional<ScenarioResult> scenario,
    Optional<Sweep> sweep, List<Sweep.Point> points, Optional<MonteCarlo.Result> monteCarlo) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public ProgramStudy {
    Check.matches("study.id", id, ID, "report.studyIdSyntax");
    Check.notBlank("study.heading", heading);
    Check.notNull("study.baseline", baseline);
    Check.notNull("study.scenario", scenario);
    Check.notNull("study.sweep", sweep);
    points = List.copyOf(Check.notNull("study.points", points));
    Check.notNull("study.monteCarlo", monteCarlo);
    int n = points.size();
    Check.that(sweep.isPresent() == (n > 0) && sweep.map(s -> s.size() == n).orElse(true),
        "report.sweepWithoutPoints", "study.points", n);
    Check.that(!baseline.outcomes().isEmpty(), "report.noPrograms", "study.baseline", baseline.setup().ruleset().ref());
  }

  /** A study of {@code baseline} alone. */
  public static ProgramStudy of(String id, String heading, Baseline baseline) {
    return new ProgramStudy(id, heading, baseline, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /** This study with a scenario. */
  public ProgramStudy withScenario(ScenarioResult result) {
    return new ProgramStudy(id, heading, baseline, Optional.of(Check.notNull("study.scenario", result)), sweep, points,
        monteCarlo);
  }

  /** This study with a sweep and its points. */
  public ProgramStudy withSweep(Sweep s, List<Sweep.Point> p) {
    return new ProgramStudy(id, heading, baseline, scenario, Optional.of(Check.notNull("study.sweep", s)),
        Check.notNull("study.points", p), monteCarlo);
  }

  /** This study with a Monte Carlo run. */
  public ProgramStudy withMonteCarlo(MonteCarlo.Result result) {
    return new ProgramStudy(id, heading, baseline, scenario, sweep, points,
        Optional.of(Check.notNull("study.monteCarlo", result)));
  }
}

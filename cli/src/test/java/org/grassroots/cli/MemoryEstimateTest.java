package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Period;
import org.grassroots.rules.Ruleset;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Setup;
import org.grassroots.stars.StarProgram;

/** The heap a run needs, estimated before it runs; a refusal names an option that makes it fit. */
class MemoryEstimateTest {

  /** The CLI's synthetic district with the embedded stars (5) and types (3): 1 + 5 + 3 assessments held. */
  private static Baseline programs() {
    Ruleset r = DefaultRuleset.ruleset();
    Setup s = Setup.of(r).withProgram(StarProgram.of(DefaultRuleset.stars()))
        .withProgram(TypesProgram.of(DefaultRuleset.types()));
    return Baseline.of(s, Data.measurements(r, Data.district(152), Period.year(2024), 20241124L));
  }

  @Example
  void aPointAtWorkCountsOnlyTheAssessmentsItsAxesMove() {
    Baseline b = programs();
    long held = 900_000;
    MemoryEstimate reward = MemoryEstimate.of(b, held, List.of("stars.rewardPerStar"), 4, 2, false, 4);
    assertThat(reward.perAssessment()).isEqualTo(held / 9);
    assertThat(reward.movedAssessments()).as("a reward re-allocates: the baseline's ratings serve").isZero();
    assertThat(MemoryEstimate.of(b, held, List.of("grades[A].minTotal"), 4, 2, false, 4).movedAssessments()).isEqualTo(1);
    assertThat(MemoryEstimate.of(b, held, List.of("stars.rules.grades[star-3].minTotal"), 4, 2, false, 4)
        .movedAssessments()).isEqualTo(5);
    assertThat(MemoryEstimate.of(b, held, List.of("grades[A].minTotal", "stars.rewardPerStar",
        "types.demonstrationQuota"), 4, 2, false, 4).movedAssessments()).isEqualTo(1 + 3);
    MemoryEstimate withReport = MemoryEstimate.of(b, held, List.of("grades[A].minTotal"), 4, 2, true, 4);
    assertThat(withReport.need() - MemoryEstimate.of(b, held, List.of("grades[A].minTotal"), 4, 2, false, 4).need())
        .isEqualTo(withReport.reportBytes()).isPositive();
  }

  @Property(tries = 300)
  void theOptionARefusalNamesMakesTheRunFit(@ForAll @LongRange(min = 1, max = 700_000) long units,
      @ForAll @IntRange(min = 1, max = 400) int points, @ForAll @IntRange(min = 1, max = 16) int threads,
      @ForAll @LongRange(min = 0, max = 400L << 20) long perAssessment, @ForAll @IntRange(min = 0, max = 9) int moved,
      @ForAll boolean report, @ForAll @LongRange(min = 1L << 20, max = 8L << 30) long free,
      @ForAll @IntRange(min = 0, max = 400) int along) {
    int line = Math.min(along, points);
    MemoryEstimate e = new MemoryEstimate(units, points, threads, perAssessment, moved, 12, report, line);
    if (e.need() <= free) {
      e.check("sweep", "--axis", free, 1L << 30); // fits: no refusal
      return;
    }
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> e.check("sweep", "--axis", free, 1L << 30));
    assertThat(refused).isNotNull();
    String en = refused.getMessage(java.util.Locale.ENGLISH);
    assertThat(en).contains(String.format("%,d points × %,d units need about", points, units), "-Xmx");
    assertThat(refused.getMessage(java.util.Locale.SIMPLIFIED_CHINESE)).contains("堆内存");
    switch (refused.key()) {
      case "cli.tooLargeThreads" -> {
        int t = Integer.parseInt(number(en, "--threads (\\d+)"));
        assertThat(t).isLessThan(Math.min(threads, points));
        assertThat(new MemoryEstimate(units, points, t, perAssessment, moved, 12, report, line).need()).isLessThanOrEqualTo(free);
      }
      case "cli.tooLargePoints" -> {
        int p = Integer.parseInt(number(en, "at most ([0-9,]+) points"));
        assertThat(p).isLessThan(points);
        assertThat(new MemoryEstimate(units, p, threads, perAssessment, moved, 12, report, line).need()).isLessThanOrEqualTo(free);
      }
      case "cli.tooLargeReport" -> {
        assertThat(report).isTrue();
        assertThat(new MemoryEstimate(units, points, threads, perAssessment, moved, 12, false, line).need())
            .isLessThanOrEqualTo(free);
      }
      case "cli.tooLargeHeap" -> assertThat(Long.parseLong(number(en, "at least (\\d+) GB")) << 30)
          .isGreaterThanOrEqualTo((1L << 30) + e.need());
      default -> throw new AssertionError(refused.key());
    }
  }

  /** The first group of {@code regex} in {@code text}, without thousands separators. */
  private static String number(String text, String regex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1).replace(",", "");
  }

  @Example
  void aScenarioThatDoesNotFitIsRefusedBeforeItRunsWithExit1() {
    ToolRun tool = new ToolRun();
    // a scenario whose report for 152 units fits any heap: the estimate lets it run
    assertThat(tool.run("scenario", "--set", "grades[A].minTotal=80", "--format", "csv")).as(tool::toString).isZero();
    assertThatThrownBy(() -> new MemoryEstimate(620_573, 84, 2, 300L << 20, 6, 20, true, 21).check("sweep", "--axis",
        1L << 30, 3L << 30)).isInstanceOf(InvalidInputException.class).hasMessageContaining("84 points × 620,573 units");
  }
}

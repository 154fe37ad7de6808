package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Grade;
import org.grassroots.rules.RuleId;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.Setup;

/**
 * Flip points of a star's bar (星级翻转点): for a star earned by its minimum total ({@code
 * stars.rules.grades[ID].minTotal}, e.g. a graded scheme's 三星 line), the exact value at which each
 * rated unit gains or loses that star.
 *
 * <p>Exact because moving the bar changes no total, no gate and no veto: a star without a quota is
 * held exactly when the unit passes the star's other conditions (gates, vetoes, missing values) and
 * its total meets the bar. So a unit holding the star loses it at {@code flipAt} (and still holds it
 * one fixed-point unit below); a unit that passes the other conditions but misses the bar gains it
 * at {@code flipAt} (and still misses it one unit above); a unit kept from the star by another
 * condition never flips. A star under a quota is refused: who a quota cuts depends on who else meets
 * the bar, so a unit has no single flip value.
 */
public final class StarSensitivity {
  private StarSensitivity() {}

  /**
   * One unit's flip point (翻转点).
   *
   * @param unit the rated unit
   * @param total its total (the key the bar is compared with)
   * @param holds whether it holds the star in the baseline
   * @param flipAt the bar at which that changes; empty when another condition keeps the unit from
   *     the star at any bar
   */
  public record FlipPoint(OrgUnitId unit, long total, boolean holds, OptionalLong flipAt) {}

  /**
   * The flip point of every unit rated by {@code baseline}'s star programme for {@code star}'s bar,
   * in snapshot order.
   *
   * @throws InvalidInputException when the baseline has no star programme, the star is unknown, has
   *     no minimum total, or is under a quota
   */
  public static List<FlipPoint> of(Baseline baseline, RuleId star) {
    Check.notNull("baseline", baseline);
    Check.notNull("star", star);
    Setup setup = baseline.setup();
    StarProgram program = setup.program(StarProgram.class).orElseThrow(
        () -> new InvalidInputException("scenario.noProgram", "baseline", StarProgram.NAME, "StarProgram"));
    Grade grade = program.scheme().stars().stream().filter(g -> g.id().equals(star)).findFirst().orElseThrow(
        () -> new InvalidInputException("stars.unknownStar", "star", star.value()));
    String path = StarProgram.NAME + ".rules.grades[" + star.value() + "].minTotal";
    Bound bar = grade.minTotal().orElseThrow(() -> new InvalidInputException("stars.noBar", path, star.value()));
    Check.that(program.scheme().rules().quotas().stream().noneMatch(q -> q.grade().equals(star)),
        "stars.barUnderQuota", path, star.value());
    StarRatings ratings = baseline.outcome(StarOutcome.class).orElseThrow().ratings();
    List<OrgUnitId> units = ratings.units();
    long lowest = Long.MAX_VALUE;
    for (OrgUnitId u : units) {
      lowest = Math.min(lowest, ratings.total(u));
    }
    boolean inclusive = bar.boundary() == Boundary.INCLUSIVE;
    // One evaluation with the bar at the lowest total (every total meets it) tells who passes the
    // star's other conditions; the bar's own comparison is then exact arithmetic.
    StarRatings open = units.isEmpty() ? ratings
        : setup.parameter(path).apply(setup, inclusive ? lowest : lowest - 1).program(StarProgram.class)
            .orElseThrow().evaluate(baseline.inputs()).ratings();
    List<FlipPoint> out = new ArrayList<>();
    for (OrgUnitId u : units) {
      long t = ratings.total(u);
      boolean holds = ratings.earned(star, u);
      OptionalLong flipAt;
      if (holds) { // inclusive: holds iff t >= x, lost at x = t + 1; exclusive: t > x, lost at x = t
        flipAt = OptionalLong.of(inclusive ? t + 1 : t);
      } else if (open.earned(star, u)) { // gained at x = t (inclusive) or x = t − 1 (exclusive)
        flipAt = OptionalLong.of(inclusive ? t : t - 1);
      } else {
        flipAt = OptionalLong.empty();
      }
      out.add(new FlipPoint(u, t, holds, flipAt));
    }
    return ImmutableList.copyOf(out);
  }
}

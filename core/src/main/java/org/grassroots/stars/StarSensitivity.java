package org.grassroots.stars;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Grade;
import org.grassroots.rules.RuleId;
import org.grassroots.scenarios.Baseline;
import org.grassroots.scenarios.RulesetParameter;
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
  private static final long LIMIT = 1L << 62;

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
    String path = program.name() + ".rules.grades[" + star.value() + "].minTotal";
    Bound bar = grade.minTotal().orElseThrow(() -> new InvalidInputException("stars.noBar", path, star.value()));
    Check.that(program.scheme().rules().quotas().stream().noneMatch(q -> q.grade().equals(star)),
        "stars.barUnderQuota", path, star.value());
    StarRatings ratings = ((StarOutcome) baseline.outcome(program.name()).orElseThrow()).ratings();
    List<OrgUnitId> units = ratings.units();
    long lowest = Long.MAX_VALUE;
    for (OrgUnitId u : units) {
      lowest = Math.min(lowest, ratings.total(u));
    }
    boolean inclusive = bar.boundary() == Boundary.INCLUSIVE;
    // One evaluation with the bar at the lowest total (every total meets it) tells who passes the
    // star's other conditions; the bar's own comparison is then exact arithmetic.
    StarRatings open = units.isEmpty() ? ratings
        : setup.parameter(path).apply(setup, inclusive ? lowest : lowest - 1).program(program.name())
            .map(StarProgram.class::cast).orElseThrow().evaluate(baseline.inputs()).ratings();
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

  /**
   * The flip point of every rated unit for any number of the star scheme's rules, e.g. a named
   * star's gate bar {@code stars.rules.gates[g-pioneer].condition.value}, found by bisection with
   * exact evaluations between {@code from} and {@code to} (fixed point, inclusive; the baseline's
   * value lies between them). For each unit whose holding of {@code star} differs at an end of the
   * range from the baseline, the flip point is a value at which it differs while the value one
   * fixed-point unit nearer the baseline does not; the side searched first is the one above the
   * baseline. Exact and unique when holding the star is monotone in the number over the range (a
   * gate's ≥, &gt;, ≤ or &lt; bar, outside any quota); for other numbers it is one change, not
   * necessarily the only one. Evaluations are shared between units (about the log of the range for
   * each distinct flip point); the programme's own cache is left untouched.
   *
   * @param path a {@code stars.rules.PATH} parameter path
   * @throws InvalidInputException when the baseline has no star programme, the star or path is
   *     unknown, or the range does not contain the baseline's value
   */
  public static List<FlipPoint> of(Baseline baseline, RuleId star, String path, long from, long to) {
    Check.notNull("baseline", baseline);
    Check.notNull("star", star);
    Check.notBlank("parameter.path", path);
    StarProgram program = baseline.setup().program(StarProgram.class).orElseThrow(
        () -> new InvalidInputException("scenario.noProgram", "baseline", StarProgram.NAME, "StarProgram"));
    Check.that(program.scheme().stars().stream().anyMatch(g -> g.id().equals(star)), "stars.unknownStar", "star",
        star.value());
    String prefix = program.name() + ".rules.";
    Check.that(path.strip().startsWith(prefix), "stars.unknownPath", "parameter.path", path);
    RulesetParameter parameter = RulesetParameter.parse(path.strip().substring(prefix.length()));
    StarScheme scheme = program.scheme();
    long base = parameter.read(scheme.rules());
    Check.between("sensitivity.from", from, -LIMIT, base); // within ±2^62 no difference below overflows
    Check.between("sensitivity.to", to, base, LIMIT);
    Map<Long, StarRatings> probes = new HashMap<>(); // value → ratings, shared by every unit's search
    java.util.function.LongFunction<StarRatings> at = v -> probes.computeIfAbsent(v,
        x -> new StarScheme(parameter.apply(scheme.rules(), x), scheme.reward()).compile()
            .evaluate(baseline.inputs()));
    StarRatings ratings = ((StarOutcome) baseline.outcome(program.name()).orElseThrow()).ratings();
    List<FlipPoint> out = new ArrayList<>();
    for (OrgUnitId u : ratings.units()) {
      boolean holds = ratings.earned(star, u);
      OptionalLong flipAt = OptionalLong.empty();
      if (at.apply(to).earned(star, u) != holds) {
        flipAt = OptionalLong.of(bisect(at, star, u, holds, base, to));
      } else if (at.apply(from).earned(star, u) != holds) {
        flipAt = OptionalLong.of(bisect(at, star, u, holds, base, from));
      }
      out.add(new FlipPoint(u, ratings.total(u), holds, flipAt));
    }
    return ImmutableList.copyOf(out);
  }

  /** The value next to {@code same} (holding as in the baseline) towards {@code other} (not) where it changes. */
  private static long bisect(java.util.function.LongFunction<StarRatings> at, RuleId star, OrgUnitId u,
      boolean holds, long same, long other) {
    while (Math.abs(other - same) > 1) {
      long mid = same + (other - same) / 2; // no overflow: both ends within the checked range
      if (at.apply(mid).earned(star, u) == holds) {
        same = mid;
      } else {
        other = mid;
      }
    }
    return other;
  }
}

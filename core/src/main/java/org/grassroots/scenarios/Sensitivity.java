package org.grassroots.scenarios;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.assessment.Assessment;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Bound;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Grade;

/**
 * Sensitivity of a grade threshold (阈值敏感度): for each assessed unit, the exact threshold (fixed
 * point) at which its total crosses the grade's minimum total. Moving a threshold changes no total,
 * so the crossing is exact: a unit that meets the threshold stops meeting it at {@code flipAt} (and
 * still meets it one fixed-point unit below); a unit that does not meet it starts meeting it at
 * {@code flipAt} (and does not one unit above). Its grade changes there unless a gate, veto or quota
 * decides the grade anyway, or it holds a better grade.
 */
public final class Sensitivity {
  private Sensitivity() {}

  /**
   * One unit's crossing (翻转点).
   *
   * @param unit the unit
   * @param total its total in the baseline
   * @param meets whether its total meets the grade's threshold in the baseline
   * @param flipAt the threshold at which that changes
   */
  public record FlipPoint(OrgUnitId unit, long total, boolean meets, long flipAt) {}

  /** The crossing of every assessed unit of {@code baseline} for grade {@code gradeId}, in tree order. */
  public static List<FlipPoint> of(Baseline baseline, String gradeId) {
    Check.notNull("baseline", baseline);
    Check.notBlank("grade", gradeId);
    Grade grade = baseline.setup().ruleset().grades().stream()
        .filter(g -> g.id().value().equals(gradeId)).findFirst()
        .orElseThrow(() -> new org.grassroots.input.InvalidInputException("scenario.noSuchGrade", "grade", gradeId));
    Check.that(grade.minTotal().isPresent(), "scenario.noThreshold", "grade", gradeId, gradeId);
    Bound bound = grade.minTotal().get();
    boolean inclusive = bound.boundary() == Boundary.INCLUSIVE;
    Assessment a = baseline.assessment();
    List<FlipPoint> out = new ArrayList<>();
    for (int p : a.subjects()) {
      long t = a.total(p);
      boolean meets = bound.admitsFromAbove(t);
      // inclusive: meets iff t >= x, so it stops at x = t + 1 and starts at x = t;
      // exclusive: meets iff t > x, so it stops at x = t and starts at x = t - 1.
      long flipAt = meets ? (inclusive ? t + 1 : t) : (inclusive ? t : t - 1);
      out.add(new FlipPoint(a.tree().id(p), t, meets, flipAt));
    }
    return ImmutableList.copyOf(out);
  }
}

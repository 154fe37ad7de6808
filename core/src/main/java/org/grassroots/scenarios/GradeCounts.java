package org.grassroots.scenarios;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.assessment.Assessment;
import org.grassroots.input.Check;
import org.grassroots.rules.Grade;

/**
 * How many assessed units got each grade (各等次数量), in the ruleset's order, and how many got none.
 *
 * @param grades the grades, best first
 * @param counts the count of each grade, aligned with {@code grades}
 * @param ungraded the units with no grade
 */
public record GradeCounts(List<Grade> grades, List<Integer> counts, int ungraded) {
  public GradeCounts {
    grades = ImmutableList.copyOf(Check.notNull("gradeCounts.grades", grades));
    counts = ImmutableList.copyOf(Check.notNull("gradeCounts.counts", counts));
    Check.that(grades.size() == counts.size(), "scenario.sizeMismatch", "gradeCounts.counts", counts.size(),
        grades.size());
  }

  /** The counts of {@code a}. */
  public static GradeCounts of(Assessment a) {
    return of(a.rules().ruleset().grades(), gradeIndexes(a));
  }

  static GradeCounts of(List<Grade> grades, int[] gradeOfSubject) {
    int[] c = new int[grades.size()];
    int none = 0;
    for (int g : gradeOfSubject) {
      if (g < 0) {
        none++;
      } else {
        c[g]++;
      }
    }
    return new GradeCounts(grades, com.google.common.primitives.Ints.asList(c), none);
  }

  /** The grade index (or -1) of each assessed unit, in the order of {@link Assessment#subjects()}. */
  static int[] gradeIndexes(Assessment a) {
    int[] s = a.subjects();
    int[] g = new int[s.length];
    for (int i = 0; i < s.length; i++) {
      g[i] = a.gradeIndex(s[i]);
    }
    return g;
  }

  /** The count of the grade with id {@code gradeId}. */
  public int count(String gradeId) {
    for (int i = 0; i < grades.size(); i++) {
      if (grades.get(i).id().value().equals(gradeId)) {
        return counts.get(i);
      }
    }
    throw new org.grassroots.input.InvalidInputException("scenario.noSuchGrade", "grade", gradeId);
  }
}

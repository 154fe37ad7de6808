package org.grassroots.scenarios.programs;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.assessment.Assessment;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;

/**
 * Which assessed unit holds which designation (持有情况): the stars of 五星联创, the types of 六型社区 —
 * one assessment per designation whose only grade is that designation ({@link
 * org.grassroots.assessment.Designations}). Programs compare two of these to say who gains or loses
 * what. Read-only.
 */
public final class Holdings {
  private final TreeSnapshot tree;
  private final int[] subjects;
  private final boolean[][] held;
  private final int[] counts;
  private final int[] level;

  private Holdings(TreeSnapshot tree, int[] subjects, boolean[][] held, int[] counts, int[] level) {
    this.tree = tree;
    this.subjects = subjects;
    this.held = held;
    this.counts = counts;
    this.level = level;
  }

  /** The holdings of {@code designations}' assessments (one per designation, of the same snapshot). */
  public static Holdings of(List<Assessment> designations) {
    Check.notEmpty("holdings.designations", designations);
    Assessment first = designations.get(0);
    int[] subjects = first.subjects();
    boolean[][] held = new boolean[designations.size()][subjects.length];
    int[] counts = new int[designations.size()];
    int[] level = new int[subjects.length];
    for (int d = 0; d < designations.size(); d++) {
      Assessment a = Check.notNull("holdings.designations[" + d + "]", designations.get(d));
      Check.that(a.tree() == first.tree(), "scenario.otherSnapshot", "holdings.designations[" + d + "]", a.period());
      for (int k = 0; k < subjects.length; k++) {
        held[d][k] = a.gradeIndex(subjects[k]) == 0;
        if (held[d][k]) {
          counts[d]++;
          level[k]++;
        }
      }
    }
    return new Holdings(first.tree(), subjects, held, counts, level);
  }

  /** How many units hold designation {@code d}. */
  public int count(int d) {
    return counts[d];
  }

  /** How many designations each unit holds, in subject order (a copy). */
  public int[] levels() {
    return level.clone();
  }

  /**
   * One unit gaining or losing one designation.
   *
   * @param unit the unit
   * @param designation the designation's index
   * @param gains true when the unit holds it now and did not before
   * @param levelBefore how many designations the unit held before
   * @param levelAfter how many it holds now
   */
  public record Change(OrgUnitId unit, int designation, boolean gains, int levelBefore, int levelAfter) {}

  /**
   * What changed from {@code before} (the baseline's holdings of the same designations on the same
   * snapshot) to these: units in tree order, designations in order.
   */
  public List<Change> changesFrom(Holdings before) {
    Check.notNull("before", before);
    Check.that(before.tree == tree && before.held.length == held.length, "scenario.otherSnapshot", "before",
        before.held.length);
    List<Change> out = new ArrayList<>();
    for (int k = 0; k < subjects.length; k++) {
      for (int d = 0; d < held.length; d++) {
        if (before.held[d][k] != held[d][k]) {
          out.add(new Change(tree.id(subjects[k]), d, held[d][k], before.level[k], level[k]));
        }
      }
    }
    return ImmutableList.copyOf(out);
  }
}

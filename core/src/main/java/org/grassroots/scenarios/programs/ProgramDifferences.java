package org.grassroots.scenarios.programs;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.RuleId;

/**
 * How a program's outcome in a scenario differs from the baseline's (项目差异): who gains or loses
 * which designation (a star, a type, a title), the same for every program; the figures before and
 * after are the two outcomes' {@link ProgramOutcome#figures()}.
 *
 * @param program the program's name ({@link Program#name()})
 * @param flips every (unit, designation) that changed, units in tree order, designations in order
 * @param before the baseline's figures
 * @param after the scenario's figures
 */
public record ProgramDifferences(String program, List<Flip> flips, List<Figure> before, List<Figure> after) {
  public ProgramDifferences {
    Check.notBlank("differences.program", program);
    flips = ImmutableList.copyOf(Check.notNull("differences.flips", flips));
    before = ImmutableList.copyOf(Check.notNull("differences.before", before));
    after = ImmutableList.copyOf(Check.notNull("differences.after", after));
  }

  /**
   * One unit gaining or losing one designation (得 / 失).
   *
   * @param unit the unit
   * @param designation the designation's id
   * @param name the designation's name as declared (e.g. 组织建设先锋星)
   * @param gains true when the unit holds it in the scenario and not in the baseline
   * @param levelBefore how many of the program's designations the unit held in the baseline (its
   *     star level)
   * @param levelAfter how many it holds in the scenario
   */
  public record Flip(OrgUnitId unit, RuleId designation, String name, boolean gains, int levelBefore, int levelAfter) {
    public Flip {
      Check.notNull("flip.unit", unit);
      Check.notNull("flip.designation", designation);
      Check.notNull("flip.name", name);
    }
  }

  /** How many (unit, designation) pairs changed, gained or lost. */
  public int changes() {
    return flips.size();
  }

  /** How many designations are gained. */
  public long gained() {
    return flips.stream().filter(Flip::gains).count();
  }

  /** How many designations are lost. */
  public long lost() {
    return flips.stream().filter(f -> !f.gains()).count();
  }

  /** The label of the count of gains ({@code program.gained}). */
  public Label gainedLabel() {
    return Label.of("program.gained");
  }

  /** The label of the count of losses ({@code program.lost}). */
  public Label lostLabel() {
    return Label.of("program.lost");
  }
}

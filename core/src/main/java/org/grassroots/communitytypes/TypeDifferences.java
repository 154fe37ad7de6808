package org.grassroots.communitytypes;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.ProgramDifferences;

/**
 * How a scenario's community types differ from the baseline's (社区类型的变化): who gains or loses a
 * type or the demonstration designation, and the counts before → after.
 *
 * @param flips every (community, designation) that changed, communities in tree order
 * @param designations the types and the demonstration designation, in the ruleset's order
 * @param countsBefore communities holding each designation in the baseline
 * @param countsAfter the same in the scenario
 */
public record TypeDifferences(List<TypeFlip> flips, List<Grade> designations, List<Integer> countsBefore,
    List<Integer> countsAfter) implements ProgramDifferences {
  public TypeDifferences {
    flips = ImmutableList.copyOf(Check.notNull("typeDifferences.flips", flips));
    designations = ImmutableList.copyOf(Check.notNull("typeDifferences.designations", designations));
    countsBefore = ImmutableList.copyOf(Check.notNull("typeDifferences.countsBefore", countsBefore));
    countsAfter = ImmutableList.copyOf(Check.notNull("typeDifferences.countsAfter", countsAfter));
  }

  /**
   * A community gaining or losing a type (or the demonstration designation).
   *
   * @param unit the community
   * @param type the type
   * @param gains true when it holds the type in the scenario and not in the baseline
   */
  public record TypeFlip(OrgUnitId unit, Grade type, boolean gains) {
    public TypeFlip {
      Check.notNull("typeFlip.unit", unit);
      Check.notNull("typeFlip.type", type);
    }
  }

  @Override
  public String program() {
    return TypesProgram.NAME;
  }

  @Override
  public int changes() {
    return flips.size();
  }
}

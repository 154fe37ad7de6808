package org.grassroots.communitytypes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Ints;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.assessment.Assessment;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.ProgramDifferences;
import org.grassroots.scenarios.ProgramOutcome;

/**
 * The community types' outcome on one period's inputs (六型社区创建结果): which communities hold which
 * types and which are demonstration communities. Read-only.
 */
public final class TypesOutcome implements ProgramOutcome {
  private final CommunityTypes.Result result;
  private final List<Grade> designations;
  private final int[] subjects;
  private final boolean[][] held;
  private final int[] counts;
  private final ImmutableMap<String, Long> figures;

  TypesOutcome(CommunityTypes.Result result) {
    this.result = result;
    this.designations = result.communityTypes().rules().grades();
    this.subjects = result.assessment(designations.get(0).id()).subjects();
    this.held = new boolean[designations.size()][subjects.length];
    this.counts = new int[designations.size()];
    ImmutableMap.Builder<String, Long> f = ImmutableMap.builder();
    for (int d = 0; d < designations.size(); d++) {
      Assessment a = result.assessment(designations.get(d).id());
      for (int k = 0; k < subjects.length; k++) {
        held[d][k] = a.gradeIndex(subjects[k]) == 0;
        counts[d] += held[d][k] ? 1 : 0;
      }
      boolean demonstration = designations.get(d).id().equals(result.communityTypes().demonstration());
      f.put(TypesProgram.NAME + (demonstration ? ".demonstrations" : ".count[" + designations.get(d).id().value() + "]"),
          (long) counts[d]);
    }
    this.figures = f.buildOrThrow();
  }

  @Override
  public String program() {
    return TypesProgram.NAME;
  }

  /** The types held, with explanations. */
  public CommunityTypes.Result result() {
    return result;
  }

  /** The types and the demonstration designation, in the ruleset's order. */
  public List<Grade> designations() {
    return designations;
  }

  /** How many communities hold each of {@link #designations()}. */
  public List<Integer> counts() {
    return ImmutableList.copyOf(Ints.asList(counts));
  }

  @Override
  public ImmutableMap<String, Long> figures() {
    return figures;
  }

  @Override
  public TypeDifferences differencesFrom(ProgramOutcome baseline) {
    Check.notNull("baseline", baseline);
    if (!(baseline instanceof TypesOutcome b)) {
      throw new InvalidInputException("scenario.otherProgram", "baseline", program(), baseline.program());
    }
    Check.that(b.subjects.length == subjects.length && b.held.length == held.length, "scenario.otherSnapshot",
        "baseline", result.assessment(designations.get(0).id()).period());
    List<TypeDifferences.TypeFlip> flips = new ArrayList<>();
    Assessment a = result.assessment(designations.get(0).id());
    for (int k = 0; k < subjects.length; k++) {
      for (int d = 0; d < held.length; d++) {
        if (b.held[d][k] != held[d][k]) {
          flips.add(new TypeDifferences.TypeFlip(a.tree().id(subjects[k]), designations.get(d), held[d][k]));
        }
      }
    }
    return new TypeDifferences(flips, designations, b.counts(), counts());
  }
}

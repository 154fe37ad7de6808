package org.grassroots.communitytypes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Ints;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Grade;
import org.grassroots.scenarios.Holdings;
import org.grassroots.scenarios.ProgramOutcome;

/**
 * The community types' outcome on one period's inputs (六型社区创建结果): which communities hold which
 * types and which are demonstration communities. Read-only.
 */
public final class TypesOutcome implements ProgramOutcome {
  private final CommunityTypes.Result result;
  private final List<Grade> designations;
  private final Holdings holdings;
  private final int[] counts;
  private final ImmutableMap<String, Long> figures;

  TypesOutcome(CommunityTypes.Result result) {
    this.result = result;
    this.designations = result.communityTypes().rules().grades();
    this.holdings = Holdings.of(designations.stream().map(g -> result.assessment(g.id())).toList());
    this.counts = new int[designations.size()];
    ImmutableMap.Builder<String, Long> f = ImmutableMap.builder();
    for (int d = 0; d < designations.size(); d++) {
      counts[d] = holdings.count(d);
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
    List<TypeDifferences.TypeFlip> flips = new ArrayList<>();
    for (Holdings.Change c : holdings.changesFrom(b.holdings)) {
      flips.add(new TypeDifferences.TypeFlip(c.unit(), designations.get(c.designation()), c.gains()));
    }
    return new TypeDifferences(flips, designations, b.counts(), counts());
  }
}

package org.grassroots.communitytypes;

import com.google.common.collect.ImmutableList;
import org.grassroots.scenarios.programs.DesignationOutcome;
import org.grassroots.scenarios.programs.Figure;
import org.grassroots.scenarios.programs.Label;

/**
 * The community types' outcome on one period's inputs (六型社区创建结果): which communities hold which
 * types and which are demonstration communities. Read-only.
 */
public final class TypesOutcome extends DesignationOutcome {
  private final CommunityTypes.Result result;
  private final ImmutableList<Figure> figures;

  TypesOutcome(String program, CommunityTypes.Result result) {
    super(program, result.designations());
    this.result = result;
    ImmutableList.Builder<Figure> f = ImmutableList.builder();
    for (int d = 0; d < designations().size(); d++) {
      boolean demonstration = designations().get(d).id().equals(result.communityTypes().demonstration());
      f.add(demonstration ? Figure.count(program + ".demonstrations", counts().get(d),
          Label.of("types.figure.demonstrations")) : countFigure(d));
    }
    this.figures = f.build();
  }

  /** The types held, with explanations. */
  public CommunityTypes.Result result() {
    return result;
  }

  @Override
  public ImmutableList<Figure> figures() {
    return figures;
  }
}

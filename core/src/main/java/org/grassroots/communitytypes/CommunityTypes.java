package org.grassroots.communitytypes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.assessment.Assessment;
import org.grassroots.assessment.Designations;
import org.grassroots.assessment.Explanation;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.Check;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Ruleset;

/**
 * Community types (六型社区: 示范引领型, 联创传承型, 平安法治型, 文化娱乐型, 幸福关爱型, 宜居稳定型) as
 * data: a {@link Ruleset} whose grades are the types — each grade's {@code minTotal} and gates are
 * that type's eligibility — and one more grade, the demonstration community (示范社区), whose quota
 * (云冈: 16) is a {@link org.grassroots.rules.Quota} of the ruleset with its declared tie-break, so
 * it is never exceeded. A community may hold several types; the grades are evaluated independently
 * ({@link Designations}).
 *
 * @param rules the ruleset; its grades are the types and the demonstration designation
 * @param demonstration the grade that is the demonstration designation (示范社区)
 */
public record CommunityTypes(Ruleset rules, RuleId demonstration) {
  public CommunityTypes {
    Check.notNull("communityTypes.rules", rules);
    Check.notNull("communityTypes.demonstration", demonstration);
    Check.that(rules.grades().stream().anyMatch(g -> g.id().equals(demonstration)), "types.noDemonstration",
        "communityTypes.demonstration", demonstration);
  }

  /** The types, without the demonstration designation, in display order. */
  public List<Grade> types() {
    return rules.grades().stream().filter(g -> !g.id().equals(demonstration)).toList();
  }

  /** Compiles the types once; evaluate any number of periods. */
  public Compiled compile() {
    return new Compiled(this, Designations.compile(rules));
  }

  /** Compiled community types. */
  public static final class Compiled {
    private final CommunityTypes types;
    private final Designations designations;

    private Compiled(CommunityTypes types, Designations designations) {
      this.types = types;
      this.designations = designations;
    }

    /** Which communities hold which types, and which are demonstration communities. */
    public Result evaluate(InputColumns columns) {
      return new Result(types, designations.evaluate(columns));
    }
  }

  /** One period's types (六型社区创建结果). */
  public static final class Result {
    private final CommunityTypes types;
    private final Designations.Result result;

    Result(CommunityTypes types, Designations.Result result) {
      this.types = types;
      this.result = result;
    }

    /** The community types evaluated. */
    public CommunityTypes communityTypes() {
      return types;
    }

    /** The types and the demonstration designation, as the engine evaluated them. */
    Designations.Result designations() {
      return result;
    }

    /** The period evaluated. */
    public Period period() {
      return result.assessment(0).period();
    }

    /** The communities evaluated (the ruleset's subjects), in snapshot order. */
    public List<OrgUnitId> communities() {
      Assessment a = result.assessment(0);
      ImmutableList.Builder<OrgUnitId> out = ImmutableList.builder();
      for (int pos : a.subjects()) {
        out.add(a.tree().id(pos));
      }
      return out.build();
    }

    /** The types {@code community} holds (without the demonstration designation). */
    public ImmutableSet<RuleId> types(OrgUnitId community) {
      return result.held(community).stream().map(Grade::id).filter(id -> !id.equals(types.demonstration()))
          .collect(ImmutableSet.toImmutableSet());
    }

    /** True when {@code community} is a demonstration community. */
    public boolean isDemonstration(OrgUnitId community) {
      return result.holds(types.demonstration(), community);
    }

    /** True when {@code community} was eligible as a demonstration community but cut by the quota. */
    public boolean cutByQuota(OrgUnitId community) {
      return result.assessment(result.designations().indexOf(types.demonstration())).cutByQuota(community);
    }

    /** The demonstration communities, in snapshot order. */
    public List<OrgUnitId> demonstrations() {
      int d = result.designations().indexOf(types.demonstration());
      TreeSnapshot t = result.assessment(d).tree();
      ImmutableList.Builder<OrgUnitId> out = ImmutableList.builder();
      for (int pos : result.assessment(d).subjects()) {
        if (result.holds(d, pos)) {
          out.add(t.id(pos));
        }
      }
      return out.build();
    }

    /** How many communities hold each type, in display order. */
    public ImmutableMap<Grade, Integer> counts() {
      Map<Grade, Integer> out = new LinkedHashMap<>();
      for (Grade g : types.types()) {
        out.put(g, result.count(result.designations().indexOf(g.id())));
      }
      return ImmutableMap.copyOf(out);
    }

    /** The engine's assessment behind {@code type} (or the demonstration designation). */
    public org.grassroots.assessment.Assessment assessment(RuleId type) {
      return result.assessment(result.designations().indexOf(type));
    }

    /** Why {@code community} holds or misses {@code type} (or the demonstration designation). */
    public Explanation explain(RuleId type, OrgUnitId community) {
      return result.explain(type, community);
    }
  }
}

package org.grassroots.communitytypes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetId;

/**
 * The community types one community holds in a period (六型社区创建结果), as published: kept by the
 * record store so a later change of rules or data does not rewrite what was announced.
 *
 * @param rules the ruleset of the community types
 * @param period the period evaluated
 * @param community the community
 * @param types the types held (without the demonstration designation), in the ruleset's order
 * @param demonstration whether it is a demonstration community (示范社区)
 */
public record CommunityTypesRecord(
    RulesetId rules, Period period, OrgUnitId community, ImmutableSet<RuleId> types, boolean demonstration) {
  public CommunityTypesRecord {
    Check.notNull("communityTypesRecord.rules", rules);
    Check.notNull("communityTypesRecord.period", period);
    Check.notNull("communityTypesRecord.community", community);
    Check.notNull("communityTypesRecord.types", types);
  }

  /** What {@code result} says of {@code community}. */
  public static CommunityTypesRecord of(CommunityTypes.Result result, OrgUnitId community) {
    Check.notNull("result", result);
    Check.notNull("community", community);
    ImmutableSet<RuleId> held = result.types(community);
    // keep the ruleset's order of types, not the order the evaluation happened to return
    ImmutableSet<RuleId> ordered = result.communityTypes().types().stream()
        .map(g -> g.id()).filter(held::contains).collect(ImmutableSet.toImmutableSet());
    return new CommunityTypesRecord(result.communityTypes().rules().id(), result.period(), community, ordered,
        result.isDemonstration(community));
  }

  /** One record per community evaluated, in snapshot order. */
  public static List<CommunityTypesRecord> all(CommunityTypes.Result result) {
    Check.notNull("result", result);
    return result.communities().stream().map(c -> of(result, c)).collect(ImmutableList.toImmutableList());
  }

  /** The record's id: {@code rules/period/community} (an id never holds {@code /}). */
  public String id() {
    return rules.value() + "/" + period + "/" + community.value();
  }
}

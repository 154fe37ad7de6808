package org.grassroots.communitytypes;

import com.google.common.collect.ImmutableSet;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.RecordFields;
import org.grassroots.spi.RecordKind;

/**
 * The record kinds this program declares (六型社区记录种类): community types, each stored by the
 * {@link org.grassroots.spi.RecordStore}, keyed and written as fields named after the record
 * components; personal fields are masked in the audit trail.
 */
public final class CommunityTypesRecordKinds {
  private CommunityTypesRecordKinds() {}

  /** The community types a community holds in a period (六型社区); owner: the community. */
  public static final RecordKind<CommunityTypesRecord> COMMUNITY_TYPES =
      RecordKind.builder("community-types", CommunityTypesRecord.class)
          .id(CommunityTypesRecord::id).owner("community", CommunityTypesRecord::community)
          .period(CommunityTypesRecord::period)
          .codec(r -> RecordFields.writer()
                  .put("rules", r.rules()).put("period", r.period()).put("community", r.community())
                  .list("types", r.types()).put("demonstration", r.demonstration()).build(),
              f -> new CommunityTypesRecord(f.get("rules", RulesetId::of), f.period("period"),
                  f.get("community", OrgUnitId::of), ImmutableSet.copyOf(f.list("types", RuleId::of)),
                  f.bool("demonstration")))
          .build();

}

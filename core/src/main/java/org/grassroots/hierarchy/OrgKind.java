package org.grassroots.hierarchy;

import java.util.Locale;
import org.grassroots.input.Check;
import org.grassroots.input.Messages;

/**
 * The kind of an organisation unit (组织类型), e.g. 街道党工委 or 楼栋党小组. Kinds are data: a
 * {@link HierarchySchema} says which kind may sit under which, and a district may declare kinds of
 * its own. The constants are the kinds named in the seed articles.
 */
public record OrgKind(String code) {
  /** The syntax of a kind code: lower-case letters, digits and {@code -}, at most 40. */
  public static final String CODE_REGEX = Check.KIND_CODE_REGEX;

  /** 区 / 区委: a county-level district. */
  public static final OrgKind DISTRICT = new OrgKind("district");
  /** 街道党工委: Party working committee of a sub-district (街道). */
  public static final OrgKind STREET_COMMITTEE = new OrgKind("street-committee");
  /** 街道大党工委: the street committee widened by member units. */
  public static final OrgKind STREET_ALLIANCE = new OrgKind("street-alliance");
  /** 社区党组织 (党委 / 党总支 / 党支部): the community's Party organisation. */
  public static final OrgKind COMMUNITY_ORG = new OrgKind("community-org");
  /** 社区大党委 / 大党总支: the community organisation widened by member units. */
  public static final OrgKind COMMUNITY_ALLIANCE = new OrgKind("community-alliance");
  /** 网格党支部: branch of a grid inside a community. */
  public static final OrgKind GRID_BRANCH = new OrgKind("grid-branch");
  /** 小区党支部: branch of a residential compound ("一小区一支部"). */
  public static final OrgKind COMPOUND_BRANCH = new OrgKind("compound-branch");
  /** 楼栋(楼道)党小组: Party group of a building or stairwell. */
  public static final OrgKind BUILDING_GROUP = new OrgKind("building-group");
  /** 党员中心户: a resident member's household acting as a contact point. */
  public static final OrgKind MEMBER_HOUSEHOLD = new OrgKind("member-household");
  /** 临时党支部: a branch set up for a project or period, ended when it ends. */
  public static final OrgKind TEMPORARY_BRANCH = new OrgKind("temporary-branch");
  /** 非公企业党组织 / 两新组织党组织: Party organisation of a non-public enterprise or new group. */
  public static final OrgKind NON_PUBLIC_BRANCH = new OrgKind("non-public-branch");
  /** 省: province (administrative division). */
  public static final OrgKind PROVINCE = new OrgKind("province");
  /** 市: prefecture-level city (administrative division). */
  public static final OrgKind CITY = new OrgKind("city");
  /** 区县: county-level division (administrative division). */
  public static final OrgKind COUNTY = new OrgKind("county");
  /** 乡镇街道: township or sub-district (administrative division). */
  public static final OrgKind STREET = new OrgKind("street");
  /** 社区 / 村: residents' community or village committee (administrative division). */
  public static final OrgKind COMMUNITY = new OrgKind("community");

  public OrgKind {
    Check.kindCode("orgKind.code", code);
  }

  public static OrgKind of(String code) {
    return new OrgKind(code);
  }

  /** The display name (e.g. 街道党工委) in {@code locale}; a district's own kind shows its code. */
  public String displayName(Locale locale) {
    String text = Messages.format(locale, "kind." + code);
    return text.startsWith("kind.") ? code : text;
  }

  @Override
  public String toString() {
    return code;
  }
}

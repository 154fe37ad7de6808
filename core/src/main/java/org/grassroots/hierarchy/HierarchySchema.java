package org.grassroots.hierarchy;

import static org.grassroots.hierarchy.OrgKind.*;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.Optional;
import org.grassroots.input.Check;
import org.grassroots.input.InvalidInputException;

/**
 * Which kinds of unit may sit under which (组织架构): the layout of a district's hierarchy, as data.
 * The three layouts of the seed articles — 五级架构 (云冈), 四位一体 (金山) and 四级联动 (嵩屿) — and
 * the administrative-division frame are presets of this one type, not separate code paths.
 *
 * @param name the schema's name, e.g. {@code "五级架构"}
 * @param roots kinds that may stand at the top of a tree
 * @param children for each kind, the kinds allowed directly under it
 */
public record HierarchySchema(
    String name, ImmutableSet<OrgKind> roots, ImmutableSetMultimap<OrgKind, OrgKind> children) {

  public HierarchySchema {
    name = Check.notBlank("schema.name", name);
    Check.notEmpty("schema.roots", roots);
    Check.notNull("schema.children", children);
  }

  /** Starts a schema named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** True when a unit of {@code child} kind may sit directly under a unit of {@code parent} kind. */
  public boolean allows(OrgKind parent, OrgKind child) {
    return children.containsEntry(parent, child);
  }

  /** True when a unit of {@code kind} may stand at the top. */
  public boolean allowsRoot(OrgKind kind) {
    return roots.contains(kind);
  }

  /** Every kind this schema mentions. */
  public ImmutableSet<OrgKind> kinds() {
    return ImmutableSet.<OrgKind>builder()
        .addAll(roots)
        .addAll(children.keySet())
        .addAll(children.values())
        .build();
  }

  /**
   * Refuses, with a bilingual message, a unit of {@code kind} placed under a unit of {@code
   * parentKind} (empty: as a root) when this schema does not allow it.
   */
  public void checkPlacement(OrgUnitId unit, OrgKind kind, Optional<OrgKind> parentKind) {
    if (parentKind.isEmpty()) {
      if (!allowsRoot(kind)) {
        throw new InvalidInputException(
            "hierarchy.rootNotAllowed", "orgUnit.kind", unit.value(),
            kind.code(), "", name);
      }
    } else if (!allows(parentKind.get(), kind)) {
      throw new InvalidInputException(
          "hierarchy.kindNotAllowed", "orgUnit.parent", unit.value(),
          kind.code(), parentKind.get().code(), name);
    }
  }

  /**
   * 五级架构 (云冈): 街道党工委 — 社区党组织 — 网格党支部 — 楼栋党小组 — 党员中心户; temporary and
   * non-public branches under a community organisation; a district committee may stand above.
   */
  public static HierarchySchema fiveLevel() {
    return builder("五级架构")
        .roots(DISTRICT, STREET_COMMITTEE)
        .allow(DISTRICT, STREET_COMMITTEE)
        .allow(STREET_COMMITTEE, COMMUNITY_ORG, NON_PUBLIC_BRANCH)
        .allow(COMMUNITY_ORG, GRID_BRANCH, TEMPORARY_BRANCH, NON_PUBLIC_BRANCH)
        .allow(GRID_BRANCH, BUILDING_GROUP)
        .allow(BUILDING_GROUP, MEMBER_HOUSEHOLD)
        .build();
  }

  /**
   * 四位一体 (金山): 街道大党工委 — 社区大党委(大党总支) — 小区党支部 — 楼道党小组; temporary
   * branches (e.g. the resettlement branch) and non-public branches under a community alliance.
   */
  public static HierarchySchema fourInOne() {
    return builder("四位一体")
        .roots(DISTRICT, STREET_ALLIANCE)
        .allow(DISTRICT, STREET_ALLIANCE)
        .allow(STREET_ALLIANCE, COMMUNITY_ALLIANCE, NON_PUBLIC_BRANCH)
        .allow(COMMUNITY_ALLIANCE, COMPOUND_BRANCH, TEMPORARY_BRANCH, NON_PUBLIC_BRANCH)
        .allow(COMPOUND_BRANCH, BUILDING_GROUP)
        .build();
  }

  /**
   * 四级联动 (嵩屿): 区 — 街道 — 社区 — 楼栋, with the compound branches (一小区一支部) between
   * community and building where they exist.
   */
  public static HierarchySchema fourLevel() {
    return builder("四级联动")
        .roots(DISTRICT)
        .allow(DISTRICT, STREET_COMMITTEE)
        .allow(STREET_COMMITTEE, COMMUNITY_ORG, NON_PUBLIC_BRANCH)
        .allow(COMMUNITY_ORG, COMPOUND_BRANCH, BUILDING_GROUP, TEMPORARY_BRANCH)
        .allow(COMPOUND_BRANCH, BUILDING_GROUP)
        .build();
  }

  /** The administrative-division frame: 省 — 市 — 区县 — 乡镇街道 — 社区/村. */
  public static HierarchySchema administrativeDivisions() {
    return builder("行政区划")
        .roots(PROVINCE)
        .allow(PROVINCE, CITY)
        .allow(CITY, COUNTY)
        .allow(COUNTY, STREET)
        .allow(STREET, COMMUNITY)
        .build();
  }

  /** Builds a {@link HierarchySchema}. */
  public static final class Builder {
    private final String name;
    private final ImmutableSet.Builder<OrgKind> roots = ImmutableSet.builder();
    private final ImmutableSetMultimap.Builder<OrgKind, OrgKind> children =
        ImmutableSetMultimap.builder();

    private Builder(String name) {
      this.name = name;
    }

    public Builder roots(OrgKind... kinds) {
      for (OrgKind k : kinds) {
        roots.add(Check.notNull("schema.roots", k));
      }
      return this;
    }

    public Builder allow(OrgKind parent, OrgKind... kids) {
      Check.notNull("schema.parent", parent);
      for (OrgKind k : kids) {
        children.put(parent, Check.notNull("schema.child", k));
      }
      return this;
    }

    public HierarchySchema build() {
      return new HierarchySchema(name, roots.build(), children.build());
    }
  }
}

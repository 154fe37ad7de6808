package org.grassroots.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grassroots.hierarchy.OrgKind.*;

import java.util.Locale;
import java.util.Optional;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class HierarchySchemaTest {
  private static final OrgUnitId U = OrgUnitId.of("unit-42");

  private static void allowed(HierarchySchema s, OrgKind parent, OrgKind child) {
    assertThat(s.allows(parent, child)).as(s.name() + ": " + child + " under " + parent).isTrue();
    assertThatCode(() -> s.checkPlacement(U, child, Optional.of(parent))).doesNotThrowAnyException();
  }

  private static InvalidInputException refused(HierarchySchema s, OrgKind parent, OrgKind child) {
    assertThat(s.allows(parent, child)).as(s.name() + ": " + child + " under " + parent).isFalse();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> s.checkPlacement(U, child, Optional.of(parent)));
    assertThat(e).isNotNull();
    assertThat(e.key()).isEqualTo("hierarchy.kindNotAllowed");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("unit-42").contains(child.code()).contains(parent.code()).contains(s.name());
    assertThat(e.getMessage(Locale.CHINESE)).contains("unit-42").contains(s.name());
    return e;
  }

  @Test
  void fiveLevelOfYungang() {
    HierarchySchema s = HierarchySchema.fiveLevel();
    assertThat(s.name()).isEqualTo("五级架构");
    allowed(s, STREET_COMMITTEE, COMMUNITY_ORG);
    allowed(s, COMMUNITY_ORG, GRID_BRANCH);
    allowed(s, GRID_BRANCH, BUILDING_GROUP);
    allowed(s, BUILDING_GROUP, MEMBER_HOUSEHOLD);
    allowed(s, COMMUNITY_ORG, TEMPORARY_BRANCH);
    refused(s, STREET_COMMITTEE, GRID_BRANCH);
    refused(s, COMMUNITY_ORG, BUILDING_GROUP);
    refused(s, GRID_BRANCH, MEMBER_HOUSEHOLD);
    refused(s, COMMUNITY_ORG, COMPOUND_BRANCH);
    assertThat(s.allowsRoot(STREET_COMMITTEE)).isTrue();
    assertThat(s.allowsRoot(COMMUNITY_ORG)).isFalse();
    assertThat(s.kinds()).containsExactlyInAnyOrder(DISTRICT, STREET_COMMITTEE, COMMUNITY_ORG, GRID_BRANCH,
        BUILDING_GROUP, MEMBER_HOUSEHOLD, TEMPORARY_BRANCH, NON_PUBLIC_BRANCH);
  }

  @Test
  void fourInOneOfJinshan() {
    HierarchySchema s = HierarchySchema.fourInOne();
    assertThat(s.name()).isEqualTo("四位一体");
    allowed(s, STREET_ALLIANCE, COMMUNITY_ALLIANCE);
    allowed(s, COMMUNITY_ALLIANCE, COMPOUND_BRANCH);
    allowed(s, COMPOUND_BRANCH, BUILDING_GROUP);
    allowed(s, COMMUNITY_ALLIANCE, TEMPORARY_BRANCH);
    refused(s, STREET_ALLIANCE, COMPOUND_BRANCH);
    refused(s, COMMUNITY_ALLIANCE, GRID_BRANCH);
    refused(s, STREET_COMMITTEE, COMMUNITY_ALLIANCE);
    refused(s, BUILDING_GROUP, MEMBER_HOUSEHOLD);
  }

  @Test
  void fourLevelOfSongyu() {
    HierarchySchema s = HierarchySchema.fourLevel();
    assertThat(s.name()).isEqualTo("四级联动");
    allowed(s, DISTRICT, STREET_COMMITTEE);
    allowed(s, STREET_COMMITTEE, COMMUNITY_ORG);
    allowed(s, COMMUNITY_ORG, BUILDING_GROUP);
    allowed(s, COMMUNITY_ORG, COMPOUND_BRANCH);
    allowed(s, COMPOUND_BRANCH, BUILDING_GROUP);
    refused(s, DISTRICT, COMMUNITY_ORG);
    refused(s, STREET_COMMITTEE, BUILDING_GROUP);
    assertThat(s.allowsRoot(DISTRICT)).isTrue();
    assertThat(s.allowsRoot(STREET_COMMITTEE)).isFalse();
  }

  @Test
  void administrativeDivisions() {
    HierarchySchema s = HierarchySchema.administrativeDivisions();
    allowed(s, PROVINCE, CITY);
    allowed(s, CITY, COUNTY);
    allowed(s, COUNTY, STREET);
    allowed(s, STREET, COMMUNITY);
    refused(s, PROVINCE, COUNTY);
    refused(s, CITY, STREET);
    refused(s, COMMUNITY, STREET);
    assertThat(s.allowsRoot(PROVINCE)).isTrue();
    assertThat(s.allowsRoot(CITY)).isFalse();
  }

  @Test
  void aRootThatMayNotBeARootIsRefusedNamingTheUnit() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> HierarchySchema.fourLevel().checkPlacement(U, COMMUNITY_ORG, Optional.empty()));
    assertThat(e.key()).isEqualTo("hierarchy.rootNotAllowed");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("orgUnit.kind: a community-org may not be a root in schema 四级联动 (unit unit-42)");
    assertThat(e.getMessage(Locale.CHINESE)).isEqualTo("orgUnit.kind：在架构\"四级联动\"中，community-org不能作为顶层组织（组织 unit-42）");
    assertThatCode(() -> HierarchySchema.fourLevel().checkPlacement(U, DISTRICT, Optional.empty())).doesNotThrowAnyException();
  }

  @Test
  void aDistrictDeclaresItsOwnSchemaAsData() {
    OrgKind elderPoint = OrgKind.of("elder-care-point");
    HierarchySchema s = HierarchySchema.builder("杏林试点").roots(STREET_COMMITTEE)
        .allow(STREET_COMMITTEE, COMMUNITY_ORG).allow(COMMUNITY_ORG, elderPoint).build();
    allowed(s, COMMUNITY_ORG, elderPoint);
    refused(s, STREET_COMMITTEE, elderPoint);
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> HierarchySchema.builder(" ").roots(DISTRICT).build()).key()).isEqualTo("input.blank");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> HierarchySchema.builder("x").build()).key()).isEqualTo("input.empty");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> HierarchySchema.builder("x").allow(null, DISTRICT)).field()).isEqualTo("schema.parent");
  }
}

package org.grassroots.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class OrgUnitTest {
  static final DistrictId JINSHAN = DistrictId.of("jinshan");
  static final LocalDate D = LocalDate.of(2020, 3, 1);

  static OrgUnit unit(String id, OrgKind kind, String parent) {
    return OrgUnit.establish(JINSHAN, OrgUnitId.of(id), kind, "单位 " + id, parent == null ? null : OrgUnitId.of(parent), D);
  }

  private static InvalidInputException refused(Runnable r) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, r::run);
    assertThat(e).isNotNull();
    return e;
  }

  private static OrgUnit with(OrgStatus status, Optional<LocalDate> validTo, Optional<OrgUnitId> successor,
      LocalDate revision) {
    return new OrgUnit(OrgUnitId.of("b1"), JINSHAN, OrgKind.COMPOUND_BRANCH, "小区党支部", Optional.of(OrgUnitId.of("c1")),
        Optional.empty(), status, D, validTo, Optional.empty(), successor, revision, 0);
  }

  @Test
  void establishedUnitIsActiveAndNew() {
    OrgUnit u = unit("c1", OrgKind.COMMUNITY_ALLIANCE, "s1");
    assertThat(u.status()).isEqualTo(OrgStatus.ACTIVE);
    assertThat(u.version()).isZero();
    assertThat(u.revisionDate()).isEqualTo(D);
    assertThat(u.existsOn(D)).isTrue();
    assertThat(u.existsOn(D.minusDays(1))).isFalse();
    assertThat(u.describe()).containsEntry("id", "c1").containsEntry("parent", "s1")
        .containsEntry("kind", "community-alliance").containsEntry("status", "ACTIVE");
  }

  @Test
  void endedUnitExistsUntilTheDayBeforeItsEnd() {
    OrgUnit u = unit("b1", OrgKind.COMPOUND_BRANCH, "c1").withEnd(OrgStatus.DISSOLVED, D.plusYears(1), null);
    assertThat(u.existsOn(D.plusYears(1).minusDays(1))).isTrue();
    assertThat(u.existsOn(D.plusYears(1))).isFalse();
    assertThat(u.revisionDate()).isEqualTo(D.plusYears(1));
    OrgUnit merged = unit("b2", OrgKind.COMPOUND_BRANCH, "c1").withEnd(OrgStatus.MERGED, D.plusDays(10), OrgUnitId.of("b1"));
    assertThat(merged.successor()).contains(OrgUnitId.of("b1"));
  }

  @Test
  void ownParentIsRefusedNamingTheUnit() {
    InvalidInputException e = refused(() -> unit("c1", OrgKind.COMMUNITY_ALLIANCE, "c1"));
    assertThat(e.key()).isEqualTo("hierarchy.ownParent");
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("orgUnit.parent: unit c1 cannot be its own parent");
    assertThat(e.getMessage(Locale.CHINESE)).contains("c1").contains("自身");
    assertThat(refused(() -> unit("c2", OrgKind.COMMUNITY_ALLIANCE, null).withParent(OrgUnitId.of("c2"), D)).key())
        .isEqualTo("hierarchy.ownParent");
  }

  @Test
  void datesAreOrdered() {
    assertThat(refused(() -> with(OrgStatus.DISSOLVED, Optional.of(D), Optional.empty(), D)).field())
        .isEqualTo("orgUnit.validTo");
    assertThat(refused(() -> with(OrgStatus.DISSOLVED, Optional.of(D.minusDays(1)), Optional.empty(), D)).key())
        .isEqualTo("input.dateOrder");
    InvalidInputException rev = refused(() -> with(OrgStatus.ACTIVE, Optional.empty(), Optional.empty(), D.minusDays(1)));
    assertThat(rev.field()).isEqualTo("orgUnit.revisionDate");
    assertThat(rev.getMessage(Locale.ENGLISH)).isEqualTo("orgUnit.revisionDate: 2020-02-29 is before 2020-03-01");
    assertThat(refused(() -> unit("t1", OrgKind.TEMPORARY_BRANCH, "c1").withTemporary(new TemporaryMandate("返迁", D))).field())
        .isEqualTo("temporary.endsOn");
    OrgUnit temp = unit("t1", OrgKind.TEMPORARY_BRANCH, "c1").withTemporary(new TemporaryMandate(" 返迁安置 ", D.plusMonths(6)));
    assertThat(temp.temporary().get().project()).isEqualTo("返迁安置");
  }

  @Test
  void statusAndEndAgree() {
    assertThat(refused(() -> with(OrgStatus.ACTIVE, Optional.of(D.plusDays(1)), Optional.empty(), D)).key())
        .isEqualTo("hierarchy.activeWithEnd");
    assertThat(refused(() -> with(OrgStatus.DISSOLVED, Optional.empty(), Optional.empty(), D)).key())
        .isEqualTo("hierarchy.endedWithoutEnd");
    assertThat(refused(() -> with(OrgStatus.ENDED, Optional.empty(), Optional.empty(), D)).key())
        .isEqualTo("hierarchy.endedWithoutEnd");
  }

  @Test
  void mergedNamesItsSuccessorAndOnlyMergedDoes() {
    InvalidInputException e = refused(() -> with(OrgStatus.MERGED, Optional.of(D.plusDays(1)), Optional.empty(), D));
    assertThat(e.key()).isEqualTo("hierarchy.mergedWithoutSuccessor");
    assertThat(e.field()).isEqualTo("orgUnit.successor");
    assertThat(refused(() -> with(OrgStatus.DISSOLVED, Optional.of(D.plusDays(1)), Optional.of(OrgUnitId.of("b9")), D)).key())
        .isEqualTo("hierarchy.successorNotMerged");
    assertThat(refused(() -> with(OrgStatus.ACTIVE, Optional.empty(), Optional.of(OrgUnitId.of("b9")), D)).key())
        .isEqualTo("hierarchy.successorNotMerged");
    assertThat(refused(() -> with(OrgStatus.MERGED, Optional.of(D.plusDays(1)), Optional.of(OrgUnitId.of("b1")), D)).key())
        .isEqualTo("hierarchy.ownSuccessor");
  }

  @Test
  void namesAndRequiredFields() {
    assertThat(refused(() -> unit("c1", OrgKind.COMMUNITY_ALLIANCE, null).withName("  ", D)).key()).isEqualTo("input.blank");
    assertThat(refused(() -> unit("c1", OrgKind.COMMUNITY_ALLIANCE, null).withName("名".repeat(201), D)).key())
        .isEqualTo("input.tooLong");
    assertThat(unit("c1", OrgKind.COMMUNITY_ALLIANCE, null).withName(" 海发社区 ", D).name()).isEqualTo("海发社区");
    assertThatThrownBy(() -> OrgUnit.establish(null, OrgUnitId.of("x"), OrgKind.DISTRICT, "x", null, D))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("orgUnit.district");
    assertThatThrownBy(() -> OrgUnit.establish(JINSHAN, OrgUnitId.of("x"), OrgKind.DISTRICT, "x", null, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("orgUnit.validFrom");
    assertThat(refused(() -> unit("c1", OrgKind.COMMUNITY_ALLIANCE, null).withVersion(-1)).field()).isEqualTo("orgUnit.version");
  }

  @Test
  void valuesOfTheHierarchy() {
    assertThat(DivisionCode.of("350205").isStatistical()).isFalse();
    assertThat(DivisionCode.of("350205003001").isStatistical()).isTrue();
    for (String bad : new String[] {"35020", "3502050030", "35020a", ""}) {
      assertThatThrownBy(() -> DivisionCode.of(bad)).isInstanceOf(InvalidInputException.class);
    }
    assertThat(OrgKind.COMPOUND_BRANCH.displayName(Locale.CHINESE)).isEqualTo("小区党支部");
    assertThat(OrgKind.COMPOUND_BRANCH.displayName(Locale.ENGLISH)).isEqualTo("compound Party branch");
    assertThat(OrgKind.of("elder-care-point").displayName(Locale.CHINESE)).isEqualTo("elder-care-point");
    assertThatThrownBy(() -> OrgKind.of("Grid Branch")).isInstanceOf(InvalidInputException.class);
    assertThat(OrgStatus.ACTIVE.isActive()).isTrue();
    assertThat(OrgStatus.MERGED.isActive()).isFalse();
  }
}

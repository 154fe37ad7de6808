package org.grassroots.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.grassroots.staffing.StaffRole.LEADER_IN_CHARGE;
import static org.grassroots.staffing.StaffRole.PARTY_ASSISTANT;
import static org.grassroots.staffing.StaffRole.PARTY_SOCIAL_WORKER;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class StaffingReportTest {
  private static final DistrictId JINSHAN = DistrictId.of("jinshan");
  private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  private static final LocalDate ASOF = LocalDate.of(2020, 6, 30);

  /** 金山街道: a street alliance with 9 community alliances (社区大党委) and a compound branch. */
  private static List<OrgUnit> jinshan() {
    List<OrgUnit> units = new ArrayList<>();
    units.add(OrgUnit.establish(JINSHAN, OrgUnitId.of("street"), OrgKind.STREET_ALLIANCE, "金山街道大党工委", null, FROM));
    for (int i = 1; i <= 9; i++) {
      units.add(OrgUnit.establish(JINSHAN, OrgUnitId.of("c" + i), OrgKind.COMMUNITY_ALLIANCE, "社区 " + i,
          OrgUnitId.of("street"), FROM));
    }
    units.add(OrgUnit.establish(JINSHAN, OrgUnitId.of("c1-b1"), OrgKind.COMPOUND_BRANCH, "小区党支部",
        OrgUnitId.of("c1"), FROM));
    return units;
  }

  private static StaffAssignment post(String staff, int community, StaffRole role) {
    return StaffAssignment.of(staff, OrgUnitId.of("c" + community), role, FROM);
  }

  @Test
  void jinshanNeedsTwentySevenForNineCommunities() {
    StaffingStandard std = StaffingStandard.jinshan();
    assertThat(std.perUnit()).isEqualTo(3);
    assertThat(std.requiredFor(9)).isEqualTo(27);
    StaffingReport empty = StaffingReport.of(std, jinshan(), List.of(), ASOF);
    assertThat(empty.units()).hasSize(9);
    assertThat(empty.required()).isEqualTo(27);
    assertThat(empty.actual()).isZero();
    assertThat(empty.shortfall()).isEqualTo(27);
    assertThat(empty.unitsMeetingStandard()).isZero();
  }

  @Test
  void aPartiallyStaffedDistrictShowsItsShortfall() {
    List<StaffAssignment> posts = new ArrayList<>();
    for (int c = 1; c <= 6; c++) { // six communities fully staffed
      posts.add(post("lead" + c, c, LEADER_IN_CHARGE));
      posts.add(post("work" + c, c, PARTY_SOCIAL_WORKER));
      posts.add(post("asst" + c, c, PARTY_ASSISTANT));
    }
    posts.add(post("work1b", 1, PARTY_SOCIAL_WORKER)); // a second social worker in 1: surplus
    for (int c = 7; c <= 8; c++) { // two without an assistant
      posts.add(post("lead" + c, c, LEADER_IN_CHARGE));
      posts.add(post("work" + c, c, PARTY_SOCIAL_WORKER));
    }
    // community 9: its only worker left before the report date; a post in the compound branch
    // and a post that starts later do not count
    posts.add(post("work9", 9, PARTY_SOCIAL_WORKER).ending(LocalDate.of(2020, 3, 1)));
    posts.add(StaffAssignment.of("x", OrgUnitId.of("c1-b1"), PARTY_ASSISTANT, FROM));
    posts.add(StaffAssignment.of("y", OrgUnitId.of("c9"), PARTY_ASSISTANT, ASOF.plusDays(1)));
    // the same person entered twice counts once
    posts.add(post("lead2", 2, LEADER_IN_CHARGE));

    StaffingReport r = StaffingReport.of(StaffingStandard.jinshan(), jinshan(), posts, ASOF);
    assertThat(r.required()).isEqualTo(27);
    assertThat(r.actual()).isEqualTo(6 * 3 + 1 + 2 * 2);
    assertThat(r.shortfall()).isEqualTo(2 + 3);
    assertThat(r.surplus()).isEqualTo(1);
    assertThat(r.unitsMeetingStandard()).isEqualTo(6);
    assertThat(r.shortfallByRole()).containsExactly(
        java.util.Map.entry(LEADER_IN_CHARGE, 1L),
        java.util.Map.entry(PARTY_SOCIAL_WORKER, 1L),
        java.util.Map.entry(PARTY_ASSISTANT, 3L));

    StaffingReport.UnitStaffing c1 = r.units().get(0);
    assertThat(c1.unit()).isEqualTo(OrgUnitId.of("c1"));
    assertThat(c1.roles()).extracting(StaffingReport.RoleStaffing::actual).containsExactly(1, 2, 1);
    assertThat(c1.surplus()).isEqualTo(1);
    assertThat(c1.meetsStandard()).isTrue();
    StaffingReport.UnitStaffing c7 = r.units().get(6);
    assertThat(c7.roles().get(2)).isEqualTo(new StaffingReport.RoleStaffing(PARTY_ASSISTANT, 1, 0));
    assertThat(c7.roles().get(2).shortfall()).isEqualTo(1);
    assertThat(r.units().get(8).actual()).isZero();
  }

  @Test
  void aRoleOutsideTheStandardIsSurplusAndEndedUnitsAreLeftOut() {
    StaffRole gridWorker = new StaffRole("grid-worker", "网格员", "grid worker");
    List<OrgUnit> units = new ArrayList<>(jinshan());
    units.set(9, units.get(9).withEnd(OrgStatus.DISSOLVED, LocalDate.of(2020, 1, 1), null)); // c9
    StaffingReport r = StaffingReport.of(StaffingStandard.jinshan(), units,
        List.of(post("g1", 1, gridWorker)), ASOF);
    assertThat(r.units()).hasSize(8);
    assertThat(r.required()).isEqualTo(24);
    assertThat(r.units().get(0).roles()).hasSize(4);
    assertThat(r.units().get(0).roles().get(3)).isEqualTo(new StaffingReport.RoleStaffing(gridWorker, 0, 1));
    assertThat(r.surplus()).isEqualTo(1);
    assertThat(r.shortfallByRole()).doesNotContainKey(gridWorker).hasSize(3);
  }

  @Test
  void inputsAreChecked() {
    assertThat(StaffRole.PARTY_SOCIAL_WORKER.displayName(Locale.CHINESE)).isEqualTo("党建社工");
    assertThat(StaffRole.PARTY_SOCIAL_WORKER.displayName(Locale.ENGLISH)).isEqualTo("Party-building social worker");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> new StaffRole("Leader", "领导", "leader")).field()).isEqualTo("staffRole.code");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> new StaffingStandard("x", OrgKind.COMMUNITY_ORG, ImmutableMap.of())).key()).isEqualTo("input.empty");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> new StaffingStandard("x", OrgKind.COMMUNITY_ORG, ImmutableMap.of(LEADER_IN_CHARGE, 0))).key())
        .isEqualTo("input.range");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> new StaffingStandard("x", OrgKind.COMMUNITY_ORG, ImmutableMap.of(LEADER_IN_CHARGE, 1,
            new StaffRole("leader-in-charge", "另一个", "other"), 1))).key()).isEqualTo("staffing.duplicateRole");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> post("s", 1, LEADER_IN_CHARGE).ending(FROM)).key()).isEqualTo("input.dateOrder");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> StaffAssignment.of("张三", OrgUnitId.of("c1"), LEADER_IN_CHARGE, FROM)).field()).isEqualTo("assignment.staffId");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> StaffingStandard.jinshan().requiredFor(-1)).field()).isEqualTo("units");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> StaffingReport.of(StaffingStandard.jinshan(), null, List.of(), ASOF)).field()).isEqualTo("report.units");
  }
}

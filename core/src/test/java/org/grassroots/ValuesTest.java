package org.grassroots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.alliance.AllianceMembership;
import org.grassroots.alliance.MemberUnitKind;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.MemberId;
import org.junit.jupiter.api.Test;

/** The small values around the hierarchy: typed ids, changes, audit entries, alliances. */
class ValuesTest {
  private static final Instant AT = Instant.parse("2021-03-01T08:00:00Z");

  @Test
  void typedIdsShareOneSyntaxAndOrderByValue() {
    assertThat(OrgUnitId.of("b")).isGreaterThan(OrgUnitId.of("a"));
    assertThat(List.of(MemberId.of("m2"), MemberId.of("m10"), MemberId.of("m1")).stream().sorted().toList())
        .containsExactly(MemberId.of("m1"), MemberId.of("m10"), MemberId.of("m2"));
    assertThat(DistrictId.of("yungang").toString()).isEqualTo("yungang");
    for (String bad : new String[] {"", "有空格 的", "a/b", "x".repeat(65)}) {
      assertThat(catchThrowableOfType(InvalidInputException.class, () -> OrgUnitId.of(bad)).field()).isEqualTo("orgUnitId");
      assertThat(catchThrowableOfType(InvalidInputException.class, () -> DistrictId.of(bad)).field()).isEqualTo("districtId");
      assertThat(catchThrowableOfType(InvalidInputException.class, () -> AllianceId.of(bad)).field()).isEqualTo("allianceId");
    }
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> MemberId.of(null)).key()).isEqualTo("input.null");
  }

  @Test
  void aChangeSaysWhoWhyAndWhen() {
    Change c = Change.of(" admin ", " 空壳支部撤销 ", AT);
    assertThat(c.actor()).isEqualTo("admin");
    assertThat(c.reason()).isEqualTo("空壳支部撤销");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> Change.of("", "r", AT)).field()).isEqualTo("change.actor");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> Change.of("a", " ", AT)).field()).isEqualTo("change.reason");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> Change.of("a", "r", null)).field()).isEqualTo("change.at");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> Change.of("a", "r".repeat(501), AT)).key()).isEqualTo("input.tooLong");
  }

  @Test
  void anAuditEntryCarriesTheChange() {
    AuditEntry e = AuditEntry.of(DistrictId.of("jinshan"), AuditEntry.ORG_UNIT, "b1", "dissolve",
        Change.of("admin", "空壳支部撤销", AT), ImmutableMap.of("status", "ACTIVE"), ImmutableMap.of("status", "DISSOLVED"));
    assertThat(e.sequence()).isZero();
    assertThat(e.actor()).isEqualTo("admin");
    assertThat(e.at()).isEqualTo(AT);
    assertThat(e.withSequence(7).sequence()).isEqualTo(7);
    assertThat(e.withSequence(7).after()).containsEntry("status", "DISSOLVED");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> e.withSequence(-1)).field()).isEqualTo("audit.sequence");
  }

  @Test
  void anAllianceListsEachUnitOnce() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    AllianceMembership m = AllianceMembership.joined("u1", "驻区单位", MemberUnitKind.RESIDENT_UNIT, d);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new Alliance(
        AllianceId.of("a"), DistrictId.of("d"), "大党委", OrgUnitId.of("c"), ImmutableList.of(m, m), Optional.empty(), 0));
    assertThat(e.key()).isEqualTo("alliance.duplicateUnit");
    assertThat(e.getMessage()).contains("u1");
    assertThat(m.memberOn(d.minusDays(1))).isFalse();
    assertThat(m.memberOn(d)).isTrue();
    assertThat(m.leaving(d.plusDays(1)).memberOn(d.plusDays(1))).isFalse();
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> m.leaving(d)).key()).isEqualTo("input.dateOrder");
    // withMembership replaces the same unit's record rather than adding a second one
    Alliance a = Alliance.of(DistrictId.of("d"), AllianceId.of("a"), "大党委", OrgUnitId.of("c")).join(m);
    assertThat(a.withMembership(m.leaving(d.plusDays(3))).memberships()).hasSize(1);
  }
}

package org.grassroots.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The one helper that builds an audit entry from the described values before and after a write. */
class AuditEntryWriteTest {

  private static final DistrictId SONGYU = DistrictId.of("songyu");
  private static final Change CHANGE = Change.of("clerk-7", "annual review", Instant.parse("2026-03-01T08:00:00Z"));

  @Test
  void aCreateHasNoBeforeAndTheChangeOfItsWriter() {
    AuditEntry e = AuditEntry.ofWrite(SONGYU, CHANGE, AuditEntry.MEMBER, "m-1", "create", null,
        () -> ImmutableMap.of("name", "Li"));

    assertThat(e.sequence()).isZero();
    assertThat(e.district()).isEqualTo(SONGYU);
    assertThat(e.subjectType()).isEqualTo("member");
    assertThat(e.subjectId()).isEqualTo("m-1");
    assertThat(e.action()).isEqualTo("create");
    assertThat(e.actor()).isEqualTo("clerk-7");
    assertThat(e.reason()).isEqualTo("annual review");
    assertThat(e.at()).isEqualTo(CHANGE.at());
    assertThat(e.before()).isEmpty();
    assertThat(e.after()).containsExactly(java.util.Map.entry("name", "Li"));
  }

  @Test
  void anUpdateDescribesBothSides() {
    AuditEntry e = AuditEntry.ofWrite(SONGYU, CHANGE, AuditEntry.ORG_UNIT, "u-1", "move",
        () -> ImmutableMap.of("parent", "a"), () -> ImmutableMap.of("parent", "b"));

    assertThat(e.before()).containsEntry("parent", "a");
    assertThat(e.after()).containsEntry("parent", "b");
  }

  @Test
  void anEntryWithoutAfterIsRefused() {
    assertThatThrownBy(() -> AuditEntry.ofWrite(SONGYU, CHANGE, AuditEntry.MEMBER, "m-1", "create", null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, x -> assertThat(x.field()).isEqualTo("audit.after"));
  }
}

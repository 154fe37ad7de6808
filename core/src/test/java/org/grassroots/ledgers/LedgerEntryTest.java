package org.grassroots.ledgers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.MemberId;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {
  static final OrgUnitId UNIT = OrgUnitId.of("yg-c01");
  static final MemberId M = MemberId.of("m-001");
  static final LocalDate D = LocalDate.of(2024, 3, 1);

  static LedgerEntry demand() {
    return LedgerEntry.open(
        EntryId.of("d-1"), LedgerKind.DEMAND, UNIT, M, D, "Family Wang asks for a ramp");
  }

  @Test
  void walksOpenInProgressResolved() {
    LedgerEntry e = demand().respond(D.plusDays(2)).resolve(D.plusDays(5));
    assertThat(e.status()).isEqualTo(EntryStatus.RESOLVED);
    assertThat(e.responded()).contains(D.plusDays(2));
    assertThat(e.finished()).contains(D.plusDays(5));
    assertThat(e.responseDays()).contains(2L);
  }

  @Test
  void resolvingAnOpenEntryCountsAsItsResponse() {
    LedgerEntry e = demand().close(D.plusDays(3));
    assertThat(e.status()).isEqualTo(EntryStatus.CLOSED);
    assertThat(e.responded()).contains(D.plusDays(3));
  }

  @Test
  void illegalTransitionsAreRefusedAndChangeNothing() {
    LedgerEntry resolved = demand().resolve(D);
    assertThatThrownBy(() -> resolved.respond(D.plusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("RESOLVED → IN_PROGRESS")
        .hasMessageContaining("不能流转");
    assertThatThrownBy(() -> resolved.close(D.plusDays(1))).isInstanceOf(InvalidInputException.class);
    assertThat(resolved.status()).isEqualTo(EntryStatus.RESOLVED);
    LedgerEntry inProgress = demand().respond(D);
    assertThatThrownBy(() -> inProgress.respond(D.plusDays(1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void datesMustNotGoBackwards() {
    assertThatThrownBy(() -> demand().respond(D.minusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ledgerEntry.responded");
    LedgerEntry inProgress = demand().respond(D.plusDays(4));
    assertThatThrownBy(() -> inProgress.resolve(D.plusDays(3)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ledgerEntry.finished");
  }

  @Test
  void statusAndDatesMustAgree() {
    assertThatThrownBy(
            () -> new LedgerEntry(EntryId.of("x"), LedgerKind.DEMAND, UNIT, M, EntryStatus.OPEN, D,
                Optional.of(D), Optional.empty(), Optional.empty(), "s"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ledgerEntry.responded");
    assertThatThrownBy(
            () -> new LedgerEntry(EntryId.of("x"), LedgerKind.DEMAND, UNIT, M, EntryStatus.RESOLVED,
                D, Optional.of(D), Optional.empty(), Optional.empty(), "s"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ledgerEntry.finished");
  }

  @Test
  void fulfilmentOnlyOfAKeptCommitment() {
    LedgerEntry c =
        LedgerEntry.open(EntryId.of("c-1"), LedgerKind.COMMITMENT, UNIT, M, D, "Visit 3 elders");
    assertThatThrownBy(() -> LedgerEntry.fulfilmentOf(c, EntryId.of("f-1"), "visited"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("c-1");
    assertThatThrownBy(() -> LedgerEntry.fulfilmentOf(demand().resolve(D), EntryId.of("f-1"), "x"))
        .isInstanceOf(InvalidInputException.class);
    LedgerEntry f = LedgerEntry.fulfilmentOf(c.resolve(D.plusDays(9)), EntryId.of("f-1"), "visited");
    assertThat(f.kind()).isEqualTo(LedgerKind.FULFILMENT);
    assertThat(f.commitment()).contains(EntryId.of("c-1"));
    assertThat(f.recorded()).isEqualTo(D.plusDays(9));
    assertThat(f.responsible()).isEqualTo(M);
    assertThatThrownBy(
            () -> LedgerEntry.open(EntryId.of("f-2"), LedgerKind.FULFILMENT, UNIT, M, D, "x"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void toStringKeepsTheSubjectOut() {
    assertThat(demand().toString()).doesNotContain("Wang").contains("d-1").contains("m-001");
  }
}

package org.grassroots.ledgers;

import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.members.MemberId;

/**
 * One entry of the four ledgers (台账事项): what was promised, done, helped or asked, by which unit,
 * which member is responsible, and when it was recorded, taken up and finished.
 *
 * <p>Changes go through {@link #respond}, {@link #resolve} and {@link #close}, which check the
 * declared {@link EntryStatus#MACHINE} and the order of the dates and return a new entry; a refused
 * change leaves the entry as it was. The subject may describe a family in difficulty, so it is kept
 * out of {@link #toString()}.
 *
 * @param id the entry's id
 * @param kind which of the four ledgers
 * @param unit the community or branch keeping the ledger
 * @param responsible the member responsible (承诺人 / 帮扶人 / 承办人)
 * @param status the status
 * @param recorded the day it was recorded (登记日期)
 * @param responded the day it was first taken up (首次响应日期); present from IN_PROGRESS on
 * @param finished the day it was resolved or closed (办结日期); present exactly when final
 * @param commitment for a fulfilment entry, the commitment fulfilled; empty for other ledgers
 * @param subject what it is about, at most 200 characters
 */
public record LedgerEntry(
    EntryId id,
    LedgerKind kind,
    OrgUnitId unit,
    MemberId responsible,
    EntryStatus status,
    LocalDate recorded,
    Optional<LocalDate> responded,
    Optional<LocalDate> finished,
    Optional<EntryId> commitment,
    String subject) {

  public LedgerEntry {
    Check.notNull("ledgerEntry.id", id);
    Check.notNull("ledgerEntry.kind", kind);
    Check.notNull("ledgerEntry.unit", unit);
    Check.notNull("ledgerEntry.responsible", responsible);
    Check.notNull("ledgerEntry.status", status);
    Check.notNull("ledgerEntry.recorded", recorded);
    Check.notNull("ledgerEntry.responded", responded);
    Check.notNull("ledgerEntry.finished", finished);
    Check.notNull("ledgerEntry.commitment", commitment);
    subject = Check.personalText("ledgerEntry.subject", subject, 200); // personal: shown masked when refused
    Check.that(
        responded.isPresent() == (status != EntryStatus.OPEN), "ledgers.respondedDate",
        "ledgerEntry.responded", responded.map(LocalDate::toString).orElse("-"), status);
    Check.that(
        finished.isPresent() == status.isFinal(), "ledgers.finishedDate", "ledgerEntry.finished",
        finished.map(LocalDate::toString).orElse("-"), status);
    responded.ifPresent(d -> notBefore("ledgerEntry.responded", d, recorded));
    if (responded.isPresent() && finished.isPresent()) {
      notBefore("ledgerEntry.finished", finished.get(), responded.get());
    }
    Check.that(
        commitment.isPresent() == (kind == LedgerKind.FULFILMENT), "ledgers.commitmentRef",
        "ledgerEntry.commitment", commitment.map(EntryId::value).orElse("-"), kind);
  }

  /** A new OPEN entry of a commitment, assistance or demand ledger. */
  public static LedgerEntry open(
      EntryId id, LedgerKind kind, OrgUnitId unit, MemberId responsible, LocalDate recorded,
      String subject) {
    Check.that(
        kind != LedgerKind.FULFILMENT, "ledgers.fulfilmentNeedsCommitment", "ledgerEntry.kind",
        kind);
    return new LedgerEntry(
        id, kind, unit, responsible, EntryStatus.OPEN, recorded, Optional.empty(), Optional.empty(),
        Optional.empty(), subject);
  }

  /**
   * The fulfilment entry (履诺践诺) of a kept commitment: same unit and member, resolved on the day
   * the commitment was.
   *
   * @throws org.grassroots.input.InvalidInputException if {@code commitment} is not a RESOLVED
   *     commitment
   */
  public static LedgerEntry fulfilmentOf(LedgerEntry commitment, EntryId id, String subject) {
    Check.notNull("commitment", commitment);
    Check.that(
        commitment.kind == LedgerKind.COMMITMENT, "ledgers.notACommitment", "commitment",
        commitment.id, commitment.kind);
    Check.that(
        commitment.status == EntryStatus.RESOLVED, "ledgers.notFulfilled", "commitment",
        commitment.id, commitment.status);
    LocalDate day = commitment.finished.orElseThrow();
    return new LedgerEntry(
        id, LedgerKind.FULFILMENT, commitment.unit, commitment.responsible, EntryStatus.RESOLVED,
        day, Optional.of(day), Optional.of(day), Optional.of(commitment.id), subject);
  }

  /** Taken up on {@code day} (OPEN → IN_PROGRESS). */
  public LedgerEntry respond(LocalDate day) {
    return move(EntryStatus.IN_PROGRESS, day);
  }

  /** Resolved on {@code day}; an OPEN entry counts {@code day} as its response too. */
  public LedgerEntry resolve(LocalDate day) {
    return move(EntryStatus.RESOLVED, day);
  }

  /** Closed unresolved on {@code day}; an OPEN entry counts {@code day} as its response too. */
  public LedgerEntry close(LocalDate day) {
    return move(EntryStatus.CLOSED, day);
  }

  private LedgerEntry move(EntryStatus to, LocalDate day) {
    Check.notNull("day", day);
    EntryStatus.MACHINE.check("ledgerEntry.status", status, to);
    Optional<LocalDate> resp = responded.isPresent() ? responded : Optional.of(day);
    Optional<LocalDate> fin = to.isFinal() ? Optional.of(day) : Optional.empty();
    return new LedgerEntry(
        id, kind, unit, responsible, to, recorded, resp, fin, commitment, subject);
  }

  /** Days from recording to the first response, when responded. */
  public Optional<Long> responseDays() {
    return responded.map(d -> recorded.until(d, java.time.temporal.ChronoUnit.DAYS));
  }

  private static void notBefore(String field, LocalDate date, LocalDate earliest) {
    Check.that(!date.isBefore(earliest), "input.dateOrder", field, date, earliest);
  }

  /** Ids, kind, unit, status and dates; never the subject (it may describe a family). */
  @Override
  public String toString() {
    return "LedgerEntry[" + id + ", " + kind + ", unit=" + unit + ", responsible=" + responsible
        + ", " + status + ", recorded=" + recorded + responded.map(d -> ", responded=" + d).orElse("")
        + finished.map(d -> ", finished=" + d).orElse("")
        + commitment.map(c -> ", commitment=" + c).orElse("") + "]";
  }
}

package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.stars.StarFixtures.PIONEER;
import static org.grassroots.stars.StarFixtures.SATISFIED;
import static org.grassroots.stars.StarFixtures.columns;
import static org.grassroots.stars.StarFixtures.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.grassroots.stars.Publicity.Status;
import org.junit.jupiter.api.Test;

/** Stars across periods: award, 摘星 after a veto or after failed periods, publicity, audit. */
class StarBookTest {
  private static final Change RATE = Change.of("district-committee", "年度创星升级评定", Instant.parse("2025-01-05T00:00:00Z"));
  private final TreeSnapshot tree = StarFixtures.tree(1);
  private final StarScheme.Compiled scheme = StarFixtures.named().compile();

  private StarRatings rate(int year, long org, long service, long fulfilment, long incident) {
    return scheme.evaluate(columns(tree, Period.year(year), new long[][] {{org, service, fulfilment, incident}}));
  }

  @Test
  void aStarFailedForTheDeclaredNumberOfPeriodsIsTakenAwayAndTheDowngradeAudited() {
    StarBook book = StarBook.empty(StarFixtures.DISTRICT, 2)
        .advance(rate(2022, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2023, 1, 10));
    assertThat(book.held(community(1))).containsExactly(PIONEER, SATISFIED);
    assertThat(book.changes()).allMatch(c -> c.action() == StarChange.Action.AWARD && c.isUpgrade());
    assertThat(book.changes().get(0).levelBefore()).isZero();
    assertThat(book.changes().get(0).levelAfter()).isEqualTo(2);

    // 2023: service fails once — the star is kept, the failure counted
    book = book.advance(rate(2023, 90, 10, Fixed.ONE, 0), RATE, LocalDate.of(2024, 1, 10));
    assertThat(book.held(community(1))).containsExactly(PIONEER, SATISFIED);
    assertThat(book.failures().get(community(1))).containsEntry(SATISFIED, 1);
    assertThat(book.changes()).hasSize(2);

    // 2024: fails again — 摘星
    book = book.advance(rate(2024, 90, 10, Fixed.ONE, 0), RATE, LocalDate.of(2025, 1, 10));
    assertThat(book.held(community(1))).containsExactly(PIONEER);
    StarChange down = book.changes().get(2);
    assertThat(down.action()).isEqualTo(StarChange.Action.REVOKE);
    assertThat(down.cause()).isEqualTo(StarChange.Cause.FAILED_PERIODS);
    assertThat(down.isDowngrade()).isTrue();
    assertThat(down.levelBefore()).isEqualTo(2);
    assertThat(down.levelAfter()).isEqualTo(1);
    AuditEntry audit = book.trail().get(book.trail().size() - 1);
    assertThat(audit.subjectType()).isEqualTo("star");
    assertThat(audit.subjectId()).isEqualTo("c001/satisfied");
    assertThat(audit.action()).isEqualTo("revoke");
    assertThat(audit.actor()).isEqualTo("district-committee");
    assertThat(audit.reason()).isEqualTo("连续 2 期未达标准 — 年度创星升级评定");
    assertThat(audit.before()).containsEntry("held", "true").containsEntry("level", "2");
    assertThat(audit.after()).containsEntry("held", "false").containsEntry("level", "1");
    assertThat(book.failures()).isEmpty();
  }

  @Test
  void aVetoEventTakesTheStarAwayAtOnce() {
    StarBook book = StarBook.empty(StarFixtures.DISTRICT, 3)
        .advance(rate(2023, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2024, 1, 10))
        .advance(rate(2024, 90, 90, Fixed.ONE, 1), RATE, LocalDate.of(2025, 1, 10));
    StarChange c = book.changes().get(2);
    assertThat(c.star()).isEqualTo(SATISFIED);
    assertThat(c.cause()).isEqualTo(StarChange.Cause.VETO);
    assertThat(c.details()).containsExactly("[v-incident] 重大安全事故");
    assertThat(book.trail().get(2).reason()).startsWith("一票否决 [v-incident] 重大安全事故");
    assertThat(book.held(community(1))).containsExactly(PIONEER);
  }

  @Test
  void publicityConfirmsOrWithdrawsAChangeWithDatesAndEveryStepIsAudited() {
    StarBook book = StarBook.empty(StarFixtures.DISTRICT, 1)
        .advance(rate(2024, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2025, 1, 10));
    assertThat(book.confirmed(community(1))).isEmpty();
    Change who = Change.of("street-office", "公示", Instant.parse("2025-01-11T00:00:00Z"));
    book = book.publicity(1, Status.PUBLICISED, LocalDate.of(2025, 1, 11), who)
        .publicity(1, Status.CONFIRMED, LocalDate.of(2025, 1, 18), who)
        .publicity(2, Status.PUBLICISED, LocalDate.of(2025, 1, 11), who)
        .publicity(2, Status.OBJECTED, LocalDate.of(2025, 1, 13), who)
        .publicity(2, Status.REVIEWED, LocalDate.of(2025, 1, 20), who)
        .publicity(2, Status.WITHDRAWN, LocalDate.of(2025, 1, 21), who);
    assertThat(book.confirmed(community(1))).containsExactly(PIONEER);
    assertThat(book.held(community(1))).containsExactly(PIONEER); // the withdrawn award is undone
    assertThat(book.changes().get(1).publicity().steps()).extracting(Publicity.Step::on)
        .containsExactly(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 11), LocalDate.of(2025, 1, 13),
            LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 21));
    assertThat(book.trail()).hasSize(2 + 6);
    assertThat(book.trail().get(7).after()).containsEntry("publicity", "WITHDRAWN");
  }

  @Test
  void refusalsChangeNothing() {
    StarBook book = StarBook.empty(StarFixtures.DISTRICT, 1)
        .advance(rate(2024, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2025, 1, 10));
    Change who = Change.of("street-office", "公示", Instant.parse("2025-01-11T00:00:00Z"));
    StarBook before = book;
    assertThatThrownBy(() -> before.publicity(1, Status.CONFIRMED, LocalDate.of(2025, 1, 11), who))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("PROPOSED → CONFIRMED");
    StarBook publicised = book.publicity(1, Status.PUBLICISED, LocalDate.of(2025, 1, 11), who);
    assertThatThrownBy(() -> publicised.publicity(1, Status.CONFIRMED, LocalDate.of(2025, 1, 9), who))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("publicity.steps[2].on");
    assertThatThrownBy(() -> before.advance(rate(2024, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2025, 1, 10)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ratings.period");
    assertThatThrownBy(() -> before.publicity(9, Status.PUBLICISED, LocalDate.of(2025, 1, 11), who))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sequence");
    assertThat(before.changes()).extracting(c -> c.publicity().status()).containsOnly(Status.PROPOSED);
    assertThat(before.trail()).hasSize(2);
    assertThatThrownBy(() -> StarBook.empty(StarFixtures.DISTRICT, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("failuresBeforeRevoke");
  }

  @Test
  void aStarEarnedAgainAfterFailingResetsTheCount() {
    StarBook book = StarBook.empty(StarFixtures.DISTRICT, 2)
        .advance(rate(2021, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2022, 1, 10))
        .advance(rate(2022, 90, 10, Fixed.ONE, 0), RATE, LocalDate.of(2023, 1, 10))
        .advance(rate(2023, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2024, 1, 10))
        .advance(rate(2024, 90, 10, Fixed.ONE, 0), RATE, LocalDate.of(2025, 1, 10));
    assertThat(book.held(community(1))).containsExactly(PIONEER, SATISFIED);
    assertThat(book.changesOf(community(1))).hasSize(2);
    assertThat(List.copyOf(book.failures().get(community(1)).values())).containsExactly(1);
  }

  @Test
  void stepwiseAUnitMovesAtMostOneLevelAPeriodButAVetoStillWithdrawsAtOnce() {
    StarBook book = StarBook.empty(StarFixtures.DISTRICT, 1)
        .advanceStepwise(rate(2022, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2023, 1, 10), 1);
    assertThat(book.held(community(1))).containsExactly(StarFixtures.PIONEER); // both earned, the lower first
    StarBook both = book.advanceStepwise(rate(2023, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2024, 1, 10), 1);
    assertThat(both.held(community(1))).containsExactly(StarFixtures.PIONEER, StarFixtures.SATISFIED);
    StarBook failing = both.advanceStepwise(rate(2024, 10, 10, Fixed.ONE, 0), RATE, LocalDate.of(2025, 1, 10), 1);
    assertThat(failing.held(community(1))).containsExactly(StarFixtures.PIONEER); // the higher goes first
    failing = failing.advanceStepwise(rate(2025, 10, 10, Fixed.ONE, 0), RATE, LocalDate.of(2026, 1, 10), 1);
    assertThat(failing.held(community(1))).isEmpty();
    // without steps both go in one period; with a veto on one, the veto does not wait for the step
    assertThat(both.advance(rate(2024, 10, 10, Fixed.ONE, 0), RATE, LocalDate.of(2025, 1, 10)).held(community(1)))
        .isEmpty();
    StarBook vetoed = both.advanceStepwise(rate(2024, 10, 90, Fixed.ONE, 1), RATE, LocalDate.of(2025, 1, 10), 1);
    assertThat(vetoed.held(community(1))).isEmpty();
    assertThat(vetoed.changesOf(community(1))).extracting(StarChange::cause).endsWith(StarChange.Cause.FAILED_PERIODS,
        StarChange.Cause.VETO);
    assertThatThrownBy(() -> both.advanceStepwise(rate(2024, 10, 10, Fixed.ONE, 0), RATE, LocalDate.of(2025, 1, 10), 0))
        .isInstanceOf(org.grassroots.input.InvalidInputException.class).hasMessageContaining("maxStep");
  }

  @Test
  void aPublicityPeriodOfDaysIsKeptConfirmedNotBeforeItsEndObjectedNotAfter() {
    Change who = Change.of("street-office", "公示", Instant.parse("2025-01-11T00:00:00Z"));
    StarBook book = StarBook.empty(StarFixtures.DISTRICT, 1)
        .advance(rate(2024, 90, 90, Fixed.ONE, 0), RATE, LocalDate.of(2025, 1, 10))
        .publicity(1, Status.PUBLICISED, LocalDate.of(2025, 1, 11), who, 7)
        .publicity(2, Status.PUBLICISED, LocalDate.of(2025, 1, 11), who, 7);
    StarBook before = book;
    assertThatThrownBy(() -> before.publicity(1, Status.CONFIRMED, LocalDate.of(2025, 1, 17), who, 7))
        .isInstanceOf(org.grassroots.input.InvalidInputException.class)
        .hasMessageContaining("2025-01-17").hasMessageContaining("2025-01-18").hasMessageContaining("公示期");
    assertThatThrownBy(() -> before.publicity(2, Status.OBJECTED, LocalDate.of(2025, 1, 19), who, 7))
        .isInstanceOf(org.grassroots.input.InvalidInputException.class).hasMessageContaining("2025-01-19");
    assertThat(before.changes().get(0).publicity().status()).isEqualTo(Status.PUBLICISED); // nothing changed
    book = book.publicity(1, Status.CONFIRMED, LocalDate.of(2025, 1, 18), who, 7)
        .publicity(2, Status.OBJECTED, LocalDate.of(2025, 1, 18), who, 7);
    assertThat(book.confirmed(community(1))).containsExactly(PIONEER);
    assertThat(book.changes().get(1).publicity().status()).isEqualTo(Status.OBJECTED);
    // without a period (0 days) the same day confirms
    assertThat(before.publicity(1, Status.CONFIRMED, LocalDate.of(2025, 1, 11), who).confirmed(community(1)))
        .containsExactly(PIONEER);
  }
}

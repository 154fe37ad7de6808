package org.grassroots.stars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.stars.StarFixtures.PIONEER;
import static org.grassroots.stars.StarFixtures.SATISFIED;
import static org.grassroots.stars.StarFixtures.columns;
import static org.grassroots.stars.StarFixtures.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.grassroots.audit.Change;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.grassroots.stars.Publicity.Status;
import org.junit.jupiter.api.Test;

/** A publicity's status on a given day, its period's end, and confirmation when the period lapses without objection. */
class PublicityLapseTest {
  private static final Change WHO = Change.of("street-office", "公示", Instant.parse("2025-01-11T00:00:00Z"));
  private static final LocalDate JAN10 = LocalDate.of(2025, 1, 10);

  /** Two awards (pioneer, satisfied) proposed on 10 January 2025, both publicised on the 11th. */
  private static StarBook publicised() {
    StarRatings r = StarFixtures.named().compile().evaluate(columns(StarFixtures.tree(1), Period.year(2024),
        new long[][] {{90, 90, Fixed.ONE, 0}}));
    return StarBook.empty(StarFixtures.DISTRICT, 1).advance(r, WHO, JAN10)
        .publicity(1, Status.PUBLICISED, JAN10.plusDays(1), WHO, 7)
        .publicity(2, Status.PUBLICISED, JAN10.plusDays(1), WHO, 7);
  }

  @Test
  void theStatusOnADayIsTheLastStepReachedByThenAndThePeriodEndsDaysAfterPublicity() {
    Publicity p = publicised().publicity(2, Status.OBJECTED, JAN10.plusDays(3), WHO, 7)
        .changes().get(1).publicity();
    assertThat(p.on(JAN10.minusDays(1))).isEmpty();
    assertThat(p.on(JAN10)).map(Publicity.Step::status).contains(Status.PROPOSED);
    assertThat(p.on(JAN10.plusDays(2))).map(Publicity.Step::status).contains(Status.PUBLICISED);
    assertThat(p.on(JAN10.plusDays(30))).contains(new Publicity.Step(Status.OBJECTED, JAN10.plusDays(3)));
    assertThat(p.reached(Status.PUBLICISED)).contains(JAN10.plusDays(1));
    assertThat(p.reached(Status.CONFIRMED)).isEmpty();
    assertThat(p.ends(7)).contains(LocalDate.of(2025, 1, 18));
    assertThat(p.ends(0)).isEmpty();
    assertThat(Publicity.proposed(JAN10).ends(7)).isEmpty();
  }

  @Test
  void aChangeNotObjectedToIsConfirmedOnTheDayItsPeriodEndsAndTheStepIsAudited() {
    StarBook book = publicised().publicity(2, Status.OBJECTED, JAN10.plusDays(3), WHO, 7);
    StarBook early = book.confirmLapsed(LocalDate.of(2025, 1, 17), 7, WHO);
    assertThat(early.changes()).isEqualTo(book.changes()); // still within the period
    StarBook lapsed = book.confirmLapsed(LocalDate.of(2025, 2, 1), 7, WHO);
    assertThat(lapsed.changes().get(0).publicity().status()).isEqualTo(Status.CONFIRMED);
    assertThat(lapsed.changes().get(0).publicity().reached(Status.CONFIRMED)).contains(LocalDate.of(2025, 1, 18));
    assertThat(lapsed.changes().get(1).publicity().status()).isEqualTo(Status.OBJECTED); // objected: under review
    assertThat(lapsed.confirmed(community(1))).containsExactly(PIONEER);
    assertThat(lapsed.held(community(1))).containsExactly(PIONEER, SATISFIED);
    assertThat(lapsed.trail()).hasSize(book.trail().size() + 1);
    assertThat(lapsed.trail().get(lapsed.trail().size() - 1).after()).containsEntry("publicity", "CONFIRMED")
        .containsEntry("on", "2025-01-18");
    assertThat(book.confirmLapsed(LocalDate.of(2025, 2, 1), 0, WHO).changes()).isEqualTo(book.changes());
  }

  @Test
  void anIllegalStepAfterALapseIsRefusedNamingTheStatusAndTheStepInBothLanguages() {
    StarBook lapsed = publicised().confirmLapsed(LocalDate.of(2025, 2, 1), 7, WHO);
    assertThatThrownBy(() -> lapsed.publicity(1, Status.OBJECTED, LocalDate.of(2025, 2, 2), WHO, 7))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.getMessage(Locale.ENGLISH)).contains("CONFIRMED → OBJECTED", "starPublicity");
          assertThat(e.getMessage(Locale.CHINESE)).contains("CONFIRMED → OBJECTED", "不能流转");
        });
    assertThatThrownBy(() -> publicised().confirmLapsed(null, 7, WHO)).isInstanceOf(InvalidInputException.class);
    assertThat(lapsed.changes().get(1).publicity().status()).isEqualTo(Status.CONFIRMED);
  }
}

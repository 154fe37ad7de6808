package org.grassroots.resettlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class SigningProgressTest {
  static final String JINLINWAN = "金林湾花园返迁安置";
  static final LocalDate OPENED = LocalDate.of(2018, 6, 29);

  @Test
  void countsEachHouseholdOnceInsideTheWindowAndProjectOnly() {
    List<HandoverAgreement> signed = List.of(
        new HandoverAgreement("h1", JINLINWAN, OPENED),
        new HandoverAgreement("h2", JINLINWAN, OPENED.plusDays(29)),
        new HandoverAgreement("h1", JINLINWAN, OPENED.plusDays(3)), // re-signed: counts once
        new HandoverAgreement("h3", JINLINWAN, OPENED.plusDays(30)), // a day too late
        new HandoverAgreement("h4", JINLINWAN, OPENED.minusDays(1)), // before the window
        new HandoverAgreement("h5", "另一个项目", OPENED.plusDays(1)));
    SigningProgress p = SigningProgress.of(signed, JINLINWAN, OPENED, OPENED.plusDays(29));
    assertThat(p.households()).isEqualTo(2);
    assertThat(p.agreements()).isEqualTo(3);
    assertThat(p.days()).isEqualTo(30);
    assertThat(p.lastSigned()).contains(OPENED.plusDays(29));
    assertThat(SigningProgress.of(List.of(), JINLINWAN, OPENED, OPENED).lastSigned()).isEmpty();
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> SigningProgress.of(List.of(), JINLINWAN, OPENED, OPENED.minusDays(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("2018-06-28");
    assertThatThrownBy(() -> new HandoverAgreement("h 1", JINLINWAN, OPENED))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("handoverAgreement.household");
    assertThatThrownBy(() -> new HandoverAgreement("h1", " ", OPENED))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("handoverAgreement.project");
  }

  /** Splitting the window at any day splits the agreements exactly; households never exceed agreements. */
  @Property(tries = 200)
  void windowsAddUp(@ForAll @IntRange(min = 0, max = 59) int split, @ForAll @IntRange(min = 0, max = 80) int n) {
    List<HandoverAgreement> signed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      signed.add(new HandoverAgreement("h" + (i % 37), JINLINWAN, OPENED.plusDays(i * 7L % 60)));
    }
    LocalDate end = OPENED.plusDays(59);
    SigningProgress whole = SigningProgress.of(signed, JINLINWAN, OPENED, end);
    long right = split == 59 ? 0 : SigningProgress.of(signed, JINLINWAN, OPENED.plusDays(split + 1L), end).agreements();
    assertThat(SigningProgress.of(signed, JINLINWAN, OPENED, OPENED.plusDays(split)).agreements() + right)
        .isEqualTo(whole.agreements()).isEqualTo(n);
    assertThat(whole.households()).isLessThanOrEqualTo(whole.agreements()).isEqualTo(Math.min(n, 37));
  }
}

package org.grassroots.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void parsesEveryKindAndPrintsItBack() {
    assertThat(Period.parse("2024")).isEqualTo(Period.year(2024));
    assertThat(Period.parse("2024-H1")).isEqualTo(Period.half(2024, 1));
    assertThat(Period.parse("2024-Q3")).isEqualTo(Period.quarter(2024, 3));
    assertThat(Period.parse("2024-07")).isEqualTo(Period.month(2024, 7));
    for (String s : new String[] {"2024", "2024-H2", "2024-Q4", "2024-12", "2024-01"}) {
      assertThat(Period.parse(s).toString()).isEqualTo(s);
    }
  }

  @Test
  void refusesMalformedTextNamingIt() {
    for (String s : new String[] {"2024-H3", "2024-Q5", "2024-13", "2024-00", "24", "2024-7", "2024/Q1", ""}) {
      assertThatThrownBy(() -> Period.parse(s)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("period");
    }
  }

  @Test
  void knowsItsDaysAndNeighbours() {
    Period q3 = Period.quarter(2024, 3);
    assertThat(q3.start()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(q3.end()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(q3.contains(LocalDate.of(2024, 9, 30))).isTrue();
    assertThat(q3.contains(LocalDate.of(2024, 10, 1))).isFalse();
    assertThat(Period.half(2024, 1).previous()).isEqualTo(Period.half(2023, 2));
    assertThat(Period.month(2024, 12).next()).isEqualTo(Period.month(2025, 1));
    assertThat(Period.year(2024).previous()).isEqualTo(Period.year(2023));
    assertThat(Period.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void multiYearPeriodsParsePrintAndStepByTheirLength() {
    Period two = Period.parse("2023-2024");
    assertThat(two).isEqualTo(Period.years(2023, 2));
    assertThat(two.kind()).isEqualTo(PeriodKind.TWO_YEARS);
    assertThat(two.toString()).isEqualTo("2023-2024");
    assertThat(two.start()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(two.end()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(two.previous()).isEqualTo(Period.parse("2021-2022"));
    assertThat(two.next()).isEqualTo(Period.parse("2025-2026"));
    assertThat(Period.parse("2021-2025").kind()).isEqualTo(PeriodKind.FIVE_YEARS);
    assertThat(Period.parse("2022-2024").end()).isEqualTo(LocalDate.of(2024, 12, 31));
    // a longer period first when two start on the same day
    assertThat(two.compareTo(Period.year(2023))).isNegative();
    assertThat(Period.year(2023).compareTo(Period.half(2023, 1))).isNegative();
    for (String s : new String[] {"2024-2024", "2024-2023", "2021-2024", "2020-2030"}) {
      assertThatThrownBy(() -> Period.parse(s)).isInstanceOf(InvalidInputException.class).hasMessageContaining(s);
    }
  }
}

package org.grassroots.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.grassroots.input.Excerpt;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one gate for numbers read from outside: limits checked before any arithmetic. */
class DecimalsTest {
  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "0e-999999999", "-1E+999999999", "12345678901234567890",
      "0.00000000000000000000000000000000000000001"})
  void refusesHugeExponentsAndMagnitudesAsOutOfRange(String text) {
    assertThatThrownBy(() -> Decimals.parse("points", text))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> {
          InvalidInputException i = (InvalidInputException) e;
          assertThat(i.key()).isEqualTo("rules.numberOutOfRange");
          assertThat(i.field()).isEqualTo("points");
        })
        .hasMessageContaining("out of range").hasMessageContaining("超出范围");
  }

  @Test
  void fixedPointRefusesAHugeExponentBeforeScaling() {
    // before Decimals, setScale(4) of this allocated a billion-digit number (OutOfMemoryError)
    assertThatThrownBy(() -> Fixed.of("value", new BigDecimal("1e999999999")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("value");
    assertThatThrownBy(() -> Fixed.of("value", new BigDecimal("0e-999999999")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Fixed.parse("value", "1e-999999999"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aHugeUnscaledValueIsRefusedWithoutItsDigitsInTheMessage() {
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(200_000));
    assertThatThrownBy(() -> Decimals.check("value", huge))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(600));
  }

  @ParameterizedTest
  @ValueSource(strings = {"٣", "३", "１", "1٣", "９０.５", "12\u0660"})
  void refusesDigitsOfOtherScripts(String text) {
    assertThat(new BigDecimal(text).signum()).isPositive(); // the JDK would read them
    assertThatThrownBy(() -> Decimals.parse("value", text))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("rules.notANumber"));
    assertThatThrownBy(() -> Fixed.parse("value", text)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aMillionDigitNumberIsRefusedByItsLengthAndQuotedShort() {
    String digits = "7".repeat(1_000_000);
    assertThatThrownBy(() -> Decimals.parse("value", digits))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> {
          InvalidInputException i = (InvalidInputException) e;
          assertThat(i.key()).isEqualTo("rules.numberTooLong");
          assertThat(i.shownValue().length()).isLessThanOrEqualTo(Excerpt.MAX + 12);
          assertThat(e.getMessage().length()).isLessThan(500);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2", "89.995", "1e5", "1.5E+3", "9223372036854775807", " 42 ", "0.0001",
      "0.0000000000000000000000000000000000000001"})
  void acceptsOrdinaryNumbersUnchanged(String text) {
    assertThat(Decimals.parse("value", text)).isEqualByComparingTo(new BigDecimal(text.strip()));
  }

  @Test
  void fixedPointStillReadsExactly() {
    assertThat(Fixed.parse("value", "89.995")).isEqualTo(899_950L);
    assertThat(Fixed.parse("value", "1e2")).isEqualTo(1_000_000L);
  }

  @Test
  void excerptKeepsShortTextAndCutsLongText() {
    assertThat(Excerpt.of("short")).isEqualTo("short");
    String cut = Excerpt.of("/a/very/long/folder/".repeat(500) + "yungang.ruleset.yaml");
    assertThat(cut).startsWith("/a/very/long/folder/").endsWith("ang.ruleset.yaml [10020]")
        .hasSizeLessThanOrEqualTo(Excerpt.MAX + 10);
    for (String pairs : new String[] {"😀".repeat(100), "a" + "😀".repeat(100) + "a"}) {
      String c = Excerpt.of(pairs);
      int dots = c.indexOf('…');
      assertThat(Character.isHighSurrogate(c.charAt(dots - 1))).as(c).isFalse();
      assertThat(Character.isLowSurrogate(c.charAt(dots + 1))).as(c).isFalse();
    }
  }
}

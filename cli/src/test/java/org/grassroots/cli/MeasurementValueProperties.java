package org.grassroots.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.input.InvalidInputException;
import org.grassroots.rules.Fixed;

/** A measurement's value is read exactly as {@link Fixed#of(String, BigDecimal)} reads it, or refused as it is. */
class MeasurementValueProperties {
  @Property(tries = 2000)
  void aValueIsReadAsFixedReadsItOrRefusedLikeIt(@ForAll long unscaled, @ForAll @IntRange(min = -6, max = 12) int scale,
      @ForAll @IntRange(min = 0, max = 4) int trailingZeros) {
    BigDecimal d = new BigDecimal(BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(trailingZeros)),
        scale + trailingZeros);
    String text = d.toString(); // plain or with an exponent, as BigDecimal writes it
    long expected;
    try {
      expected = Fixed.of("value", d);
    } catch (InvalidInputException e) {
      assertThatThrownBy(() -> MeasurementsCsv.value("m.csv", 2, text)).isInstanceOf(CsvInputException.class)
          .hasMessageContaining("m.csv:2");
      return;
    }
    assertThat(MeasurementsCsv.value("m.csv", 2, text)).isEqualTo(expected);
  }

  @Property(tries = 500)
  void shortDecimalsAreReadExactly(@ForAll @IntRange(min = -100_000, max = 100_000) int whole,
      @ForAll @IntRange(min = 0, max = 9999) int fraction) {
    String text = whole + "." + String.format("%04d", fraction);
    long sign = text.startsWith("-") ? -1 : 1;
    assertThat(MeasurementsCsv.value("m.csv", 2, text)).isEqualTo(Fixed.of(whole) + sign * fraction);
  }
}

package org.grassroots.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class FixedAndRoundingTest {
  @Test
  void parsesExactlyAndRefusesMorePlaces() {
    assertThat(Fixed.parse("89.995")).isEqualTo(899_950L);
    assertThat(Fixed.parse("90")).isEqualTo(900_000L);
    assertThat(Fixed.parse("89.995")).isLessThan(Fixed.parse("90"));
    assertThat(Fixed.format(899_950L)).isEqualTo("89.995");
    assertThat(Fixed.format(900_000L)).isEqualTo("90");
    assertThatThrownBy(() -> Fixed.parse("score", "89.99951")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("score").hasMessageContaining("89.99951");
    assertThatThrownBy(() -> Fixed.parse("score", "abc")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void roundsHalvesAsDeclared() {
    assertThat(Rounding.HALF_UP.divide(5, 2)).isEqualTo(3);
    assertThat(Rounding.HALF_DOWN.divide(5, 2)).isEqualTo(2);
    assertThat(Rounding.HALF_EVEN.divide(5, 2)).isEqualTo(2);
    assertThat(Rounding.HALF_EVEN.divide(7, 2)).isEqualTo(4);
    assertThat(Rounding.HALF_UP.divide(-5, 2)).isEqualTo(-3);
    assertThat(Rounding.FLOOR.divide(-1, 3)).isEqualTo(-1);
    assertThat(Rounding.CEILING.divide(1, 3)).isEqualTo(1);
    assertThat(Rounding.DOWN.divide(-5, 3)).isEqualTo(-1);
    assertThat(Rounding.UP.divide(-5, 3)).isEqualTo(-2);
    assertThatThrownBy(() -> Rounding.DOWN.divide(1, 0)).isInstanceOf(InvalidInputException.class);
  }

  @Property
  void everyRoundingAgreesWithBigDecimal(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long n,
      @ForAll @LongRange(min = -100_000L, max = 100_000L) long d) {
    if (d == 0) {
      return;
    }
    for (Rounding r : Rounding.values()) {
      long expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 0, RoundingMode.valueOf(r.name()))
          .longValueExact();
      assertThat(r.divide(n, d)).as("%s %d/%d", r, n, d).isEqualTo(expected);
    }
  }

  @Property
  void everyRoundingAgreesWithBigDecimalAtTheLimitsOfLong(@ForAll long n, @ForAll long d) {
    long[] limits = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -2, -1, 1, 2, Long.MAX_VALUE - 1, Long.MAX_VALUE};
    for (long num : new long[] {n, limits[(int) Math.floorMod(n, 8L)]}) {
      for (long den : new long[] {d, limits[(int) Math.floorMod(d, 8L)], d / 2 * 2, 10_000}) {
        if (den == 0) {
          continue;
        }
        for (Rounding r : Rounding.values()) {
          BigDecimal exact = new BigDecimal(num).divide(new BigDecimal(den), 0, RoundingMode.valueOf(r.name()));
          if (exact.toBigIntegerExact().bitLength() < 64) { // MIN_VALUE / -1 does not fit a long
            assertThat(r.divide(num, den)).as("%s %d/%d", r, num, den).isEqualTo(exact.longValueExact());
          }
        }
      }
    }
  }
}

package org.grassroots.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * A mode's divider for column loops ({@link Rounding#divider}) divides as {@link Rounding#divide}
 * does, for every mode, numerator and denominator, at and around every place where the rounding
 * changes: the multiples of the denominator and the halves between them, on both sides of zero,
 * where adding the bias overflows, and at the ends of {@code long}.
 */
class RoundingDividerProperties {
  /** Denominators a rule divides by (1, small primes, a fixed-point 1, widths, targets) and awkward ones. */
  private static final long[] DENOMINATORS = {1, 2, 3, 4, 5, 7, 10, 641, 10_000, 20_000, 750_000, 800_000,
      1L << 32, (1L << 32) + 1, 6_700_417, 1L << 62, (1L << 62) + 1, Long.MAX_VALUE / 2, Long.MAX_VALUE - 1,
      Long.MAX_VALUE};

  @Property(tries = 300)
  void equalsRoundingDivideAtAndAroundEveryMultipleAndHalf(@ForAll long seed) {
    Random rnd = new Random(seed);
    long d = rnd.nextInt(3) == 0 ? DENOMINATORS[rnd.nextInt(DENOMINATORS.length)] : denominator(rnd);
    for (Rounding r : Rounding.values()) {
      for (int i = 0; i < 40; i++) {
        long k = switch (rnd.nextInt(4)) { // a quotient
          case 0 -> rnd.nextInt(21) - 10;
          case 1 -> rnd.nextInt();
          default -> rnd.nextLong() / d;
        };
        long base = k * d; // a multiple (wrapping far out is a numerator like any other)
        for (long off : new long[] {0, 1, -1, d / 2, d / 2 + 1, d / 2 - 1, d - d / 2, -(d / 2), -(d / 2) - 1,
            -(d - d / 2), d - 1, -(d - 1)}) {
          check(r, base + off, d);
          check(r, base + off, -d);
        }
      }
    }
  }

  @Property(tries = 300)
  void equalsRoundingDivideForAnyNumeratorAndDenominator(@ForAll long n, @ForAll long d) {
    for (Rounding r : Rounding.values()) {
      for (long den : new long[] {d, Math.abs(d % 1_000_000), d >>> 1, d >>> 40}) {
        for (long num : new long[] {n, n >>> 1, n >> 40, Long.MAX_VALUE - Math.abs(n % 1_000_000)}) {
          check(r, num, den);
        }
      }
    }
  }

  @Test
  void theEndsOfLongTheOverflowingBiasAndTheSmallNumbers() {
    long[] numerators = {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE + 2, -3, -2, -1, 0, 1, 2, 3,
        Long.MAX_VALUE - 2, Long.MAX_VALUE - 1, Long.MAX_VALUE, -5_000, 5_000, -15_000, 15_000, 25_000, -25_000};
    for (Rounding r : Rounding.values()) {
      for (long d : DENOMINATORS) {
        for (long den : new long[] {d, -d, d == Long.MAX_VALUE ? Long.MIN_VALUE : -d - 1, 0}) {
          for (long n : numerators) {
            check(r, n, den);
          }
          if (den != 0) {
            for (long below : new long[] {0, 1, 2, 3, d / 2 - 2, d / 2 - 1, d / 2, d / 2 + 1, d - 2, d - 1, d}) {
              check(r, Long.MAX_VALUE - Math.max(0, below), den); // where numerator + bias overflows
            }
          }
        }
      }
      for (long n = -60_000; n <= 60_000; n++) {
        check(r, n, 10_000);
        check(r, n, 7);
        check(r, n, 2);
        check(r, n, 1);
      }
    }
  }

  @Test
  void dividesExactlyAsBigDecimalRounds() {
    for (Rounding r : Rounding.values()) {
      assertThat(r.divider()).isSameAs(r.divider()); // one per mode: a column does not allocate one
      for (long d : DENOMINATORS) {
        for (long n : new long[] {0, d / 2, d + d / 2, 3 * (d / 2), d / 2 + 1, Long.MAX_VALUE}) {
          long expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 0, RoundingMode.valueOf(r.name()))
              .longValueExact();
          assertThat(r.divider().divide(n, d)).as("%s %d/%d", r, n, d).isEqualTo(expected);
        }
      }
    }
    assertThat(Rounding.HALF_EVEN.divider().divide(25_000, 10_000)).isEqualTo(2);
    assertThat(Rounding.HALF_EVEN.divider().divide(35_000, 10_000)).isEqualTo(4);
    assertThat(Rounding.HALF_DOWN.divider().divide(25_000, 10_000)).isEqualTo(2);
    assertThat(Rounding.HALF_UP.divider().divide(25_000, 10_000)).isEqualTo(3);
    assertThat(Rounding.UP.divider().divide(10_001, 10_000)).isEqualTo(2);
  }

  @Test
  void aZeroDenominatorIsRefusedAsByRoundingDivide() {
    assertThatThrownBy(() -> Rounding.HALF_UP.divider().divide(42, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("denominator").hasMessageContaining("42");
    assertThatThrownBy(() -> Rounding.DOWN.divider().divide(-42, 0)).isInstanceOf(InvalidInputException.class);
  }

  private static long denominator(Random rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> 1 + rnd.nextInt(100);
      case 1 -> 1 + rnd.nextInt(Integer.MAX_VALUE);
      case 2 -> 1L + (rnd.nextLong() >>> (1 + rnd.nextInt(63))); // every size of long
      default -> 2 * (1 + rnd.nextInt(1_000_000)); // even: exact halves
    };
  }

  /** The divider against {@link Rounding#divide}: the same value, or the same exception. */
  private static void check(Rounding r, long n, long d) {
    long expected;
    try {
      expected = r.divide(n, d);
    } catch (RuntimeException e) { // a zero denominator; MIN_VALUE / -1
      assertThatThrownBy(() -> r.divider().divide(n, d)).isInstanceOf(e.getClass()).hasMessage(e.getMessage());
      return;
    }
    long actual = r.divider().divide(n, d);
    if (actual != expected) { // assertj only to report: this runs millions of times
      assertThat(actual).as("%s %d/%d", r, n, d).isEqualTo(expected);
    }
  }
}

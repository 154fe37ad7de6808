package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;

/**
 * {@link RollUp#sums} (differences of prefix sums where no sum can overflow, else by parents)
 * against the rule read literally: the sum of the members' values over {@code [i, subtreeEnd(i))},
 * in {@code BigInteger}; where that sum or a partial one leaves {@code long}, the roll-up throws.
 * Values range from small to the limits of {@code long}, so both the fast and the exact path run and
 * the boundary between them (every magnitude times the member count against 2^62) is crossed.
 */
class RollUpSumProperties {

  private static long value(Random rnd, int magnitudeBits) {
    return switch (rnd.nextInt(6)) {
      case 0 -> Long.MAX_VALUE - rnd.nextInt(3);
      case 1 -> Long.MIN_VALUE + rnd.nextInt(3);
      case 2 -> (1L << magnitudeBits) - rnd.nextInt(2);
      case 3 -> -(1L << magnitudeBits) + rnd.nextInt(2);
      default -> rnd.nextLong() >> (63 - magnitudeBits);
    };
  }

  @Property(tries = 400)
  void sumsEqualTheSubtreeSumsOfTheMembersOrThrowOnOverflow(@ForAll @IntRange(min = 1, max = 80) int size,
      @ForAll @IntRange(min = 0, max = 62) int magnitudeBits, @ForAll @IntRange(min = 0, max = 20) int extremePercent,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    TreeSnapshot tree = RollUpExplanationProperties.randomTree(rnd, size);
    int[] members = tree.positionsOf(OrgKind.COMMUNITY);
    long[] a = new long[tree.size()];
    long[] b = new long[tree.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = rnd.nextInt(100) < extremePercent ? value(rnd, 62) : value(rnd, magnitudeBits) >> 1;
      b[i] = rnd.nextLong() >> (63 - magnitudeBits);
    }
    for (long[] values : List.of(a, b)) {
      BigInteger[] expected = new BigInteger[tree.size()];
      boolean overflows = false;
      for (int i = 0; i < tree.size(); i++) {
        BigInteger s = BigInteger.ZERO;
        for (int q : members) {
          if (tree.isWithin(q, i)) {
            s = s.add(BigInteger.valueOf(values[q]));
          }
        }
        expected[i] = s;
        overflows |= s.bitLength() > 63;
      }
      if (overflows) { // a sum that leaves long is never returned wrapped
        assertThatThrownBy(() -> RollUp.sum(tree, values, members)).isInstanceOf(ArithmeticException.class);
        continue;
      }
      RollUp.Column sum;
      try {
        sum = RollUp.sum(tree, values, members);
      } catch (ArithmeticException partialOverflow) {
        continue; // a partial sum (children in order) left long although every subtree's sum fits: allowed
      }
      for (int i = 0; i < tree.size(); i++) {
        assertThat(sum.value(i)).as("position %d", i).isEqualTo(expected[i].longValueExact());
      }
      assertThat(RollUp.sums(tree, List.of(values, values), members, Runnable::run).get(1).values())
          .containsExactly(sum.values());
    }
  }
}

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
import org.grassroots.rules.Rounding;

/**
 * {@link RollUp#sums} (differences of running sums over the runs of members where no sum can
 * overflow, else by parents) against the rule read literally: the sum of the members' values over
 * {@code [i, subtreeEnd(i))}, in {@code BigInteger}; where that sum or a partial one leaves {@code
 * long}, the roll-up throws. The means are held to the literal sum divided by the literal count at
 * every position (a leaf member's is its own value), and every column to its own full arrays.
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
      @ForAll long seed, @ForAll Rounding rounding) {
    Random rnd = new Random(seed);
    TreeSnapshot tree = RollUpExplanationProperties.randomTree(rnd, size);
    int[] members = tree.positionsOf(OrgKind.COMMUNITY);
    long[] a = new long[tree.size()];
    long[] b = new long[tree.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = rnd.nextInt(100) < extremePercent ? value(rnd, 62) : value(rnd, magnitudeBits) >> 1;
      b[i] = rnd.nextLong() >> (63 - magnitudeBits);
    }
    long[] small = new long[tree.size()];
    for (int i = 0; i < small.length; i++) {
      small[i] = rnd.nextInt(1 << 20) - (1 << 19);
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
        assertThatThrownBy(() -> RollUp.sums(tree, List.of(small, values, small, small), members))
            .isInstanceOf(ArithmeticException.class);
        continue;
      }
      RollUp.Column sum;
      try {
        sum = RollUp.sum(tree, values, members);
      } catch (ArithmeticException partialOverflow) {
        continue; // a partial sum (children in order) left long although every subtree's sum fits: allowed
      }
      RollUp.Column mean = RollUp.mean(tree, values, members, rounding);
      long[] given = values.clone();
      long[] everySum = sum.values();
      int[] everyCount = sum.counts();
      for (int i = 0; i < tree.size(); i++) {
        int count = 0;
        for (int q : members) {
          count += tree.isWithin(q, i) ? 1 : 0;
        }
        long literal = expected[i].longValueExact();
        assertThat(sum.value(i)).as("position %d", i).isEqualTo(literal).isEqualTo(everySum[i]);
        assertThat(sum.count(i)).as("count at %d", i).isEqualTo(count).isEqualTo(everyCount[i]);
        // a leaf member's mean is its own value; an inner unit's is its sum divided and rounded
        assertThat(mean.value(i)).as("mean at %d", i).isEqualTo(count == 0 ? 0 : rounding.divide(literal, count));
      }
      // four columns per pass, then the rest one by one; a column that might overflow sums by parents
      // alone while the others of its four keep the fast path
      List<RollUp.Column> five = RollUp.sums(tree, List.of(values, small, values, small, values), members,
          Runnable::run);
      for (int k = 0; k < 5; k++) {
        assertThat(five.get(k).values()).as("column %d of five", k)
            .containsExactly(k % 2 == 0 ? everySum : RollUp.sum(tree, small, members).values());
      }
      // a column is immutable: it kept a copy of the values, and hands out copies
      java.util.Arrays.fill(values, 7);
      everySum[0] ^= 1;
      assertThat(sum.values()).containsExactly(RollUp.sum(tree, given, members).values());
      assertThat(mean.values()).containsExactly(RollUp.mean(tree, given, members, rounding).values());
      System.arraycopy(given, 0, values, 0, given.length);
    }
  }
}

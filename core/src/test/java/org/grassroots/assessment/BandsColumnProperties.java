package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.Boundary;
import org.grassroots.rules.Bound;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.ScoringMethod;

/**
 * The bands column in its step form against the declared rule read literally (the first band in
 * declared order that contains the value, else {@code otherwise}), for band lists the generated
 * rulesets of {@link EngineProperties} never hold: out of order, overlapping, with gaps, empty, one
 * to seven bands, and ends at the limits of {@code long}.
 */
class BandsColumnProperties {
  private static final TreeSnapshot TREE = Fixtures.streets(1, 1);
  private static final long[] EXTREMES = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1,
      Long.MAX_VALUE};

  @Property(tries = 500)
  void theColumnGivesThePointsOfTheFirstDeclaredBandHoldingEachValue(@ForAll long seed) {
    Random rnd = new Random(seed);
    List<ScoringMethod.Band> bands = new ArrayList<>();
    int count = 1 + rnd.nextInt(7);
    for (int b = 0; b < count; b++) {
      bands.add(new ScoringMethod.Band(end(rnd), end(rnd), rnd.nextInt(9) * 5_000L - 10_000, ""));
    }
    ScoringMethod.Bands method = new ScoringMethod.Bands(bands, rnd.nextInt(3) * 10_000L);
    TreeSet<Long> probes = new TreeSet<>();
    for (long e : EXTREMES) {
      probes.add(e);
    }
    for (ScoringMethod.Band band : bands) {
      band.lower().ifPresent(l -> around(l.value(), probes));
      band.upper().ifPresent(u -> around(u.value(), probes));
    }
    long[] x = probes.stream().mapToLong(Long::longValue).toArray();
    int[] subjects = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      subjects[i] = i;
    }
    ScoringColumn column = ScoringColumn.compile(method, 0, Map.of(IndicatorId.of("x"), 0), new ArrayList<>());
    long[] out = new long[x.length];
    RunState st = new RunState(TREE, subjects, new long[][] {x}, 0);
    column.scoreColumn(x, subjects, st, out);
    for (int i = 0; i < x.length; i++) {
      long expected = method.otherwise();
      for (ScoringMethod.Band band : bands) {
        if (band.contains(x[i])) {
          expected = band.points();
          break;
        }
      }
      assertThat(out[i]).as("%s at %d", bands, x[i]).isEqualTo(expected);
      assertThat(column.score(x[i], i, st, Trace.recording())).as("single value at %d", x[i]).isEqualTo(expected);
    }
  }

  /** An absent end, an end at a limit of {@code long}, or one of a few nearby values, inclusive or not. */
  private static Optional<Bound> end(Random rnd) {
    if (rnd.nextInt(5) == 0) {
      return Optional.empty();
    }
    long v = rnd.nextInt(6) == 0 ? EXTREMES[rnd.nextInt(EXTREMES.length)] : rnd.nextInt(40) * 5_000L - 50_000;
    return Optional.of(new Bound(v, rnd.nextBoolean() ? Boundary.INCLUSIVE : Boundary.EXCLUSIVE));
  }

  private static void around(long v, TreeSet<Long> probes) {
    for (long d = -2; d <= 2; d++) {
      long p = v + d;
      if ((d < 0 && p < v) || (d >= 0 && p >= v)) { // no wrap-around past the limits of long
        probes.add(p);
      }
    }
  }
}

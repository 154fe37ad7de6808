package org.grassroots.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.TieBreak;

/**
 * Places within a peer group ({@link Ranking#placeGroup}, counted for small groups) equal the
 * places of the sorted group ({@link Ranking#sort} then {@link Ranking#placesInOrder}), for groups
 * with many ties around the size where counting gives way to sorting, every tie-break, both
 * directions, keys around ±2^62 (where competition places switch from a plain difference to one
 * that cannot overflow) and at the extremes of {@code long}.
 */
class GroupPlacesProperties {

  /** One random group: its members under several parents, in a random order, and their keys. */
  record Group(TreeSnapshot tree, int[] members, long[] keys, long[] second) {}

  @Provide
  Arbitrary<Group> groups() {
    Arbitrary<Integer> size = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 8),
        Arbitraries.integers().between(Ranking.COUNTED_GROUP_MAX - 3, Ranking.COUNTED_GROUP_MAX + 3));
    Arbitrary<Integer> distinctKeys = Arbitraries.integers().between(1, 6);
    return Combinators.combine(size, distinctKeys, Arbitraries.longs(), Arbitraries.of(Keys.values()))
        .as(GroupPlacesProperties::group);
  }

  /**
   * The keys of a group: small, with the extremes of {@code long}, or around ±2^62, where counting
   * switches between a plain difference and one that may overflow.
   */
  enum Keys { SMALL, EXTREMES, AROUND_2_62 }

  private static final long[] AROUND_2_62 = {1L << 62, -(1L << 62) - 1, 0, -1, (1L << 62) - 1, -(1L << 62)};

  private static Group group(int size, int distinctKeys, long seed, Keys kind) {
    Random rnd = new Random(seed);
    TreeSnapshot.Builder b = TreeSnapshot.builder(size + 4);
    OrgUnitId root = OrgUnitId.of("root");
    b.add(root, null, OrgKind.STREET);
    for (int p = 0; p < 3; p++) {
      b.add(OrgUnitId.of("p" + p), root, OrgKind.COMMUNITY);
    }
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      ids.add("u" + (char) ('a' + rnd.nextInt(26)) + k);
    }
    for (String id : ids) { // ids out of step with the parents, so pre-order is not id order
      b.add(OrgUnitId.of(id), OrgUnitId.of("p" + rnd.nextInt(3)), OrgKind.BUILDING_GROUP);
    }
    TreeSnapshot tree = b.build();
    List<Integer> members = new ArrayList<>();
    for (int pos = 0; pos < tree.size(); pos++) {
      if (tree.kind(pos).equals(OrgKind.BUILDING_GROUP)) {
        members.add(pos);
      }
    }
    Collections.shuffle(members, rnd);
    long[] pool = new long[distinctKeys];
    for (int k = 0; k < distinctKeys; k++) {
      pool[k] = switch (kind) {
        case SMALL -> rnd.nextInt(5) - 2;
        case EXTREMES -> k < 2 ? (k == 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : rnd.nextInt(5) - 2;
        case AROUND_2_62 -> AROUND_2_62[rnd.nextInt(AROUND_2_62.length)];
      };
    }
    long[] keys = new long[tree.size()];
    long[] second = new long[tree.size()];
    for (int pos : members) {
      keys[pos] = pool[rnd.nextInt(distinctKeys)];
      second[pos] = rnd.nextInt(3);
    }
    return new Group(tree, members.stream().mapToInt(Integer::intValue).toArray(), keys, second);
  }

  @Provide
  Arbitrary<TieBreak> tieBreaks() {
    return Arbitraries.of(TieBreak.competition(), TieBreak.dense(), TieBreak.ordinalById(),
        TieBreak.ordinal(IndicatorId.of("second")));
  }

  @Property(tries = 400)
  void countedPlacesEqualSortedPlaces(
      @ForAll("groups") Group g, @ForAll("tieBreaks") TieBreak tieBreak, @ForAll boolean higherFirst) {
    long[] second = tieBreak.secondKey().isPresent() ? g.second() : null;
    int[] members = g.members().clone();
    int[] placeOut = new int[g.tree().size()];
    Ranking.placeGroup(g.tree(), members, 0, members.length, g.keys(), higherFirst, tieBreak, second,
        placeOut, new long[2 * Ranking.COUNTED_GROUP_MAX]);

    int[] sorted = g.members().clone();
    Ranking.sort(g.tree(), sorted, 0, sorted.length, g.keys(), higherFirst, tieBreak, second);
    int[] places = Ranking.placesInOrder(sorted, 0, sorted.length, g.keys(), tieBreak.mode());
    int[] expected = new int[g.tree().size()];
    for (int k = 0; k < sorted.length; k++) {
      expected[sorted[k]] = places[k];
    }
    assertThat(placeOut).containsExactly(expected);
    assertThat(members).containsExactly(g.members());
  }
}

package org.grassroots.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.grassroots.district.DistrictId;
import org.grassroots.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class TreeSnapshotTest {
  private static final OrgKind[] KINDS = {OrgKind.STREET_COMMITTEE, OrgKind.COMMUNITY_ORG, OrgKind.GRID_BRANCH};

  /**
   * A random forest, as a model: node {@code i}'s parent is {@code parent[i] < i} or -1, its id
   * {@code "n" + idNumber[i]} (so id order is unrelated to creation order), and the snapshot is
   * fed the nodes in {@code inputOrder}.
   */
  record Forest(int n, int[] parent, List<Integer> idNumber, List<Integer> inputOrder, long[] values) {
    OrgUnitId id(int i) {
      return OrgUnitId.of("n" + idNumber.get(i));
    }

    OrgKind kind(int i) {
      return KINDS[idNumber.get(i) % KINDS.length];
    }

    int nodeOf(OrgUnitId id) {
      return idNumber.indexOf(Integer.parseInt(id.value().substring(1)));
    }

    /** True when {@code a} is a proper ancestor of {@code x}, by walking parent links. */
    boolean walkUnder(int x, int a) {
      for (int p = parent[x]; p >= 0; p = parent[p]) {
        if (p == a) {
          return true;
        }
      }
      return false;
    }

    int walkDepth(int x) {
      int d = 0;
      for (int p = parent[x]; p >= 0; p = parent[p]) {
        d++;
      }
      return d;
    }

    TreeSnapshot build(List<Integer> order) {
      TreeSnapshot.Builder b = TreeSnapshot.builder(n);
      for (int i : order) {
        b.add(id(i), parent[i] < 0 ? null : id(parent[i]), kind(i));
      }
      return b.build();
    }
  }

  @Provide
  Arbitrary<Forest> forests() {
    return Arbitraries.integers().between(1, 60).flatMap(n -> {
      List<Integer> range = IntStream.range(0, n).boxed().toList();
      return Combinators.combine(
              Arbitraries.integers().between(0, 1_000_000).list().ofSize(n),
              Arbitraries.shuffle(range),
              Arbitraries.shuffle(range),
              Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).array(long[].class).ofSize(n))
          .as((raw, ids, order, values) -> {
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
              parent[i] = raw.get(i) % (i + 1) - 1; // uniform over -1 .. i-1: never a cycle
            }
            return new Forest(n, parent, ids, order, values);
          });
    });
  }

  @Property(tries = 300)
  void preOrderLayoutMatchesTheParentWalk(@ForAll("forests") Forest f) {
    TreeSnapshot s = f.build(f.inputOrder());
    assertThat(s.size()).isEqualTo(f.n());
    for (int x = 0; x < s.size(); x++) {
      int node = f.nodeOf(s.id(x));
      assertThat(s.kind(x)).isEqualTo(f.kind(node));
      int p = s.parent(x);
      if (f.parent()[node] < 0) {
        assertThat(p).isEqualTo(-1);
        assertThat(s.depth(x)).isZero();
      } else {
        assertThat(p).isLessThan(x);
        assertThat(s.id(p)).isEqualTo(f.id(f.parent()[node]));
        assertThat(s.depth(x)).isEqualTo(s.depth(p) + 1);
      }
      assertThat(s.depth(x)).isEqualTo(f.walkDepth(node));
      assertThat(s.require(s.id(x))).isEqualTo(x);
      assertThat(s.indexOf(s.id(x))).contains(x);
    }
  }

  @Property(tries = 300)
  void isUnderEqualsWalkingTheParentChainAndSubtreesAreContiguous(@ForAll("forests") Forest f) {
    TreeSnapshot s = f.build(f.inputOrder());
    for (int y = 0; y < s.size(); y++) {
      int ny = f.nodeOf(s.id(y));
      for (int x = 0; x < s.size(); x++) {
        boolean under = f.walkUnder(f.nodeOf(s.id(x)), ny);
        assertThat(s.isUnder(x, y)).as("%s under %s", s.id(x), s.id(y)).isEqualTo(under);
        assertThat(s.isWithin(x, y)).isEqualTo(under || x == y);
        // the subtree of y is exactly [y, subtreeEnd(y))
        assertThat(x >= y && x < s.subtreeEnd(y)).isEqualTo(under || x == y);
      }
    }
  }

  @Property(tries = 300)
  void rollUpSumEqualsABruteForceSum(@ForAll("forests") Forest f) {
    TreeSnapshot s = f.build(f.inputOrder());
    long[] values = new long[s.size()];
    for (int x = 0; x < s.size(); x++) {
      values[x] = f.values()[f.nodeOf(s.id(x))];
    }
    long[] sum = s.rollUpSum(values);
    for (int y = 0; y < s.size(); y++) {
      int ny = f.nodeOf(s.id(y));
      long brute = f.values()[ny];
      for (int node = 0; node < f.n(); node++) {
        if (f.walkUnder(node, ny)) {
          brute += f.values()[node];
        }
      }
      assertThat(sum[y]).isEqualTo(brute);
    }
    assertThat(values).isEqualTo(IntStream.range(0, s.size()).mapToLong(x -> f.values()[f.nodeOf(s.id(x))]).toArray());
  }

  @Property(tries = 300)
  void childrenAreTheModelsChildrenInIdOrder(@ForAll("forests") Forest f) {
    TreeSnapshot s = f.build(f.inputOrder());
    List<OrgUnitId> roots = new ArrayList<>();
    for (int x = 0; x < s.size(); x++) {
      int node = f.nodeOf(s.id(x));
      List<OrgUnitId> expected = new ArrayList<>();
      for (int c = 0; c < f.n(); c++) {
        if (f.parent()[c] == node) {
          expected.add(f.id(c));
        }
      }
      expected.sort(null);
      List<OrgUnitId> actual = IntStream.of(s.children(x)).mapToObj(s::id).toList();
      assertThat(actual).isEqualTo(expected);
      if (s.parent(x) < 0) {
        roots.add(s.id(x));
      }
    }
    assertThat(roots).isSorted();
    for (OrgKind k : KINDS) {
      int[] at = s.positionsOf(k);
      assertThat(at).isSorted();
      assertThat(at.length).isEqualTo((int) IntStream.range(0, f.n()).filter(i -> f.kind(i).equals(k)).count());
      for (int x : at) {
        assertThat(s.kind(x)).isEqualTo(k);
      }
    }
  }

  @Property(tries = 200)
  void layoutDoesNotDependOnInputOrder(@ForAll("forests") Forest f) {
    TreeSnapshot a = f.build(f.inputOrder());
    TreeSnapshot b = f.build(IntStream.range(0, f.n()).boxed().toList());
    assertThat(a.ids()).isEqualTo(b.ids());
    assertThat(a.parents()).isEqualTo(b.parents());
    for (int x = 0; x < a.size(); x++) {
      assertThat(a.subtreeEnd(x)).isEqualTo(b.subtreeEnd(x));
      assertThat(a.depth(x)).isEqualTo(b.depth(x));
    }
  }

  @Property(tries = 200)
  void aCycleIsRefused(@ForAll("forests") Forest f, @ForAll @IntRange(min = 0, max = 1_000_000) int pick) {
    // re-hang node x under a node of its own subtree (itself included): a cycle
    int x = pick % f.n();
    List<Integer> inSubtree = new ArrayList<>();
    for (int c = 0; c < f.n(); c++) {
      if (c == x || f.walkUnder(c, x)) {
        inSubtree.add(c);
      }
    }
    int[] parent = f.parent().clone();
    parent[x] = inSubtree.get(pick % inSubtree.size());
    Forest cyclic = new Forest(f.n(), parent, f.idNumber(), f.inputOrder(), f.values());
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> cyclic.build(cyclic.inputOrder()));
    assertThat(e).isNotNull();
    assertThat(e.key()).isEqualTo("hierarchy.cycleInSnapshot");
    assertThat(e.shownValue()).isEqualTo(Integer.toString(inSubtree.size()));
  }

  @Property(tries = 100)
  void aDuplicateIdIsRefused(@ForAll("forests") Forest f) {
    TreeSnapshot.Builder b = TreeSnapshot.builder(f.n() + 1);
    for (int i : f.inputOrder()) {
      b.add(f.id(i), f.parent()[i] < 0 ? null : f.id(f.parent()[i]), f.kind(i));
    }
    b.add(f.id(0), null, OrgKind.DISTRICT);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, b::build);
    assertThat(e.key()).isEqualTo("hierarchy.duplicateInSnapshot");
    assertThat(e.shownValue()).isEqualTo(f.id(0).value());
  }

  @Test
  void aParentOutsideTheSnapshotMakesARoot() {
    DistrictId d = DistrictId.of("songyu");
    LocalDate on = LocalDate.of(2021, 1, 1);
    TreeSnapshot s = TreeSnapshot.of(List.of(
        OrgUnit.establish(d, OrgUnitId.of("c2"), OrgKind.COMMUNITY_ORG, "海发社区", OrgUnitId.of("street"), on),
        OrgUnit.establish(d, OrgUnitId.of("c1"), OrgKind.COMMUNITY_ORG, "吴冠社区", OrgUnitId.of("street"), on),
        OrgUnit.establish(d, OrgUnitId.of("b1"), OrgKind.BUILDING_GROUP, "1号楼", OrgUnitId.of("c2"), on)));
    assertThat(s.ids()).extracting(OrgUnitId::value).containsExactly("c1", "c2", "b1");
    assertThat(s.parents()).containsExactly(-1, -1, 1);
    assertThat(s.subtreeEnd(1)).isEqualTo(3);
    assertThat(s.indexOf(OrgUnitId.of("street"))).isEmpty();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> s.require(OrgUnitId.of("street")));
    assertThat(e.key()).isEqualTo("hierarchy.notInSnapshot");
    assertThat(e.getMessage()).contains("street");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> s.rollUpSum(new long[2])).field())
        .isEqualTo("values.length");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> s.rollUpSum(null)).field()).isEqualTo("values");
    assertThat(TreeSnapshot.of(List.of()).size()).isZero();
  }

  @Test
  void rollUpOverflowIsRefusedNotWrapped() {
    TreeSnapshot s = TreeSnapshot.builder(2).add(OrgUnitId.of("a"), null, OrgKind.DISTRICT)
        .add(OrgUnitId.of("b"), OrgUnitId.of("a"), OrgKind.STREET_COMMITTEE).build();
    assertThat(catchThrowableOfType(ArithmeticException.class, () -> s.rollUpSum(new long[] {Long.MAX_VALUE, 1})))
        .isNotNull();
  }
}

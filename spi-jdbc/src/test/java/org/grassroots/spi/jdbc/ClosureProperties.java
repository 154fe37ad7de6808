package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;
import org.grassroots.spi.StorageException;

/**
 * Whatever sequence of creates, moves and merges runs (refused ones included), the closure table
 * agrees with {@code parent_id}, and ancestors read through the closure are the parent chain.
 * On H2 (fast, many tries); the subclasses run fewer tries on the real servers. The district starts
 * as a random forest of 12 units loaded in one batch.
 */
class ClosureProperties {
  private static final Change CHANGE = Change.of("prop", "closure", Instant.EPOCH);
  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

  /** kind: 0–3 move a under b, 4 merge a into b, 5 create a new leaf under b (b = 12: none). */
  record Op(int kind, int a, int b) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 11),
        Arbitraries.integers().between(0, 12)).as(Op::new).list().ofMinSize(5).ofMaxSize(30);
  }

  /** The parent of u1…u11 among the units before it (or none), for the starting tree. */
  @Provide
  Arbitrary<List<Integer>> parents() {
    return Arbitraries.integers().between(0, 1000).list().ofSize(11);
  }

  TestDatabases.Kind kind() {
    return TestDatabases.Kind.H2;
  }

  @Property(tries = 60)
  void theClosureFollowsParentIdWhateverHappens(@ForAll("parents") List<Integer> parents,
      @ForAll("ops") List<Op> ops) {
    run(parents, ops);
  }

  void run(List<Integer> parents, List<Op> ops) {
    JdbcStorageProvider p = TestDatabases.provider(kind());
    DistrictId d = DistrictId.of("p-" + UUID.randomUUID());
    List<OrgUnit> start = new ArrayList<>();
    start.add(OrgUnit.establish(d, OrgUnitId.of("u0"), OrgKind.COMMUNITY_ORG, "u", null, D0));
    for (int i = 1; i < 12; i++) {
      int pick = parents.get(i - 1) % (i + 1); // == i: a second root
      start.add(OrgUnit.establish(d, OrgUnitId.of("u" + i), OrgKind.COMMUNITY_ORG, "u",
          pick == i ? null : OrgUnitId.of("u" + pick), D0));
    }
    p.organizations().createAll(CHANGE, start);
    LocalDate day = D0;
    int leaves = 0;
    for (Op op : ops) {
      OrgUnitId a = OrgUnitId.of("u" + op.a());
      OrgUnitId b = op.b() == 12 ? null : OrgUnitId.of("u" + op.b());
      day = day.plusDays(1);
      try {
        switch (op.kind()) {
          case 0, 1, 2, 3 -> p.organizations().move(CHANGE, d, a, p.organizations().get(d, a).version(), b, day);
          case 4 -> {
            if (b != null) {
              p.organizations().merge(CHANGE, d, a, p.organizations().get(d, a).version(), b, day);
            }
          }
          default -> p.organizations().create(CHANGE,
              OrgUnit.establish(d, OrgUnitId.of("n" + leaves++), OrgKind.COMMUNITY_ORG, "n", b, D0));
        }
      } catch (StorageException | InvalidInputException refused) {
        // refused operations change nothing: the checks below hold all the same
      }
    }
    assertThat(p.verifyClosure(d)).isZero();
    Map<OrgUnitId, OrgUnit> byId = new HashMap<>();
    List<OrgUnit> all = p.organizations().list(d, org.grassroots.spi.PageRequest.first(100)).items();
    net.jqwik.api.statistics.Statistics.label("depth of the deepest unit").collect(
        all.stream().mapToInt(u -> depth(u, all)).max().orElse(0));
    all.forEach(u -> byId.put(u.id(), u));
    for (OrgUnit u : all) {
      List<OrgUnitId> chain = new ArrayList<>();
      for (OrgUnit at = u; at.parent().isPresent(); at = byId.get(at.parent().get())) {
        chain.add(at.parent().get());
      }
      assertThat(p.organizations().ancestors(d, u.id())).extracting(OrgUnit::id).isEqualTo(chain);
      assertThat(p.organizations().subtree(d, u.id()).get(0)).isEqualTo(u);
    }
  }

  private static int depth(OrgUnit u, List<OrgUnit> all) {
    int n = 0;
    for (OrgUnit at = u; at.parent().isPresent(); n++) {
      OrgUnitId parent = at.parent().get();
      at = all.stream().filter(x -> x.id().equals(parent)).findFirst().orElseThrow();
    }
    return n;
  }
}

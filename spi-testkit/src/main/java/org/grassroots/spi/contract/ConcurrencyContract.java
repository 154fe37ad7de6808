package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.alliance.AllianceMembership;
import org.grassroots.alliance.MemberUnitKind;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * Concurrency fuzz: N threads × M read-modify-write updates on shared records, retrying on a stale
 * version, lose nothing (the final state reflects all N×M updates and the version is 1 + N×M); and
 * concurrent random moves never leave a cycle. Override {@link #threads()} and {@link
 * #updatesPerThread()} to scale it.
 */
public abstract class ConcurrencyContract extends ContractSupport {

  /** N: threads that write at once. */
  protected int threads() {
    return 4;
  }

  /** M: successful updates each thread makes. */
  protected int updatesPerThread() {
    return 40;
  }

  /** How long the fuzz may take before it counts as hung (a liveness guard, not a timing test). */
  protected long timeoutSeconds() {
    return 300;
  }

  @Test
  void readModifyWriteWithRetryLosesNothing() throws Exception {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    provider().organizations().create(change("counter"), unit(d, "counter", null).withName("count 0", D0));
    Member first = member(d, "shared", "org");
    provider().members().create(change("m"), new Member(first.id(), d, "count 0", first.idNumber(),
        first.phone(), first.organization(), first.servingCommunity(), first.inService(),
        first.household(), true, 0));
    provider().alliances().create(change("a"), Alliance.of(d, AllianceId.of("big"), "大党工委", uid("org")));
    int n = threads();
    int m = updatesPerThread();
    List<Callable<Void>> work = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      int thread = t;
      work.add(() -> {
        Random rnd = new Random(thread);
        for (int i = 0; i < m; i++) {
          int record = rnd.nextInt(3);
          while (true) {
            try {
              if (record == 0) {
                OrgUnit u = provider().organizations().get(d, uid("counter"));
                int count = Integer.parseInt(u.name().substring("count ".length()).trim());
                provider().organizations().update(change("inc"), u.withName("count " + (count + 1), D0));
              } else if (record == 1) {
                Member mem = provider().members().get(d, MemberId.of("shared"));
                int count = Integer.parseInt(mem.name().substring("count ".length()).trim());
                provider().members().update(change("inc"), new Member(mem.id(), mem.district(),
                    "count " + (count + 1), mem.idNumber(), mem.phone(), mem.organization(),
                    mem.servingCommunity(), mem.inService(), mem.household(), mem.active(), mem.version()));
              } else {
                Alliance a = provider().alliances().get(d, AllianceId.of("big"));
                provider().alliances().update(change("join"), a.withMembership(AllianceMembership.joined(
                    "t" + thread + "-" + i, "unit", MemberUnitKind.RESIDENT_UNIT, D0)));
              }
              break;
            } catch (StaleVersionException retry) {
              // someone else won: reload and try again
            }
          }
        }
        return null;
      });
    }
    runAll(work, timeoutSeconds());

    // each thread's record choices, replayed from its seed, give the expected split of the N×M
    int[] expected = new int[3];
    for (int t = 0; t < n; t++) {
      Random rnd = new Random(t);
      for (int i = 0; i < m; i++) {
        expected[rnd.nextInt(3)]++;
      }
    }
    OrgUnit counter = provider().organizations().get(d, uid("counter"));
    assertThat(counter.name()).isEqualTo("count " + expected[0]);
    assertThat(counter.version()).isEqualTo(1L + expected[0]);
    assertThat(provider().organizations().history(d, uid("counter"))).hasSize(1 + expected[0]);
    Member shared = provider().members().get(d, MemberId.of("shared"));
    assertThat(shared.name()).isEqualTo("count " + expected[1]);
    assertThat(shared.version()).isEqualTo(1L + expected[1]);
    Alliance big = provider().alliances().get(d, AllianceId.of("big"));
    assertThat(big.memberships()).hasSize(expected[2]);
    assertThat(big.version()).isEqualTo(1L + expected[2]);
    assertThat(expected[0] + expected[1] + expected[2]).isEqualTo(n * m);
    // every successful write left exactly one audit entry
    assertThat(provider().audit().count(d)).isEqualTo(4L + n * m);
  }

  @Test
  void allUpdatesOnOneRecordSumUp() throws Exception {
    DistrictId d = freshDistrict();
    provider().organizations().create(change("hot"), unit(d, "hot", null).withName("count 0", D0));
    int n = threads();
    int m = updatesPerThread();
    List<Callable<Void>> work = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      work.add(() -> {
        for (int i = 0; i < m; i++) {
          while (true) {
            OrgUnit u = provider().organizations().get(d, uid("hot"));
            int count = Integer.parseInt(u.name().substring("count ".length()));
            try {
              provider().organizations().update(change("inc"), u.withName("count " + (count + 1), D0));
              break;
            } catch (StaleVersionException retry) {
              // someone else won: reload and try again
            }
          }
        }
        return null;
      });
    }
    runAll(work, timeoutSeconds());
    OrgUnit hot = provider().organizations().get(d, uid("hot"));
    assertThat(hot.name()).isEqualTo("count " + (n * m));
    assertThat(hot.version()).isEqualTo(1L + n * m);
  }

  @Test
  void concurrentWritersInDifferentDistrictsStayApart() throws Exception {
    int n = threads();
    int m = updatesPerThread();
    List<DistrictId> districts = new ArrayList<>();
    List<Callable<Void>> work = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      DistrictId d = freshDistrict();
      districts.add(d);
      work.add(() -> {
        // the same ids in every district, written at the same time
        provider().organizations().create(change("root"), unit(d, "root", null).withName("count 0", D0));
        List<OrgUnit> batch = new ArrayList<>();
        for (int i = 0; i < m; i++) {
          batch.add(unit(d, "n" + i, "root"));
        }
        provider().organizations().createAll(change("batch"), batch);
        for (int i = 0; i < m; i++) {
          OrgUnit u = provider().organizations().get(d, uid("root"));
          provider().organizations().update(change("inc"), u.withName("count " + (i + 1), D0));
        }
        return null;
      });
    }
    runAll(work, timeoutSeconds());
    for (DistrictId d : districts) {
      assertThat(provider().organizations().count(d)).isEqualTo(1L + m);
      assertThat(provider().organizations().get(d, uid("root")).name()).isEqualTo("count " + m);
      assertThat(provider().organizations().get(d, uid("root")).version()).isEqualTo(1L + m);
      assertThat(provider().organizations().subtree(d, uid("root"))).hasSize(1 + m)
          .allSatisfy(u -> assertThat(u.district()).isEqualTo(d));
      assertThat(provider().audit().count(d)).isEqualTo(1L + m + m);
    }
  }

  @Test
  void concurrentRandomMovesNeverMakeACycle() throws Exception {
    DistrictId d = freshDistrict();
    int size = 30;
    List<OrgUnit> batch = new ArrayList<>();
    batch.add(unit(d, "root", null));
    for (int i = 0; i < size; i++) {
      batch.add(unit(d, "n" + i, i < 3 ? "root" : "n" + (i / 3 - 1)));
    }
    provider().organizations().createAll(change("tree"), batch);
    AtomicInteger moved = new AtomicInteger();
    List<Callable<Void>> work = new ArrayList<>();
    for (int t = 0; t < threads(); t++) {
      int seed = t;
      work.add(() -> {
        Random rnd = new Random(1000 + seed);
        for (int i = 0; i < updatesPerThread(); i++) {
          OrgUnitId x = uid("n" + rnd.nextInt(size));
          OrgUnitId y = rnd.nextInt(10) == 0 ? uid("root") : uid("n" + rnd.nextInt(size));
          try {
            OrgUnit cur = provider().organizations().get(d, x);
            provider().organizations().move(change("fuzz"), d, x, cur.version(), y, D0);
            moved.incrementAndGet();
          } catch (ConflictException | StaleVersionException expected) {
            // a would-be cycle or a lost race: refused, nothing changed
          }
        }
        return null;
      });
    }
    runAll(work, timeoutSeconds());
    assertThat(moved.get()).isPositive();
    // walk the parent links by hand with a step bound: every chain must end at the root
    for (int i = 0; i < size; i++) {
      OrgUnit at = provider().organizations().get(d, uid("n" + i));
      Set<OrgUnitId> seen = new HashSet<>();
      while (at.parent().isPresent()) {
        assertThat(seen.add(at.id())).as("cycle through %s", at.id()).isTrue();
        at = provider().organizations().get(d, at.parent().get());
      }
      assertThat(at.id()).isEqualTo(uid("root"));
      assertThat(provider().organizations().ancestors(d, uid("n" + i))).last()
          .extracting(OrgUnit::id).isEqualTo(uid("root"));
    }
    assertThat(provider().organizations().subtree(d, uid("root"))).hasSize(size + 1);
    assertThat(provider().audit().count(d)).isEqualTo(size + 1L + moved.get());
  }
}

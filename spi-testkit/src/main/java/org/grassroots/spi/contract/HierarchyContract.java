package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.members.Member;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.OrganizationStore;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * The tree: subtree in pre-order consistent with parent links, ancestors nearest first, moves that
 * never make a cycle, the history of a unit and the tree as it stood on a date (across a move, a
 * rename and a dissolution), and merges (调整归并) that carry children and members to the survivor.
 */
public abstract class HierarchyContract extends ContractSupport {

  private OrganizationStore orgs() {
    return provider().organizations();
  }

  /**
   * r ─┬─ a ─┬─ a1 ── a1x
   *    │     └─ a2
   *    └─ b ──── b1
   */
  private DistrictId sampleTree() {
    DistrictId d = freshDistrict();
    create(d, "r", null);
    create(d, "b", "r");
    create(d, "a", "r");
    create(d, "a2", "a");
    create(d, "a1", "a");
    create(d, "b1", "b");
    create(d, "a1x", "a1");
    return d;
  }

  @Test
  void subtreeIsPreOrderWithSiblingsById() {
    DistrictId d = sampleTree();
    assertThat(ids(orgs().subtree(d, uid("r")))).containsExactly("r", "a", "a1", "a1x", "a2", "b", "b1");
    assertThat(ids(orgs().subtree(d, uid("a")))).containsExactly("a", "a1", "a1x", "a2");
    assertThat(ids(orgs().subtree(d, uid("b1")))).containsExactly("b1");
  }

  @Test
  void subtreeOfAMissingUnitIsNotFound() {
    DistrictId d = sampleTree();
    assertThatThrownBy(() -> orgs().subtree(d, uid("ghost"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> orgs().ancestors(d, uid("ghost"))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void ancestorsAreNearestFirst() {
    DistrictId d = sampleTree();
    assertThat(ids(orgs().ancestors(d, uid("a1x")))).containsExactly("a1", "a", "r");
    assertThat(orgs().ancestors(d, uid("r"))).isEmpty();
  }

  @Test
  void moveCarriesTheSubtree() {
    DistrictId d = sampleTree();
    OrgUnit moved = orgs().move(change("move a1"), d, uid("a1"), 1, uid("b1"), D0.plusDays(3));
    assertThat(moved.parent()).contains(uid("b1"));
    assertThat(moved.version()).isEqualTo(2);
    assertThat(moved.revisionDate()).isEqualTo(D0.plusDays(3));
    assertThat(ids(orgs().subtree(d, uid("r")))).containsExactly("r", "a", "a2", "b", "b1", "a1", "a1x");
    assertThat(ids(orgs().ancestors(d, uid("a1x")))).containsExactly("a1", "b1", "b", "r");
    assertThat(ids(orgs().children(d, uid("a")))).containsExactly("a2");
    assertThat(ids(orgs().children(d, uid("b1")))).containsExactly("a1");
    assertSubtreeMatchesParentLinks(d, uid("r"));
  }

  @Test
  void moveToTheTopMakesARoot() {
    DistrictId d = sampleTree();
    orgs().move(change("to top"), d, uid("a"), 1, null, D0.plusDays(2));
    assertThat(orgs().get(d, uid("a")).parent()).isEmpty();
    assertThat(ids(orgs().subtree(d, uid("r")))).containsExactly("r", "b", "b1");
    assertThat(ids(orgs().ancestors(d, uid("a1x")))).containsExactly("a1", "a");
  }

  @Test
  void moveUnderOwnDescendantOrSelfIsRefusedAndChangesNothing() {
    DistrictId d = sampleTree();
    List<OrgUnit> before = orgs().subtree(d, uid("r"));
    long audit = provider().audit().count(d);
    assertThatThrownBy(() -> orgs().move(change("cycle"), d, uid("a"), 1, uid("a1x"), D0.plusDays(1)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> orgs().move(change("cycle"), d, uid("a"), 1, uid("a1"), D0.plusDays(1)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> orgs().move(change("self"), d, uid("a"), 1, uid("a"), D0.plusDays(1)))
        .isInstanceOf(ConflictException.class);
    assertThat(orgs().subtree(d, uid("r"))).isEqualTo(before);
    assertThat(provider().audit().count(d)).isEqualTo(audit);
  }

  @Test
  void moveChecksVersionParentExistenceAndActivity() {
    DistrictId d = sampleTree();
    assertThatThrownBy(() -> orgs().move(change("stale"), d, uid("a1"), 5, uid("b"), D0.plusDays(1)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> orgs().move(change("ghost parent"), d, uid("a1"), 1, uid("ghost"), D0.plusDays(1)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> orgs().move(change("ghost unit"), d, uid("ghost"), 1, uid("b"), D0.plusDays(1)))
        .isInstanceOf(NotFoundException.class);
    OrgUnit b1 = orgs().get(d, uid("b1"));
    orgs().update(change("dissolve b1"), b1.withEnd(OrgStatus.DISSOLVED, D0.plusDays(2), null));
    assertThatThrownBy(() -> orgs().move(change("under dissolved"), d, uid("a2"), 1, uid("b1"), D0.plusDays(3)))
        .isInstanceOf(ConflictException.class);
    assertThat(orgs().get(d, uid("a1")).version()).isEqualTo(1);
    assertThat(orgs().get(d, uid("a2")).parent()).contains(uid("a"));
  }

  @Test
  void historyKeepsEveryRevisionOldestFirst() {
    DistrictId d = sampleTree();
    OrgUnit a2 = orgs().get(d, uid("a2"));
    a2 = orgs().update(change("rename"), a2.withName("renamed", D0.plusDays(10)));
    a2 = orgs().move(change("move"), d, uid("a2"), a2.version(), uid("b"), D0.plusDays(20));
    orgs().update(change("dissolve"), a2.withEnd(OrgStatus.DISSOLVED, D0.plusDays(30), null));
    List<OrgUnit> h = orgs().history(d, uid("a2"));
    assertThat(h).extracting(OrgUnit::version).containsExactly(1L, 2L, 3L, 4L);
    assertThat(h).extracting(OrgUnit::revisionDate)
        .containsExactly(D0, D0.plusDays(10), D0.plusDays(20), D0.plusDays(30));
    assertThat(h.get(1).name()).isEqualTo("renamed");
    assertThat(h.get(2).parent()).contains(uid("b"));
    assertThat(h.get(3).status()).isEqualTo(OrgStatus.DISSOLVED);
  }

  @Test
  void asOfShowsTheTreeAsItStoodAcrossMoveRenameAndDissolve() {
    DistrictId d = sampleTree();
    OrgUnit late = orgs().create(change("late"),
        OrgUnit.establish(d, uid("late"), org.grassroots.hierarchy.OrgKind.GRID_BRANCH, "late", uid("r"), D0.plusDays(15)));
    OrgUnit a2 = orgs().get(d, uid("a2"));
    a2 = orgs().update(change("rename"), a2.withName("renamed", D0.plusDays(10)));
    orgs().move(change("move a1"), d, uid("a1"), 1, uid("b"), D0.plusDays(20));
    OrgUnit b1 = orgs().get(d, uid("b1"));
    orgs().update(change("dissolve"), b1.withEnd(OrgStatus.DISSOLVED, D0.plusDays(30), null));

    assertThat(orgs().asOf(d, D0.minusDays(1))).isEmpty();
    Map<String, OrgUnit> day0 = byId(orgs().asOf(d, D0));
    assertThat(day0.keySet()).containsExactly("a", "a1", "a1x", "a2", "b", "b1", "r");
    assertThat(day0.get("a2").name()).isEqualTo("unit a2");
    assertThat(day0.get("a1").parent()).contains(uid("a"));

    Map<String, OrgUnit> day10 = byId(orgs().asOf(d, D0.plusDays(10)));
    assertThat(day10.get("a2").name()).isEqualTo("renamed");
    assertThat(day10).doesNotContainKey("late");
    assertThat(byId(orgs().asOf(d, D0.plusDays(15))).get("late")).isEqualTo(late);

    assertThat(byId(orgs().asOf(d, D0.plusDays(19))).get("a1").parent()).contains(uid("a"));
    assertThat(byId(orgs().asOf(d, D0.plusDays(20))).get("a1").parent()).contains(uid("b"));

    Map<String, OrgUnit> day29 = byId(orgs().asOf(d, D0.plusDays(29)));
    assertThat(day29.get("b1").status()).isEqualTo(OrgStatus.ACTIVE);
    assertThat(byId(orgs().asOf(d, D0.plusDays(30)))).doesNotContainKey("b1").containsKey("a1");
    // ids come in id order
    assertThat(ids(orgs().asOf(d, D0.plusDays(30)))).isSorted();
    assertThat(a2.version()).isEqualTo(2);
  }

  @Test
  void mergeMovesChildrenAndMembersAndEndsTheAbsorbedUnit() {
    DistrictId d = sampleTree();
    Member holds = provider().members().create(change("m"), member(d, "m-holds", "a1"));
    Member serves = provider().members().create(change("m"),
        member(d, "m-serves", "b").withDualRegistration(uid("a1")));
    Member elsewhere = provider().members().create(change("m"), member(d, "m-else", "a2"));
    long audit = provider().audit().count(d);

    OrgUnit absorbed = orgs().merge(change("调整归并"), d, uid("a1"), 1, uid("b1"), D0.plusDays(40));

    assertThat(absorbed.status()).isEqualTo(OrgStatus.MERGED);
    assertThat(absorbed.successor()).contains(uid("b1"));
    assertThat(absorbed.validTo()).contains(D0.plusDays(40));
    assertThat(absorbed.version()).isEqualTo(2);
    assertThat(orgs().get(d, uid("a1"))).isEqualTo(absorbed);
    assertThat(ids(orgs().children(d, uid("b1")))).containsExactly("a1x");
    assertThat(orgs().children(d, uid("a1"))).isEmpty();
    OrgUnit a1x = orgs().get(d, uid("a1x"));
    assertThat(a1x.parent()).contains(uid("b1"));
    assertThat(a1x.version()).isEqualTo(2);
    Member h = provider().members().get(d, holds.id());
    assertThat(h.organization()).isEqualTo(uid("b1"));
    assertThat(h.version()).isEqualTo(2);
    Member s = provider().members().get(d, serves.id());
    assertThat(s.servingCommunity()).contains(uid("b1"));
    assertThat(s.organization()).isEqualTo(uid("b"));
    assertThat(provider().members().get(d, elsewhere.id())).isEqualTo(elsewhere);
    assertThat(provider().members().byOrganization(d, uid("b1"))).extracting(Member::id).containsExactly(holds.id());
    assertThat(provider().members().servingIn(d, uid("b1"))).extracting(Member::id).containsExactly(serves.id());
    assertThat(provider().members().byOrganization(d, uid("a1"))).isEmpty();
    // one audit entry per changed record: absorbed unit, one child, two members
    assertThat(provider().audit().count(d)).isEqualTo(audit + 4);
    assertThat(provider().audit().forSubject(d, AuditEntry.MEMBER, "m-holds")).hasSize(2);
    // the tree before the merge is still there
    assertThat(byId(orgs().asOf(d, D0.plusDays(39))).get("a1x").parent()).contains(uid("a1"));
    assertThat(byId(orgs().asOf(d, D0.plusDays(40)))).doesNotContainKey("a1");
  }

  @Test
  void mergeIntoOwnSubtreeOrSelfOrAnInactiveUnitIsRefusedAndChangesNothing() {
    DistrictId d = sampleTree();
    OrgUnit b1 = orgs().get(d, uid("b1"));
    orgs().update(change("dissolve b1"), b1.withEnd(OrgStatus.DISSOLVED, D0.plusDays(2), null));
    List<OrgUnit> before = orgs().subtree(d, uid("r"));
    long audit = provider().audit().count(d);
    assertThatThrownBy(() -> orgs().merge(change("into child"), d, uid("a"), 1, uid("a1x"), D0.plusDays(5)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> orgs().merge(change("into self"), d, uid("a"), 1, uid("a"), D0.plusDays(5)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> orgs().merge(change("into dissolved"), d, uid("a2"), 1, uid("b1"), D0.plusDays(5)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> orgs().merge(change("dissolved absorbed"), d, uid("b1"), 2, uid("a"), D0.plusDays(5)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> orgs().merge(change("stale"), d, uid("a2"), 9, uid("b"), D0.plusDays(5)))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> orgs().merge(change("ghost"), d, uid("a2"), 1, uid("ghost"), D0.plusDays(5)))
        .isInstanceOf(NotFoundException.class);
    assertThat(orgs().subtree(d, uid("r"))).isEqualTo(before);
    assertThat(provider().audit().count(d)).isEqualTo(audit);
  }

  @Test
  void subtreeOfABroadDeepTreeMatchesParentLinks() {
    DistrictId d = freshDistrict();
    List<OrgUnit> batch = new ArrayList<>();
    batch.add(unit(d, "n0", null));
    java.util.Random rnd = new java.util.Random(42);
    for (int i = 1; i < 300; i++) {
      batch.add(unit(d, "n" + i, "n" + rnd.nextInt(i)));
    }
    provider().organizations().createAll(change("bulk"), batch);
    assertThat(orgs().subtree(d, uid("n0"))).hasSize(300);
    assertSubtreeMatchesParentLinks(d, uid("n0"));
    for (int i = 0; i < 300; i += 37) {
      List<OrgUnit> anc = orgs().ancestors(d, uid("n" + i));
      OrgUnit at = orgs().get(d, uid("n" + i));
      for (OrgUnit a : anc) {
        assertThat(at.parent()).contains(a.id());
        at = a;
      }
      assertThat(at.id()).isEqualTo(uid("n0"));
    }
  }

  /**
   * Checks a subtree listing against the parent links: each unit after its parent, siblings in
   * id order, and a unit's descendants contiguous right after it.
   */
  protected void assertSubtreeMatchesParentLinks(DistrictId d, OrgUnitId root) {
    List<OrgUnit> sub = orgs().subtree(d, root);
    assertThat(sub.get(0).id()).isEqualTo(root);
    Map<OrgUnitId, Integer> pos = new HashMap<>();
    for (int i = 0; i < sub.size(); i++) {
      pos.put(sub.get(i).id(), i);
    }
    for (int i = 1; i < sub.size(); i++) {
      OrgUnit u = sub.get(i);
      Integer p = pos.get(u.parent().orElseThrow());
      assertThat(p).as("parent of %s precedes it", u.id()).isNotNull().isLessThan(i);
      List<OrgUnit> kids = orgs().children(d, u.id());
      int next = i + 1;
      for (OrgUnit k : kids) {
        assertThat(sub.get(next).id()).as("first of child subtree").isEqualTo(k.id());
        next += orgs().subtree(d, k.id()).size();
      }
    }
    assertThat(orgs().subtree(d, root)).isEqualTo(sub);
  }

  private static Map<String, OrgUnit> byId(List<OrgUnit> units) {
    Map<String, OrgUnit> m = new java.util.LinkedHashMap<>();
    for (OrgUnit u : units) {
      m.put(u.id().value(), u);
    }
    return m;
  }

}

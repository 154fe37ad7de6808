package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.DivisionCode;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.TemporaryMandate;
import org.grassroots.input.InvalidInputException;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.OrganizationStore;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * Organisation units: create, find, get, update; duplicate ids, missing and inactive parents;
 * optimistic versions (a stale write is refused and changes nothing); the fields {@code update}
 * may not touch; ending a unit that still has active children or members.
 */
public abstract class OrganizationStoreContract extends ContractSupport {

  private OrganizationStore orgs() {
    return provider().organizations();
  }

  @Test
  void createStoresVersionOneAndFindReturnsIt() {
    DistrictId d = freshDistrict();
    OrgUnit in = unit(d, "root", null).withDivisionCode(DivisionCode.of("350205"));
    OrgUnit stored = orgs().create(change("create"), in);
    assertThat(stored).isEqualTo(in.withVersion(1));
    assertThat(orgs().find(d, uid("root"))).contains(stored);
    assertThat(orgs().get(d, uid("root"))).isEqualTo(stored);
    assertThat(orgs().count(d)).isEqualTo(1);
  }

  @Test
  void createKeepsEveryField() {
    DistrictId d = freshDistrict();
    create(d, "top", null);
    OrgUnit temp = OrgUnit.establish(d, uid("temp"), OrgKind.TEMPORARY_BRANCH, "返迁临时党支部", uid("top"), D0)
        .withTemporary(new TemporaryMandate("第一批返迁安置", D0.plusMonths(6)))
        .withDivisionCode(DivisionCode.of("350205001001"));
    OrgUnit stored = orgs().create(change("temp"), temp);
    assertThat(orgs().get(d, uid("temp"))).isEqualTo(stored).isEqualTo(temp.withVersion(1));
  }

  @Test
  void findOfAMissingUnitIsEmptyAndGetThrowsNotFound() {
    DistrictId d = freshDistrict();
    assertThat(orgs().find(d, uid("nobody"))).isEmpty();
    assertThatThrownBy(() -> orgs().get(d, uid("nobody")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nobody");
  }

  @Test
  void duplicateIdIsAConflictAndKeepsTheFirst() {
    DistrictId d = freshDistrict();
    OrgUnit first = create(d, "u1", null);
    OrgUnit again = OrgUnit.establish(d, uid("u1"), OrgKind.GRID_BRANCH, "other", null, D0);
    long audit = provider().audit().count(d);
    assertThatThrownBy(() -> orgs().create(change("dup"), again))
        .isInstanceOf(ConflictException.class);
    assertThat(orgs().get(d, uid("u1"))).isEqualTo(first);
    assertThat(orgs().count(d)).isEqualTo(1);
    assertThat(provider().audit().count(d)).isEqualTo(audit);
  }

  @Test
  void missingParentIsNotFound() {
    DistrictId d = freshDistrict();
    assertThatThrownBy(() -> orgs().create(change("orphan"), unit(d, "child", "ghost")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ghost");
    assertThat(orgs().find(d, uid("child"))).isEmpty();
  }

  @Test
  void parentInAnotherDistrictIsNotFound() {
    DistrictId a = freshDistrict();
    DistrictId b = freshDistrict();
    create(b, "parent", null);
    assertThatThrownBy(() -> orgs().create(change("cross"), unit(a, "child", "parent")))
        .isInstanceOf(NotFoundException.class);
    assertThat(orgs().count(a)).isZero();
    assertThat(orgs().children(b, uid("parent"))).isEmpty();
  }

  @Test
  void inactiveParentIsAConflict() {
    DistrictId d = freshDistrict();
    OrgUnit p = create(d, "p", null);
    orgs().update(change("dissolve"), p.withEnd(OrgStatus.DISSOLVED, D0.plusDays(10), null));
    assertThatThrownBy(() -> orgs().create(change("under dead"), unit(d, "c", "p")))
        .isInstanceOf(ConflictException.class);
    assertThat(orgs().find(d, uid("c"))).isEmpty();
  }

  @Test
  void everyUpdateAddsOneToTheVersion() {
    DistrictId d = freshDistrict();
    OrgUnit u = create(d, "u", null);
    for (int i = 1; i <= 5; i++) {
      u = orgs().update(change("rename " + i), u.withName("name " + i, D0.plusDays(i)));
      assertThat(u.version()).isEqualTo(1 + i);
      assertThat(orgs().get(d, uid("u"))).isEqualTo(u);
    }
    assertThat(orgs().get(d, uid("u")).name()).isEqualTo("name 5");
  }

  @Test
  void staleUpdateIsRefusedAndChangesNothing() {
    DistrictId d = freshDistrict();
    OrgUnit v1 = create(d, "u", null);
    OrgUnit v2 = orgs().update(change("first"), v1.withName("first", D0.plusDays(1)));
    long audit = provider().audit().count(d);
    assertThatThrownBy(() -> orgs().update(change("late"), v1.withName("late", D0.plusDays(2))))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> orgs().update(change("future"), v2.withVersion(7)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(orgs().get(d, uid("u"))).isEqualTo(v2);
    assertThat(orgs().history(d, uid("u"))).hasSize(2);
    assertThat(provider().audit().count(d)).isEqualTo(audit);
  }

  @Test
  void updateOfAMissingUnitIsNotFound() {
    DistrictId d = freshDistrict();
    assertThatThrownBy(() -> orgs().update(change("ghost"), unit(d, "ghost", null).withVersion(1)))
        .isInstanceOf(NotFoundException.class);
    assertThat(orgs().count(d)).isZero();
  }

  @Test
  void updateMayNotChangeParentOrKind() {
    DistrictId d = freshDistrict();
    create(d, "a", null);
    create(d, "b", null);
    OrgUnit c = create(d, "c", "a");
    assertThatThrownBy(() -> orgs().update(change("sneaky move"), c.withParent(uid("b"), D0.plusDays(1))))
        .isInstanceOf(ConflictException.class);
    OrgUnit otherKind = new OrgUnit(c.id(), d, OrgKind.GRID_BRANCH, c.name(), c.parent(),
        c.divisionCode(), c.status(), c.validFrom(), c.validTo(), c.temporary(), c.successor(),
        D0.plusDays(1), c.version());
    assertThatThrownBy(() -> orgs().update(change("kind"), otherKind))
        .isInstanceOf(ConflictException.class);
    assertThat(orgs().get(d, uid("c"))).isEqualTo(c);
    assertThat(orgs().children(d, uid("b"))).isEmpty();
  }

  @Test
  void endingAUnitWithActiveChildrenIsRefused() {
    DistrictId d = freshDistrict();
    OrgUnit p = create(d, "p", null);
    create(d, "c", "p");
    assertThatThrownBy(() -> orgs().update(change("dissolve"), p.withEnd(OrgStatus.DISSOLVED, D0.plusDays(5), null)))
        .isInstanceOf(ConflictException.class);
    assertThat(orgs().get(d, uid("p"))).isEqualTo(p);
  }

  @Test
  void endingAUnitWithAnActiveMemberOrServingMemberIsRefused() {
    DistrictId d = freshDistrict();
    OrgUnit holder = create(d, "holder", null);
    OrgUnit community = create(d, "community", null);
    create(d, "other", null);
    provider().members().create(change("m"), member(d, "m1", "other").withDualRegistration(uid("community")));
    provider().members().create(change("m"), member(d, "m2", "holder"));
    assertThatThrownBy(() -> orgs().update(change("end"), holder.withEnd(OrgStatus.DISSOLVED, D0.plusDays(5), null)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> orgs().update(change("end"), community.withEnd(OrgStatus.DISSOLVED, D0.plusDays(5), null)))
        .isInstanceOf(ConflictException.class);
    assertThat(orgs().get(d, uid("holder"))).isEqualTo(holder);
    assertThat(orgs().get(d, uid("community"))).isEqualTo(community);
  }

  @Test
  void endingAUnitWhoseChildrenAndMembersAreAllInactiveIsAllowed() {
    DistrictId d = freshDistrict();
    OrgUnit p = create(d, "p", null);
    OrgUnit c = create(d, "c", "p");
    var m = provider().members().create(change("m"), member(d, "m1", "p"));
    orgs().update(change("end child"), c.withEnd(OrgStatus.DISSOLVED, D0.plusDays(3), null));
    provider().members().update(change("moved out"), m.withActive(false));
    OrgUnit ended = orgs().update(change("end"), p.withEnd(OrgStatus.DISSOLVED, D0.plusDays(5), null));
    assertThat(ended.status()).isEqualTo(OrgStatus.DISSOLVED);
    assertThat(ended.validTo()).contains(D0.plusDays(5));
    assertThat(ended.version()).isEqualTo(2);
  }

  @Test
  void aRevisionDatedBeforeTheLatestIsRefused() {
    DistrictId d = freshDistrict();
    OrgUnit u = create(d, "u", null);
    OrgUnit v2 = orgs().update(change("rename"), u.withName("later", D0.plusDays(10)));
    assertThatThrownBy(() -> orgs().update(change("back-dated"), v2.withName("earlier", D0.plusDays(9))))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("storage.revisionBefore"));
    create(d, "np", null);
    assertThatThrownBy(() -> orgs().move(change("back-dated move"), d, uid("u"), 2, uid("np"), D0.plusDays(5)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("storage.revisionBefore"));
    assertThat(orgs().get(d, uid("u"))).isEqualTo(v2);
    // the same day as the latest revision is fine
    OrgUnit v3 = orgs().update(change("same day"), v2.withName("same day", D0.plusDays(10)));
    assertThat(v3.version()).isEqualTo(3);
    assertThat(orgs().history(d, uid("u"))).extracting(OrgUnit::name)
        .containsExactly("unit u", "later", "same day");
  }

  @Test
  void historyOfAMissingUnitIsNotFound() {
    DistrictId d = freshDistrict();
    assertThatThrownBy(() -> orgs().history(d, uid("ghost"))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void childrenAreInIdOrderWithTheirCurrentState() {
    DistrictId d = freshDistrict();
    create(d, "p", null);
    for (String id : List.of("c3", "C1", "c1", "c-2", "c10")) {
      create(d, id, "p");
    }
    assertThat(ids(orgs().children(d, uid("p")))).containsExactly("C1", "c-2", "c1", "c10", "c3");
    assertThat(orgs().children(d, uid("c1"))).isEmpty();
    assertThat(orgs().children(d, uid("p"))).allSatisfy(c -> assertThat(c.parent()).isEqualTo(Optional.of(uid("p"))));
  }
}

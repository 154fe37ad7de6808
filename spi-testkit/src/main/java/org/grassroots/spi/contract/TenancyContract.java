package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Tenancy isolation (租户隔离): the same ids in two districts are independent records, and no call
 * for district A reads, changes or counts district B's data — listings, counts, subtree, asOf,
 * history, audit, moves and merges included.
 */
public abstract class TenancyContract extends ContractSupport {

  /** The same small world in a district: a tree, members, an alliance. */
  private void populate(DistrictId d, String flavour) {
    provider().organizations().createAll(change("seed " + flavour), List.of(
        unit(d, "r", null).withName(flavour + " root", D0),
        unit(d, "a", "r"), unit(d, "b", "r"), unit(d, "a1", "a"), unit(d, "b1", "b")));
    provider().members().createAll(change("members " + flavour), List.of(
        member(d, "m1", "a1"), member(d, "m2", "b1").withDualRegistration(uid("a"))));
    provider().alliances().create(change("alliance " + flavour),
        Alliance.of(d, AllianceId.of("big"), flavour + " alliance", uid("r")));
  }

  /** Everything a caller can learn about district {@code d}. */
  private List<Object> everything(DistrictId d) {
    List<Object> out = new ArrayList<>();
    var orgs = provider().organizations();
    out.add(orgs.count(d));
    out.add(all(p -> orgs.list(d, p), 2));
    for (String id : List.of("r", "a", "b", "a1", "b1")) {
      out.add(orgs.find(d, uid(id)));
      if (orgs.find(d, uid(id)).isPresent()) {
        out.add(orgs.children(d, uid(id)));
        out.add(orgs.subtree(d, uid(id)));
        out.add(orgs.ancestors(d, uid(id)));
        out.add(orgs.history(d, uid(id)));
        out.add(provider().audit().forSubject(d, AuditEntry.ORG_UNIT, id));
      }
    }
    for (int day = 0; day < 60; day += 7) {
      out.add(orgs.asOf(d, D0.plusDays(day)));
    }
    out.add(provider().members().count(d));
    out.add(all(p -> provider().members().list(d, p), 1));
    out.add(provider().members().byOrganization(d, uid("a1")));
    out.add(provider().members().servingIn(d, uid("a")));
    out.add(provider().alliances().find(d, AllianceId.of("big")));
    out.add(provider().alliances().byAnchor(d, uid("r")));
    out.add(all(p -> provider().alliances().list(d, p), 1));
    out.add(provider().audit().count(d));
    out.add(all(p -> provider().audit().list(d, p), 4));
    return out;
  }

  @Test
  void theSameIdsInTwoDistrictsAreIndependent() {
    DistrictId a = freshDistrict();
    DistrictId b = freshDistrict();
    populate(a, "A");
    populate(b, "B");
    assertThat(provider().organizations().get(a, uid("r")).name()).isEqualTo("A root");
    assertThat(provider().organizations().get(b, uid("r")).name()).isEqualTo("B root");
    assertThat(provider().organizations().get(a, uid("r")).district()).isEqualTo(a);
    assertThat(provider().alliances().get(b, AllianceId.of("big")).name()).isEqualTo("B alliance");
    assertThat(provider().audit().list(b, PageRequest.first(100)).items())
        .allSatisfy(e -> assertThat(e.district()).isEqualTo(b));
  }

  @Test
  void noChangeInOneDistrictReachesAnother() {
    DistrictId a = freshDistrict();
    DistrictId b = freshDistrict();
    populate(a, "A");
    populate(b, "B");
    List<Object> beforeB = everything(b);

    var orgs = provider().organizations();
    OrgUnit a1 = orgs.update(change("rename"), orgs.get(a, uid("a1")).withName("renamed", D0.plusDays(3)));
    orgs.move(change("move"), a, uid("a1"), a1.version(), uid("b1"), D0.plusDays(10));
    orgs.merge(change("merge"), a, uid("b"), 1, uid("a"), D0.plusDays(20));
    Member m1 = provider().members().get(a, MemberId.of("m1"));
    provider().members().update(change("leave"), m1.withActive(false));
    OrgUnit dissolved = orgs.get(a, uid("a1"));
    orgs.update(change("dissolve"), dissolved.withEnd(OrgStatus.DISSOLVED, D0.plusDays(30), null));
    Alliance big = provider().alliances().get(a, AllianceId.of("big"));
    provider().alliances().update(change("rename"), new Alliance(big.id(), a, "renamed",
        big.anchor(), big.memberships(), big.rotation(), big.version()));
    orgs.createAll(change("more"), List.of(unit(a, "extra", "r")));

    assertThat(everything(b)).isEqualTo(beforeB);
    assertThat(everything(a)).isNotEqualTo(everything(b));
  }

  @Test
  void callsForOneDistrictCannotReachAnothersRecords() {
    DistrictId a = freshDistrict();
    DistrictId b = freshDistrict();
    populate(b, "B");
    List<Object> beforeB = everything(b);
    var orgs = provider().organizations();
    assertThat(orgs.find(a, uid("r"))).isEmpty();
    assertThat(orgs.count(a)).isZero();
    assertThat(orgs.asOf(a, D0.plusDays(1))).isEmpty();
    assertThat(orgs.children(a, uid("r"))).isEmpty();
    assertThat(provider().audit().count(a)).isZero();
    assertThat(provider().audit().forSubject(a, AuditEntry.ORG_UNIT, "r")).isEmpty();
    assertThat(provider().members().byOrganization(a, uid("a1"))).isEmpty();
    assertThatThrownBy(() -> orgs.subtree(a, uid("r"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> orgs.move(change("x"), a, uid("a1"), 1, uid("b"), D0.plusDays(1)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> orgs.merge(change("x"), a, uid("a"), 1, uid("b"), D0.plusDays(1)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> orgs.update(change("x"),
        movedTo(a, orgs.get(b, uid("a1")).withName("stolen", D0.plusDays(1)))))
        .isInstanceOf(NotFoundException.class);
    assertThat(everything(b)).isEqualTo(beforeB);
  }

  /** {@code u} relabelled as district {@code d}'s: what a confused or hostile caller might send. */
  private static OrgUnit movedTo(DistrictId d, OrgUnit u) {
    return new OrgUnit(u.id(), d, u.kind(), u.name(), u.parent(), u.divisionCode(), u.status(),
        u.validFrom(), u.validTo(), u.temporary(), u.successor(), u.revisionDate(), u.version());
  }
}

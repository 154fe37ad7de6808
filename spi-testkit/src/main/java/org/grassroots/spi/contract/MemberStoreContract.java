package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.MemberStore;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * Party members: create, find, get, update with versions; references to units that must exist in
 * the district (and be active for an active member); the holding-organisation and serving-community
 * (双报到) listings.
 */
public abstract class MemberStoreContract extends ContractSupport {

  private MemberStore members() {
    return provider().members();
  }

  @Test
  void createStoresVersionOneAndEveryField() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    create(d, "home", null);
    create(d, "hh", "home");
    Member in = member(d, "m1", "org").withDualRegistration(uid("home")).withHousehold(uid("hh"));
    Member stored = members().create(change("register"), in);
    assertThat(stored).isEqualTo(in.withVersion(1));
    assertThat(members().find(d, MemberId.of("m1"))).contains(stored);
    assertThat(members().get(d, MemberId.of("m1"))).isEqualTo(stored);
    assertThat(members().get(d, MemberId.of("m1")).idNumber().reveal()).isEqualTo(in.idNumber().reveal());
    assertThat(members().count(d)).isEqualTo(1);
  }

  @Test
  void missingMemberIsEmptyOrNotFound() {
    DistrictId d = freshDistrict();
    assertThat(members().find(d, MemberId.of("nobody"))).isEmpty();
    assertThatThrownBy(() -> members().get(d, MemberId.of("nobody"))).isInstanceOf(NotFoundException.class);
    create(d, "org", null);
    assertThatThrownBy(() -> members().update(change("ghost"), member(d, "nobody", "org").withVersion(1)))
        .isInstanceOf(NotFoundException.class);
    assertThat(members().count(d)).isZero();
  }

  @Test
  void duplicateIdIsAConflict() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    Member first = members().create(change("m"), member(d, "m1", "org"));
    assertThatThrownBy(() -> members().create(change("again"), member(d, "m1", "org").withPhone(null)))
        .isInstanceOf(ConflictException.class);
    assertThat(members().get(d, first.id())).isEqualTo(first);
  }

  @Test
  void referencedUnitsMustExistInTheDistrict() {
    DistrictId d = freshDistrict();
    DistrictId other = freshDistrict();
    create(d, "org", null);
    create(other, "elsewhere", null);
    assertThatThrownBy(() -> members().create(change("m"), member(d, "m1", "ghost")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> members().create(change("m"), member(d, "m2", "elsewhere")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> members().create(change("m"),
        member(d, "m3", "org").withDualRegistration(uid("elsewhere"))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> members().create(change("m"), member(d, "m4", "org").withHousehold(uid("ghost"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(members().count(d)).isZero();
  }

  @Test
  void anActiveMemberNeedsActiveUnits() {
    DistrictId d = freshDistrict();
    OrgUnit dead = create(d, "dead", null);
    create(d, "org", null);
    provider().organizations().update(change("dissolve"), dead.withEnd(OrgStatus.DISSOLVED, D0.plusDays(1), null));
    assertThatThrownBy(() -> members().create(change("m"), member(d, "m1", "dead")))
        .isInstanceOf(ConflictException.class);
    Member m = members().create(change("m"), member(d, "m2", "org"));
    assertThatThrownBy(() -> members().update(change("to dead"), m.withOrganization(uid("dead"))))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> members().update(change("serve dead"), m.withDualRegistration(uid("dead"))))
        .isInstanceOf(ConflictException.class);
    assertThat(members().get(d, m.id())).isEqualTo(m);
  }

  @Test
  void everyUpdateAddsOneToTheVersionAndStaleWritesAreRefused() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    create(d, "org2", null);
    Member v1 = members().create(change("m"), member(d, "m1", "org"));
    Member v2 = members().update(change("move"), v1.withOrganization(uid("org2")));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.organization()).isEqualTo(uid("org2"));
    long audit = provider().audit().count(d);
    assertThatThrownBy(() -> members().update(change("stale"), v1.withActive(false)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(members().get(d, v1.id())).isEqualTo(v2);
    assertThat(provider().audit().count(d)).isEqualTo(audit);
    Member v3 = members().update(change("leave"), v2.withActive(false));
    assertThat(v3.version()).isEqualTo(3);
    assertThat(members().get(d, v1.id()).active()).isFalse();
  }

  @Test
  void listingsByOrganizationAndServingCommunityFollowUpdates() {
    DistrictId d = freshDistrict();
    create(d, "org", null);
    create(d, "org2", null);
    create(d, "home", null);
    members().create(change("m"), member(d, "m2", "org").withDualRegistration(uid("home")));
    members().create(change("m"), member(d, "m1", "org"));
    Member m3 = members().create(change("m"), member(d, "m3", "org2").withDualRegistration(uid("home")));
    assertThat(members().byOrganization(d, uid("org"))).extracting(m -> m.id().value()).containsExactly("m1", "m2");
    assertThat(members().servingIn(d, uid("home"))).extracting(m -> m.id().value()).containsExactly("m2", "m3");
    assertThat(members().servingIn(d, uid("org"))).isEmpty();
    members().update(change("moves"), m3.withOrganization(uid("org")).withServingCommunity(Optional.empty()));
    assertThat(members().byOrganization(d, uid("org"))).extracting(m -> m.id().value()).containsExactly("m1", "m2", "m3");
    assertThat(members().byOrganization(d, uid("org2"))).isEmpty();
    assertThat(members().servingIn(d, uid("home"))).extracting(m -> m.id().value()).containsExactly("m2");
  }
}

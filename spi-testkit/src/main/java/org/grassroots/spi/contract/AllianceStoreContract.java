package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.alliance.AllianceMembership;
import org.grassroots.alliance.ConvenerRotation;
import org.grassroots.alliance.MemberUnitKind;
import org.grassroots.district.DistrictId;
import org.grassroots.spi.AllianceStore;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.api.Test;

/** Alliances (大党工委 / 大党委): create, find, update with versions, anchors, listings. */
public abstract class AllianceStoreContract extends ContractSupport {

  private AllianceStore alliances() {
    return provider().alliances();
  }

  /** A new alliance anchored at {@code anchor} with {@code n} member units. */
  protected static Alliance alliance(DistrictId d, String id, String anchor, int n) {
    Alliance a = Alliance.of(d, AllianceId.of(id), "大党工委 " + id, uid(anchor));
    for (int i = 0; i < n; i++) {
      a = a.withMembership(AllianceMembership.joined("mu" + i, "成员单位 " + i,
          MemberUnitKind.values()[i % MemberUnitKind.values().length], D0.plusDays(i)));
    }
    return a;
  }

  @Test
  void createFindGetKeepEveryField() {
    DistrictId d = freshDistrict();
    create(d, "street", null);
    Alliance in = alliance(d, "big", "street", 3);
    in = in.withRotation(rotation(in));
    Alliance stored = alliances().create(change("create"), in);
    assertThat(stored).isEqualTo(in.withVersion(1));
    assertThat(alliances().find(d, AllianceId.of("big"))).contains(stored);
    assertThat(alliances().get(d, AllianceId.of("big"))).isEqualTo(stored);
    assertThat(alliances().find(d, AllianceId.of("none"))).isEmpty();
    assertThatThrownBy(() -> alliances().get(d, AllianceId.of("none"))).isInstanceOf(NotFoundException.class);
  }

  private static ConvenerRotation rotation(Alliance a) {
    ImmutableList<String> order = a.memberships().stream().map(AllianceMembership::unitId)
        .collect(ImmutableList.toImmutableList());
    return new ConvenerRotation(order, D0, java.time.Period.ofMonths(1));
  }

  @Test
  void duplicateIdIsAConflictAndMissingAnchorNotFound() {
    DistrictId d = freshDistrict();
    create(d, "street", null);
    Alliance first = alliances().create(change("create"), alliance(d, "big", "street", 1));
    assertThatThrownBy(() -> alliances().create(change("dup"), alliance(d, "big", "street", 2)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> alliances().create(change("ghost"), alliance(d, "other", "ghost", 2)))
        .isInstanceOf(NotFoundException.class);
    assertThat(alliances().get(d, AllianceId.of("big"))).isEqualTo(first);
    assertThat(alliances().find(d, AllianceId.of("other"))).isEmpty();
  }

  @Test
  void updatesAddOneToTheVersionAndStaleWritesAreRefused() {
    DistrictId d = freshDistrict();
    create(d, "street", null);
    Alliance v1 = alliances().create(change("create"), alliance(d, "big", "street", 1));
    Alliance v2 = alliances().update(change("join"), v1.withMembership(
        AllianceMembership.joined("new", "新成员", MemberUnitKind.values()[0], D0.plusDays(9))));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.memberships()).hasSize(2);
    assertThatThrownBy(() -> alliances().update(change("stale"), v1.withMembership(
        AllianceMembership.joined("lost", "丢失", MemberUnitKind.values()[0], D0))))
        .isInstanceOf(StaleVersionException.class);
    assertThat(alliances().get(d, v1.id())).isEqualTo(v2);
  }

  @Test
  void byAnchorAndListAreScopedAndOrdered() {
    DistrictId d = freshDistrict();
    create(d, "street", null);
    create(d, "community", "street");
    alliances().create(change("c"), alliance(d, "b", "street", 1));
    alliances().create(change("c"), alliance(d, "a", "community", 1));
    alliances().create(change("c"), alliance(d, "C", "street", 1));
    assertThat(alliances().byAnchor(d, uid("street"))).extracting(a -> a.id().value())
        .containsExactlyInAnyOrder("b", "C");
    assertThat(alliances().byAnchor(d, uid("nothing"))).isEmpty();
    assertThat(all(p -> alliances().list(d, p), 2)).extracting(a -> a.id().value())
        .containsExactly("C", "a", "b");
  }
}

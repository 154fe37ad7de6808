package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.DivisionCode;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TemporaryMandate;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.MemberId;
import org.grassroots.spi.ConflictException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StaleVersionException;
import org.junit.jupiter.api.Test;

/**
 * Organisation units in the JDBC adapter: every field stored and audited, duplicate, missing and
 * inactive parents refused, binary id order and paging, pre-order subtrees and nearest-first
 * ancestors, moves and merges that keep the closure whole, version checks, history and the tree as
 * of a date, and districts that do not see each other.
 */
abstract class JdbcUnitTests extends JdbcAdapterSupport {
  @Test
  void storesEveryFieldOfAUnitAndAudits() {
    OrgUnit root = create("root", null);
    OrgUnit rich = new OrgUnit(OrgUnitId.of("tmp-1"), district(), OrgKind.TEMPORARY_BRANCH,
        "返迁临时党支部 'quoted' \"x\"", Optional.of(root.id()), Optional.of(DivisionCode.of("110101001001")),
        OrgStatus.ACTIVE, D0, Optional.empty(),
        Optional.of(new TemporaryMandate("首批返迁", D0.plusYears(1))), Optional.empty(), D0.plusDays(3), 0);
    OrgUnit stored = provider().organizations().create(CHANGE, rich);
    assertThat(stored).isEqualTo(rich.withVersion(1));
    assertThat(provider().organizations().get(district(), rich.id())).isEqualTo(stored);
    List<AuditEntry> trail = provider().audit().forSubject(district(), AuditEntry.ORG_UNIT, "tmp-1");
    assertThat(trail).hasSize(1);
    assertThat(trail.get(0).after()).isEqualTo(stored.describe());
    assertThat(trail.get(0).at()).isEqualTo(CHANGE.at());
    assertThat(trail.get(0).sequence()).isEqualTo(2);
  }

  @Test
  void refusesDuplicatesMissingAndInactiveParents() {
    create("a", null);
    assertThatThrownBy(() -> create("a", null)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> create("b", "nobody")).isInstanceOf(NotFoundException.class);
    OrgUnit c = create("c", null);
    provider().organizations().update(CHANGE, c.withEnd(OrgStatus.DISSOLVED, D0.plusDays(1), null));
    assertThatThrownBy(() -> create("e", "c")).isInstanceOf(ConflictException.class);
    assertThat(provider().organizations().count(district())).isEqualTo(2);
  }

  @Test
  void listsInBinaryIdOrderAndPages() {
    for (String id : List.of("b", "B", "_x", "a", "A", "0", "a.b", "a-b", "Z:1")) {
      create(id, null);
    }
    List<String> expected = new ArrayList<>(List.of("b", "B", "_x", "a", "A", "0", "a.b", "a-b", "Z:1"));
    expected.sort(String::compareTo); // binary (UTF-16 = ASCII) order
    var first = provider().organizations().list(district(), PageRequest.first(4));
    var second = provider().organizations().list(district(), first.next().orElseThrow());
    var third = provider().organizations().list(district(), second.next().orElseThrow());
    assertThat(ids(first.items())).isEqualTo(expected.subList(0, 4));
    assertThat(ids(second.items())).isEqualTo(expected.subList(4, 8));
    assertThat(ids(third.items())).isEqualTo(expected.subList(8, 9));
    assertThat(third.hasMore()).isFalse();
    create("kids", null);
    for (String id : List.of("k-b", "k-B", "k-a", "k_A")) {
      create(id, "kids");
    }
    assertThat(ids(provider().organizations().children(district(), OrgUnitId.of("kids"))))
        .containsExactly("k-B", "k-a", "k-b", "k_A");
  }

  @Test
  void subtreeIsPreOrderAndAncestorsNearestFirst() {
    create("r", null);
    create("r.b", "r");
    create("r.a", "r");
    create("r.a.2", "r.a");
    create("r.a.1", "r.a");
    create("r.b.1", "r.b");
    assertThat(ids(provider().organizations().subtree(district(), OrgUnitId.of("r"))))
        .containsExactly("r", "r.a", "r.a.1", "r.a.2", "r.b", "r.b.1");
    assertThat(ids(provider().organizations().ancestors(district(), OrgUnitId.of("r.a.2"))))
        .containsExactly("r.a", "r");
    assertThat(provider().verifyClosure(district())).isZero();
  }

  @Test
  void movesKeepTheClosureWholeAndRefuseCycles() {
    create("r", null);
    create("x", "r");
    create("x1", "x");
    create("x11", "x1");
    create("y", "r");
    OrgUnit moved = provider().organizations().move(CHANGE, district(), OrgUnitId.of("x1"), 1,
        OrgUnitId.of("y"), D0.plusDays(5));
    assertThat(moved.parent()).contains(OrgUnitId.of("y"));
    assertThat(moved.version()).isEqualTo(2);
    assertThat(ids(provider().organizations().ancestors(district(), OrgUnitId.of("x11"))))
        .containsExactly("x1", "y", "r");
    assertThat(provider().verifyClosure(district())).isZero();
    assertThatThrownBy(() -> provider().organizations().move(CHANGE, district(), OrgUnitId.of("y"), 1,
        OrgUnitId.of("x11"), D0.plusDays(6))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> provider().organizations().move(CHANGE, district(), OrgUnitId.of("x1"), 1,
        OrgUnitId.of("r"), D0.plusDays(6))).isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> provider().organizations().move(CHANGE, district(), OrgUnitId.of("x1"), 2,
        OrgUnitId.of("r"), D0.plusDays(4))).isInstanceOf(InvalidInputException.class);
    // to the top and back
    provider().organizations().move(CHANGE, district(), OrgUnitId.of("x1"), 2, null, D0.plusDays(7));
    assertThat(ids(provider().organizations().ancestors(district(), OrgUnitId.of("x11"))))
        .containsExactly("x1");
    assertThat(provider().verifyClosure(district())).isZero();
  }

  @Test
  void mergeMovesChildrenAndMembersAndEndsTheAbsorbedUnit() {
    create("r", null);
    create("old", "r");
    create("new", "r");
    create("old.1", "old");
    create("old.1.1", "old.1");
    provider().members().create(CHANGE, member("m1", "old"));
    provider().members().create(CHANGE, member("m2", "r").withDualRegistration(OrgUnitId.of("old")));
    OrgUnit ended = provider().organizations().merge(CHANGE, district(), OrgUnitId.of("old"), 1,
        OrgUnitId.of("new"), D0.plusMonths(1));
    assertThat(ended.status()).isEqualTo(OrgStatus.MERGED);
    assertThat(ended.successor()).contains(OrgUnitId.of("new"));
    assertThat(ids(provider().organizations().subtree(district(), OrgUnitId.of("new"))))
        .containsExactly("new", "old.1", "old.1.1");
    assertThat(provider().members().get(district(), MemberId.of("m1")).organization()).isEqualTo(OrgUnitId.of("new"));
    assertThat(provider().members().get(district(), MemberId.of("m2")).servingCommunity()).contains(OrgUnitId.of("new"));
    assertThat(provider().members().get(district(), MemberId.of("m2")).version()).isEqualTo(2);
    assertThat(provider().verifyClosure(district())).isZero();
    assertThat(provider().audit().forSubject(district(), AuditEntry.ORG_UNIT, "old"))
        .extracting(AuditEntry::action).containsExactly("create", "merge");
    assertThatThrownBy(() -> provider().organizations().merge(CHANGE, district(), OrgUnitId.of("r"), 1,
        OrgUnitId.of("old.1"), D0.plusMonths(2))).isInstanceOf(ConflictException.class);
  }

  @Test
  void updateChecksVersionsImmutableFieldsAndActiveChildren() {
    OrgUnit r = create("r", null);
    create("c", "r");
    OrgUnit renamed = provider().organizations().update(CHANGE, r.withName("新名", D0.plusDays(2)));
    assertThat(renamed.version()).isEqualTo(2);
    assertThatThrownBy(() -> provider().organizations().update(CHANGE, r.withName("x", D0.plusDays(3))))
        .isInstanceOf(StaleVersionException.class);
    assertThatThrownBy(() -> provider().organizations().update(CHANGE, renamed.withParent(OrgUnitId.of("c"), D0.plusDays(3))))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> provider().organizations().update(CHANGE, renamed.withEnd(OrgStatus.DISSOLVED, D0.plusDays(3), null)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> provider().organizations().update(CHANGE, unit("ghost", null).withVersion(1)))
        .isInstanceOf(NotFoundException.class);
    assertThat(provider().organizations().get(district(), r.id())).isEqualTo(renamed);
  }

  @Test
  void historyAndTheTreeAsOfADate() {
    OrgUnit r = create("r", null);
    create("s", "r");
    provider().organizations().update(CHANGE, r.withName("改名", D0.plusDays(10)));
    OrgUnit s = provider().organizations().get(district(), OrgUnitId.of("s"));
    provider().organizations().update(CHANGE, s.withEnd(OrgStatus.DISSOLVED, D0.plusDays(20), null));
    assertThat(provider().organizations().history(district(), r.id())).extracting(OrgUnit::version)
        .containsExactly(1L, 2L);
    assertThat(provider().organizations().asOf(district(), D0.plusDays(5)))
        .extracting(OrgUnit::name).containsExactly("单位 r", "单位 s");
    assertThat(provider().organizations().asOf(district(), D0.plusDays(15)))
        .extracting(OrgUnit::name).containsExactly("改名", "单位 s");
    assertThat(ids(provider().organizations().asOf(district(), D0.plusDays(20)))).containsExactly("r");
    assertThat(provider().organizations().asOf(district(), D0.minusDays(1))).isEmpty();
  }

  @Test
  void districtsDoNotSeeEachOther() {
    create("shared-id", null);
    DistrictId other = DistrictId.of("o-" + UUID.randomUUID());
    assertThat(provider().organizations().find(other, OrgUnitId.of("shared-id"))).isEmpty();
    OrgUnit theirs = provider().organizations().create(CHANGE,
        OrgUnit.establish(other, OrgUnitId.of("shared-id"), OrgKind.STREET, "别区", null, D0));
    assertThat(theirs.version()).isEqualTo(1);
    assertThat(provider().organizations().count(other)).isEqualTo(1);
    assertThat(provider().audit().count(other)).isEqualTo(1);
    assertThat(provider().audit().list(other, PageRequest.first(10)).items().get(0).sequence()).isEqualTo(1);
  }
}

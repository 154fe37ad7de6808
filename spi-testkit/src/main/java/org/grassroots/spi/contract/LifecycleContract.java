package org.grassroots.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.HierarchySchema;
import org.grassroots.hierarchy.HierarchyService;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.input.InvalidInputException;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.ConflictException;
import org.junit.jupiter.api.Test;

/**
 * The hierarchy lifecycle ({@link HierarchyService}) over real storage: schema violations refused
 * with nothing changed; the 金山 regrouping (5 shell branches dissolved, 9 non-public branches merged
 * into 3 joint branches, a temporary resettlement branch that ends); the tree as of a past date.
 */
public abstract class LifecycleContract extends ContractSupport {
  private static final LocalDate DISSOLVE_DAY = LocalDate.of(2021, 3, 1);
  private static final LocalDate MERGE_DAY = LocalDate.of(2021, 4, 1);
  private static final LocalDate RESETTLE_DAY = LocalDate.of(2021, 5, 1);
  private static final LocalDate RESETTLE_END = LocalDate.of(2021, 6, 1);

  private HierarchyService service(DistrictId d) {
    return new HierarchyService(provider(), d, HierarchySchema.fourInOne());
  }

  /**
   * 金山 on {@code D0} (四位一体): the street alliance, 9 community alliances with two compound
   * branches each (c{i}-x2 of c1..c5 are shells without members), 9 non-public branches with two
   * members each.
   */
  private HierarchyService jinshan(DistrictId d) {
    HierarchyService s = service(d);
    s.establish(change("设立"), uid("jinshan"), OrgKind.STREET_ALLIANCE, "金山街道大党工委", null, D0);
    for (int c = 1; c <= 9; c++) {
      s.establish(change("设立"), uid("c" + c), OrgKind.COMMUNITY_ALLIANCE, "社区大党委 " + c, uid("jinshan"), D0);
      for (int x = 1; x <= 2; x++) {
        s.establish(change("设立"), uid("c" + c + "-x" + x), OrgKind.COMPOUND_BRANCH, "小区党支部 " + c + "-" + x,
            uid("c" + c), D0);
      }
      s.registerMember(change("登记"), member(d, "res" + c, "c" + c + "-x1"));
      if (c > 5) {
        s.registerMember(change("登记"), member(d, "res" + c + "b", "c" + c + "-x2"));
      }
    }
    for (int n = 1; n <= 9; n++) {
      s.establish(change("设立"), uid("np" + n), OrgKind.NON_PUBLIC_BRANCH, "非公企业党支部 " + n, uid("jinshan"), D0);
      s.registerMember(change("登记"), member(d, "np" + n + "a", "np" + n));
      s.registerMember(change("登记"), member(d, "np" + n + "b", "np" + n));
    }
    return s;
  }

  private static int count(TreeSnapshot t, OrgKind kind) {
    return t.positionsOf(kind).length;
  }

  @Test
  void jinshanRegroupingDissolvesShellsMergesNonPublicBranchesAndEndsTheTemporaryBranch() {
    DistrictId d = freshDistrict();
    HierarchyService s = jinshan(d);
    long members = provider().members().count(d);

    for (int c = 1; c <= 5; c++) {
      OrgUnit gone = s.dissolve(change("空壳支部撤销"), uid("c" + c + "-x2"), DISSOLVE_DAY);
      assertThat(gone.status()).isEqualTo(OrgStatus.DISSOLVED);
    }
    for (int j = 1; j <= 3; j++) {
      s.establish(change("联合党支部"), uid("np-joint" + j), OrgKind.NON_PUBLIC_BRANCH, "非公联合党支部 " + j,
          uid("jinshan"), MERGE_DAY);
    }
    for (int n = 1; n <= 9; n++) {
      OrgUnit merged = s.merge(change("调整归并"), uid("np" + n), uid("np-joint" + ((n + 2) / 3)), MERGE_DAY);
      assertThat(merged.status()).isEqualTo(OrgStatus.MERGED);
      assertThat(merged.successor()).contains(uid("np-joint" + ((n + 2) / 3)));
    }
    OrgUnit temp = s.establishTemporaryBranch(change("返迁"), uid("c1-resettle"), "第一批返迁临时党支部",
        uid("c1"), "第一批返迁安置", RESETTLE_DAY, RESETTLE_END);
    assertThat(temp.kind()).isEqualTo(OrgKind.TEMPORARY_BRANCH);
    assertThat(temp.temporary().orElseThrow().endsOn()).isEqualTo(RESETTLE_END);

    assertThat(s.endExpiredTemporaryBranches(change("到期"), RESETTLE_END.minusDays(1)).ended()).isEmpty();
    HierarchyService.Expiry expiry = s.endExpiredTemporaryBranches(change("到期"), RESETTLE_END);
    assertThat(expiry.ended()).singleElement().satisfies(u -> {
      assertThat(u.id()).isEqualTo(uid("c1-resettle"));
      assertThat(u.status()).isEqualTo(OrgStatus.ENDED);
      assertThat(u.validTo()).contains(RESETTLE_END);
    });
    assertThat(expiry.blocked()).isEmpty();
    assertThat(s.endExpiredTemporaryBranches(change("到期"), RESETTLE_END.plusDays(5)).ended()).isEmpty();

    TreeSnapshot now = s.snapshot();
    assertThat(count(now, OrgKind.COMMUNITY_ALLIANCE)).isEqualTo(9);
    assertThat(count(now, OrgKind.COMPOUND_BRANCH)).isEqualTo(13);
    assertThat(count(now, OrgKind.NON_PUBLIC_BRANCH)).isEqualTo(3);
    assertThat(count(now, OrgKind.TEMPORARY_BRANCH)).isZero();
    assertThat(now.size()).isEqualTo(1 + 9 + 13 + 3);
    for (int j = 1; j <= 3; j++) {
      assertThat(provider().members().byOrganization(d, uid("np-joint" + j))).hasSize(6);
    }
    assertThat(provider().members().count(d)).isEqualTo(members);

    TreeSnapshot before = s.snapshotAsOf(DISSOLVE_DAY.minusDays(1));
    assertThat(count(before, OrgKind.COMPOUND_BRANCH)).isEqualTo(18);
    assertThat(count(before, OrgKind.NON_PUBLIC_BRANCH)).isEqualTo(9);
    TreeSnapshot during = s.snapshotAsOf(RESETTLE_DAY.plusDays(10));
    assertThat(count(during, OrgKind.TEMPORARY_BRANCH)).isEqualTo(1);
    assertThat(count(during, OrgKind.NON_PUBLIC_BRANCH)).isEqualTo(3);
    assertThat(during.isUnder(during.require(uid("c1-resettle")), during.require(uid("c1")))).isTrue();
    assertThat(provider().audit().forSubject(d, AuditEntry.ORG_UNIT, "c3-x2"))
        .extracting(AuditEntry::reason).containsExactly("设立", "空壳支部撤销");
  }

  @Test
  void schemaViolationsAreRefusedAndChangeNothing() {
    DistrictId d = freshDistrict();
    HierarchyService s = jinshan(d);
    s.establish(change("联合"), uid("joint"), OrgKind.NON_PUBLIC_BRANCH, "联合党支部", uid("jinshan"), D0);
    List<OrgUnit> before = provider().organizations().subtree(d, uid("jinshan"));
    long audit = provider().audit().count(d);

    assertThatThrownBy(() -> s.establish(change("x"), uid("bad"), OrgKind.COMPOUND_BRANCH, "越级",
        uid("jinshan"), D0.plusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("hierarchy.kindNotAllowed"));
    assertThatThrownBy(() -> s.establish(change("x"), uid("bad-root"), OrgKind.COMMUNITY_ALLIANCE, "无上级",
        null, D0.plusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("hierarchy.rootNotAllowed"));
    assertThatThrownBy(() -> s.establish(change("x"), uid("grid"), OrgKind.GRID_BRANCH, "网格",
        uid("c1"), D0.plusDays(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.move(change("x"), uid("c1-x1"), uid("jinshan"), D0.plusDays(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.move(change("x"), uid("c1-x1"), null, D0.plusDays(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.merge(change("x"), uid("c1"), uid("joint"), D0.plusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("lifecycle.childNotAllowed"))
        .hasMessageContaining("c1-x1");
    assertThatThrownBy(() -> s.dissolve(change("x"), uid("c1-x1"), D0.plusDays(1)))
        .isInstanceOf(ConflictException.class);

    assertThat(provider().organizations().subtree(d, uid("jinshan"))).isEqualTo(before);
    assertThat(provider().audit().count(d)).isEqualTo(audit);
    assertThat(provider().organizations().find(d, uid("bad"))).isEmpty();
  }

  @Test
  void aSchemaAllowedMoveAndMergeGoThroughTheStore() {
    DistrictId d = freshDistrict();
    HierarchyService s = jinshan(d);
    OrgUnit moved = s.move(change("调整隶属"), uid("c1-x1"), uid("c2"), D0.plusDays(20));
    assertThat(moved.parent()).contains(uid("c2"));
    assertThat(moved.version()).isEqualTo(2);
    OrgUnit merged = s.merge(change("社区合并"), uid("c3"), uid("c4"), D0.plusDays(30));
    assertThat(merged.successor()).contains(uid("c4"));
    assertThat(ids(provider().organizations().children(d, uid("c4"))))
        .containsExactly("c3-x1", "c3-x2", "c4-x1", "c4-x2");
    OrgUnit renamed = s.rename(change("更名"), uid("c4"), "联合社区大党委", D0.plusDays(31));
    assertThat(provider().organizations().get(d, uid("c4"))).isEqualTo(renamed);
    assertThatThrownBy(() -> s.merge(change("again"), uid("c3"), uid("c5"), D0.plusDays(40)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.dissolve(change("again"), uid("c3"), D0.plusDays(40)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theTreeAsOfAPastDateFollowsMovesAndEnds() {
    DistrictId d = freshDistrict();
    HierarchyService s = jinshan(d);
    LocalDate moveDay = D0.plusDays(50);
    s.move(change("调整隶属"), uid("c1-x1"), uid("c2"), moveDay);
    s.dissolve(change("空壳支部撤销"), uid("c1-x2"), moveDay.plusDays(10));

    TreeSnapshot old = s.snapshotAsOf(moveDay.minusDays(1));
    assertThat(old.id(old.parent(old.require(uid("c1-x1"))))).isEqualTo(uid("c1"));
    assertThat(old.indexOf(uid("c1-x2"))).isPresent();
    TreeSnapshot after = s.snapshotAsOf(moveDay);
    assertThat(after.id(after.parent(after.require(uid("c1-x1"))))).isEqualTo(uid("c2"));
    TreeSnapshot later = s.snapshotAsOf(moveDay.plusDays(10));
    assertThat(later.indexOf(uid("c1-x2"))).isEmpty();
    assertThat(later.ids()).isEqualTo(s.snapshot().ids());
    assertThat(s.snapshotAsOf(D0.minusDays(1)).size()).isZero();
    assertThat(old.ids()).isEqualTo(TreeSnapshot.of(provider().organizations().asOf(d, moveDay.minusDays(1))).ids());
  }

  @Test
  void aTemporaryBranchWithActiveMembersIsReportedNotEnded() {
    DistrictId d = freshDistrict();
    HierarchyService s = jinshan(d);
    s.establishTemporaryBranch(change("返迁"), uid("temp"), "返迁临时党支部", uid("c2"), "返迁安置",
        RESETTLE_DAY, RESETTLE_END);
    Member m = s.registerMember(change("登记"), member(d, "volunteer", "c2-x1"));
    Member serving = s.reportToCommunity(change("双报到"), m.id(), uid("temp"));
    assertThat(serving.servingCommunity()).contains(uid("temp"));
    assertThat(serving.inService()).isTrue();
    assertThat(provider().members().servingIn(d, uid("temp"))).containsExactly(serving);

    HierarchyService.Expiry expiry = s.endExpiredTemporaryBranches(change("到期"), RESETTLE_END);
    assertThat(expiry.ended()).isEmpty();
    assertThat(expiry.blocked()).containsOnlyKeys(uid("temp"));
    assertThat(expiry.blocked().get(uid("temp"))).contains("temp").contains("|");
    assertThat(provider().organizations().get(d, uid("temp")).status()).isEqualTo(OrgStatus.ACTIVE);

    s.reportToCommunity(change("改报到"), m.id(), uid("c2"));
    assertThat(s.endExpiredTemporaryBranches(change("到期"), RESETTLE_END).ended())
        .extracting(OrgUnit::id).containsExactly(uid("temp"));
  }

  @Test
  void badInputIsRefusedWithTheFieldNamed() {
    DistrictId d = freshDistrict();
    HierarchyService s = jinshan(d);
    DistrictId other = freshDistrict();
    assertThatThrownBy(() -> new HierarchyService(null, d, HierarchySchema.fourInOne()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("storage");
    assertThatThrownBy(() -> s.establish(change("x"),
        OrgUnit.establish(other, uid("alien"), OrgKind.COMMUNITY_ALLIANCE, "外区", uid("jinshan"), D0)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("lifecycle.otherDistrict"));
    assertThatThrownBy(() -> s.registerMember(change("x"), member(other, "alien", "c1-x1")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.rename(null, uid("c1"), "x", D0.plusDays(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("change");
    assertThatThrownBy(() -> s.rename(change("x"), uid("c1"), " ", D0.plusDays(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("orgUnit.name");
    assertThatThrownBy(() -> s.establishTemporaryBranch(change("x"), uid("t"), "临时", uid("c1"), "项目",
        RESETTLE_DAY, RESETTLE_DAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("temporary.endsOn");
    assertThat(provider().organizations().find(d, uid("t"))).isEmpty();
    assertThat(provider().organizations().find(other, uid("alien"))).isEmpty();
    assertThat(provider().members().find(other, MemberId.of("alien"))).isEmpty();
    assertThat(OrgUnitId.of("c1")).isEqualTo(uid("c1"));
  }
}

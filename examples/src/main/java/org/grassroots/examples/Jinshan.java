package org.grassroots.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.alliance.AllianceMembership;
import org.grassroots.alliance.MemberUnitKind;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.HierarchySchema;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.lifecycle.HierarchyService;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.resettlement.HandoverAgreement;
import org.grassroots.resettlement.SigningProgress;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StorageProvider;
import org.grassroots.staffing.StaffAssignment;
import org.grassroots.staffing.StaffRole;
import org.grassroots.staffing.StaffingReport;
import org.grassroots.staffing.StaffingStandard;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;

/**
 * 厦门湖里区金山街道 (seed article 002): the 四位一体 organisation — 街道大党工委 — 社区大党委 — 小区党支部
 * — 楼道党小组 — with 73 member units in the street and community alliances, 5 shell branches
 * dissolved and the remaining non-public branches regrouped into 9, the staffing standard
 * (1 分管领导 + 1 党建社工 + 1 党建协理员 per community: 9 × 3 = 27), and the city's first resettlement
 * temporary branch (返迁临时党支部) with its 16 members, ended when its project is done.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.grassroots.examples.Jinshan}
 */
public final class Jinshan {
  static final DistrictId DISTRICT = DistrictId.of("jinshan");
  static final LocalDate FOUNDED = LocalDate.of(2017, 1, 1);
  /** The shell branches go and the rest are regrouped (百日攻坚行动, spring 2018). */
  static final LocalDate REGROUPED = LocalDate.of(2018, 5, 1);
  /** The staffing standard is met after the community elections (截至6月底). */
  static final LocalDate STAFFED = LocalDate.of(2018, 6, 30);
  /** 全市首家返迁临时党支部揭牌. */
  static final LocalDate TEMPORARY_OPENED = LocalDate.of(2018, 6, 29);
  static final LocalDate TEMPORARY_ENDS = LocalDate.of(2018, 12, 31);
  static final LocalDate REPORT_DAY = LocalDate.of(2018, 7, 29);

  static final String[] COMMUNITIES = {"金安", "高林", "金山", "湖里", "金林", "后坑", "五缘湾", "枋湖", "园山"};
  static final String[] SHELLS = {"云宝商盟", "壳甲", "壳乙", "壳丙", "壳丁"};
  static final int SCATTERED_NON_PUBLIC = 14;
  static final int REGROUPED_NON_PUBLIC = 9;
  static final int STREET_MEMBER_UNITS = 19;
  static final int COMMUNITY_MEMBER_UNITS = 6;
  static final int TEMPORARY_BRANCH_MEMBERS = 16;
  static final String PROJECT = "金林湾花园返迁安置";
  static final int HOUSEHOLDS_SIGNED_IN_A_MONTH = 296;

  private Jinshan() {}

  public static void main(String[] args) {
    PrintStream out = Console.out();
    try (StorageProvider storage = new InMemoryStorageProvider()) {
      run(storage, out);
    }
  }

  /** Builds 金山 in {@code storage}, prints its figures and returns the service. */
  static HierarchyService run(StorageProvider storage, PrintStream out) {
    HierarchyService jinshan = new HierarchyService(storage, DISTRICT, HierarchySchema.fourInOne());
    Change setUp = Change.of("example", "金山街道四位一体（种子文章002）", Instant.parse("2017-01-01T00:00:00Z"));

    OrgUnitId street = OrgUnitId.of("js");
    jinshan.establish(setUp, street, OrgKind.STREET_ALLIANCE, "金山街道大党工委", null, FOUNDED);
    List<OrgUnitId> communities = new ArrayList<>();
    for (int i = 0; i < COMMUNITIES.length; i++) {
      OrgUnitId c = OrgUnitId.of("c" + (i + 1));
      jinshan.establish(setUp, c, OrgKind.COMMUNITY_ALLIANCE, COMMUNITIES[i] + "社区大党委", street, FOUNDED);
      OrgUnitId compound = OrgUnitId.of("c" + (i + 1) + "-x1");
      jinshan.establish(setUp, compound, OrgKind.COMPOUND_BRANCH, COMMUNITIES[i] + "小区党支部", c, FOUNDED);
      jinshan.establish(setUp, OrgUnitId.of("c" + (i + 1) + "-x1-g1"), OrgKind.BUILDING_GROUP,
          COMMUNITIES[i] + "楼道党小组", compound, FOUNDED);
      communities.add(c);
    }

    // Non-public branches before the campaign: 5 shells (空壳党支部) and 14 scattered small ones.
    List<OrgUnitId> shells = new ArrayList<>();
    for (int i = 0; i < SHELLS.length; i++) {
      OrgUnitId s = OrgUnitId.of("np-shell-" + (i + 1));
      jinshan.establish(setUp, s, OrgKind.NON_PUBLIC_BRANCH, SHELLS[i] + "党支部", street, FOUNDED);
      shells.add(s);
    }
    List<OrgUnitId> scattered = new ArrayList<>();
    for (int i = 0; i < SCATTERED_NON_PUBLIC; i++) {
      OrgUnitId s = OrgUnitId.of("np-" + (i + 1));
      jinshan.establish(setUp, s, OrgKind.NON_PUBLIC_BRANCH, "非公企业党支部" + (i + 1), street, FOUNDED);
      scattered.add(s);
    }

    // 撤销 5 shell branches; 调整归并: the last 5 scattered branches merge into the first 5, leaving 9.
    Change campaign = Change.of("example", "百日攻坚行动：撤销空壳党支部、调整归并非公党组织",
        Instant.parse("2018-05-01T00:00:00Z"));
    for (OrgUnitId s : shells) {
      jinshan.dissolve(campaign, s, REGROUPED);
    }
    for (int i = REGROUPED_NON_PUBLIC; i < SCATTERED_NON_PUBLIC; i++) {
      jinshan.merge(campaign, scattered.get(i), scattered.get(i - REGROUPED_NON_PUBLIC), REGROUPED);
    }

    // Alliances: the street's 大党工委 with 19 member units, each community's 大党委 with 6; one more
    // unit joined the street alliance in 2017 and left before the report, so it is not counted.
    Alliance streetAlliance = Alliance.of(DISTRICT, AllianceId.of("js-street"), "金山街道大党工委", street)
        .join(AllianceMembership.joined("vanke", "万科集团", MemberUnitKind.NON_PUBLIC_ENTERPRISE, FOUNDED))
        .join(AllianceMembership.joined("rcb", "农商行", MemberUnitKind.STATE_ENTERPRISE, FOUNDED))
        .join(AllianceMembership.joined("hongai", "弘爱医院", MemberUnitKind.PUBLIC_INSTITUTION, FOUNDED));
    for (int i = 4; i <= STREET_MEMBER_UNITS; i++) {
      streetAlliance = streetAlliance.join(AllianceMembership.joined(
          "su" + i, "驻区单位" + i, MemberUnitKind.RESIDENT_UNIT, FOUNDED));
    }
    streetAlliance = streetAlliance
        .join(AllianceMembership.joined("gone", "已退出单位", MemberUnitKind.OTHER, FOUNDED))
        .leave("gone", LocalDate.of(2018, 3, 1));
    storage.alliances().create(setUp, streetAlliance);
    for (int i = 0; i < communities.size(); i++) {
      Alliance a = Alliance.of(DISTRICT, AllianceId.of("js-c" + (i + 1)), COMMUNITIES[i] + "社区大党委",
          communities.get(i));
      for (int k = 1; k <= COMMUNITY_MEMBER_UNITS; k++) {
        a = a.join(AllianceMembership.joined("u" + k, COMMUNITIES[i] + "共建单位" + k,
            k == 1 ? MemberUnitKind.PROPERTY_MANAGER : MemberUnitKind.RESIDENT_UNIT, FOUNDED));
      }
      storage.alliances().create(setUp, a);
    }

    // Staffing: before the elections only the leaders in charge were in post; afterwards the full
    // standard, one of each role per community.
    List<StaffAssignment> posts = new ArrayList<>();
    for (int i = 0; i < communities.size(); i++) {
      posts.add(StaffAssignment.of("leader-" + i, communities.get(i), StaffRole.LEADER_IN_CHARGE, FOUNDED));
      posts.add(StaffAssignment.of("worker-" + i, communities.get(i), StaffRole.PARTY_SOCIAL_WORKER, STAFFED));
      posts.add(StaffAssignment.of("assistant-" + i, communities.get(i), StaffRole.PARTY_ASSISTANT, STAFFED));
    }

    // 支部建在项目上: the resettlement temporary branch of 金林湾花园 in 高林 (the second community).
    OrgUnitId gaolin = communities.get(1);
    OrgUnitId temporary = OrgUnitId.of("jinlinwan-temp");
    Change opening = Change.of("example", "全市首家返迁临时党支部揭牌", Instant.parse("2018-06-29T00:00:00Z"));
    jinshan.establishTemporaryBranch(opening, temporary, "金林湾花园返迁临时党支部", gaolin,
        PROJECT, TEMPORARY_OPENED, TEMPORARY_ENDS);
    List<Member> resettled = new ArrayList<>();
    for (int i = 0; i < TEMPORARY_BRANCH_MEMBERS; i++) {
      resettled.add(jinshan.registerMember(opening, Member.of(DISTRICT, MemberId.of("jl" + i),
          "返迁户党员" + (i + 1), Yungang.syntheticIdNumber(i), temporary)));
    }

    // 返迁交房协议: 296 households sign in the branch's first 4 weeks, 4 of them sign a corrected
    // agreement, and 10 more sign in August
    List<HandoverAgreement> agreements = new ArrayList<>();
    for (int h = 0; h < HOUSEHOLDS_SIGNED_IN_A_MONTH; h++) {
      agreements.add(new HandoverAgreement("jlw-" + h, PROJECT, TEMPORARY_OPENED.plusDays(h % 28)));
    }
    for (int h = 0; h < 4; h++) {
      agreements.add(new HandoverAgreement("jlw-" + h, PROJECT, TEMPORARY_OPENED.plusDays(20)));
    }
    for (int h = HOUSEHOLDS_SIGNED_IN_A_MONTH; h < HOUSEHOLDS_SIGNED_IN_A_MONTH + 10; h++) {
      agreements.add(new HandoverAgreement("jlw-" + h, PROJECT, LocalDate.of(2018, 8, 6)));
    }

    out.println("厦门湖里区金山街道 · 四位一体 (Jinshan street, Huli — four-in-one schema)");
    out.println();
    TreeSnapshot before = jinshan.snapshotAsOf(REGROUPED.minusDays(1));
    TreeSnapshot after = jinshan.snapshotAsOf(REPORT_DAY);
    out.printf("  %s %12s %12s%n", pad("level", 54), REGROUPED.minusDays(1), REPORT_DAY);
    for (OrgKind kind : List.of(OrgKind.STREET_ALLIANCE, OrgKind.COMMUNITY_ALLIANCE, OrgKind.COMPOUND_BRANCH,
        OrgKind.BUILDING_GROUP, OrgKind.NON_PUBLIC_BRANCH, OrgKind.TEMPORARY_BRANCH)) {
      out.printf("  %s %12d %12d%n",
          pad(kind.displayName(Locale.CHINESE) + " " + kind.displayName(Locale.ENGLISH), 54),
          before.positionsOf(kind).length, after.positionsOf(kind).length);
    }
    long dissolved = countStatus(storage, OrgStatus.DISSOLVED);
    long merged = countStatus(storage, OrgStatus.MERGED);
    out.printf("  non-public branches: %d shell branches dissolved (撤销空壳党支部), %d merged, %d regrouped"
        + " non-public organisations remain (调整归并)%n", dissolved, merged,
        after.positionsOf(OrgKind.NON_PUBLIC_BRANCH).length);
    out.println();

    // member units on the report day, summed over every alliance of the district
    long memberUnits = 0;
    StringBuilder terms = new StringBuilder();
    for (Alliance a : storage.alliances().list(DISTRICT, PageRequest.first(100)).items()) {
      int n = a.membersOn(REPORT_DAY).size();
      memberUnits += n;
      terms.append(terms.length() == 0 ? "" : " + ").append(n);
    }
    out.printf("  member units (成员单位) of the street and community alliances on %s: %d%n", REPORT_DAY, memberUnits);
    out.printf("    = %s (the 9 社区大党委, then the street 大党工委; the unit that left on 2018-03-01 is"
        + " not counted)%n", terms);
    out.println();

    StaffingStandard standard = StaffingStandard.jinshan();
    List<OrgUnit> units = storage.organizations().asOf(DISTRICT, REPORT_DAY);
    StaffingReport early = StaffingReport.of(standard, units, posts, REGROUPED);
    StaffingReport report = StaffingReport.of(standard, units, posts, REPORT_DAY);
    out.printf("  staffing standard %s: %s per %s%n", standard.name(), describe(standard),
        standard.appliesTo().displayName(Locale.CHINESE));
    out.printf("  %s %10s %10s %10s %8s%n", pad("as of", 12), "required", "in post", "shortfall", "配齐");
    for (StaffingReport r : List.of(early, report)) {
      out.printf("  %s %10d %10d %10d %6d/%d%n", pad(r.asOf().toString(), 12), r.required(), r.actual(),
          r.shortfall(), r.unitsMeetingStandard(), r.units().size());
    }
    out.printf("  why %d: %d community alliances existing on %s × %d posts each (%s); the street"
        + " alliance and the compound branches are not of the kind the standard applies to%n",
        report.required(), report.units().size(), REPORT_DAY, standard.perUnit(), describe(standard));
    out.println();

    out.printf("  temporary branch: %s, project %s, %s .. %s, members %d%n",
        storage.organizations().get(DISTRICT, temporary).name(),
        storage.organizations().get(DISTRICT, temporary).temporary().get().project(),
        TEMPORARY_OPENED, TEMPORARY_ENDS, storage.members().byOrganization(DISTRICT, temporary).size());
    SigningProgress month = SigningProgress.of(agreements, PROJECT, TEMPORARY_OPENED, TEMPORARY_OPENED.plusDays(29));
    out.printf("  返迁交房协议 %s .. %s (%d days, under a month): %d households signed (近300户)%n",
        month.from(), month.to(), month.days(), month.households());
    out.printf("    why %d: %d agreements in the window, %d of them a household's second (counted once); last"
        + " signed %s; the %d signed in August are outside the window%n", month.households(), month.agreements(),
        month.agreements() - month.households(), month.lastSigned().orElseThrow(),
        SigningProgress.of(agreements, PROJECT, month.to().plusDays(1), TEMPORARY_ENDS).households());
    Change end = Change.of("example", "返迁安置完成", Instant.parse("2019-01-02T00:00:00Z"));
    HierarchyService.Expiry first = jinshan.endExpiredTemporaryBranches(end, TEMPORARY_ENDS);
    out.printf("  on %s: ended %d, blocked %d — %s%n", TEMPORARY_ENDS, first.ended().size(),
        first.blocked().size(), first.blocked().getOrDefault(temporary, ""));
    for (Member m : resettled) {
      Member cur = storage.members().get(DISTRICT, m.id());
      storage.members().update(end, cur.withOrganization(gaolin));
    }
    HierarchyService.Expiry second = jinshan.endExpiredTemporaryBranches(end, TEMPORARY_ENDS);
    out.printf("  after its %d members moved back to %s: ended %d; status %s, end date %s%n",
        resettled.size(), storage.organizations().get(DISTRICT, gaolin).name(), second.ended().size(),
        storage.organizations().get(DISTRICT, temporary).status(),
        storage.organizations().get(DISTRICT, temporary).validTo().orElse(null));
    return jinshan;
  }

  private static String describe(StaffingStandard standard) {
    StringBuilder b = new StringBuilder();
    standard.required().forEach((role, n) ->
        b.append(b.length() == 0 ? "" : " + ").append(n).append(' ').append(role.displayName(Locale.CHINESE)));
    return b.toString();
  }

  private static long countStatus(StorageProvider storage, OrgStatus status) {
    return storage.organizations().list(DISTRICT, PageRequest.first(1000)).items().stream()
        .filter(u -> u.status() == status).count();
  }

  private static String pad(String text, int width) {
    return Console.pad(text, width);
  }
}

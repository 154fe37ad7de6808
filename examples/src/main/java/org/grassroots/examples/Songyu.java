package org.grassroots.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grassroots.alliance.Alliance;
import org.grassroots.alliance.AllianceId;
import org.grassroots.alliance.AllianceMembership;
import org.grassroots.alliance.ConvenerRotation;
import org.grassroots.alliance.MemberUnitKind;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.HierarchySchema;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.lifecycle.HierarchyService;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.positions.PositionCoverage;
import org.grassroots.positions.PositionId;
import org.grassroots.positions.PositionLevel;
import org.grassroots.positions.ServicePosition;
import org.grassroots.positions.PositionRecordKinds;
import org.grassroots.volunteering.VolunteeringRecordKinds;
import org.grassroots.spi.StorageProvider;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.grassroots.volunteering.Activity;
import org.grassroots.volunteering.ActivityId;
import org.grassroots.volunteering.TeamId;
import org.grassroots.volunteering.VolunteerTeam;
import org.grassroots.volunteering.VolunteeringTally;

/**
 * 厦门海沧区嵩屿街道 (seed article 001): 四级联动 (区 — 街道 — 社区 — 楼栋, with 小区党支部 between
 * community and building), the street's 大党工委 whose 48 member units take turns to convene (轮流牵头),
 * the 三级阵地 of service positions (1 street centre + 7 community centres + 33 compound homes), the
 * street's 2,329 members, 1,029 in-service members on the service lists of whom 929 reported to
 * compound branches (双报到), and 130+ volunteer teams with 16,900+ person-times this year.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.grassroots.examples.Songyu}
 */
public final class Songyu {
  static final DistrictId DISTRICT = DistrictId.of("haicang");
  static final LocalDate FOUNDED = LocalDate.of(2017, 1, 1);
  static final LocalDate ROTATION_START = LocalDate.of(2018, 1, 1);
  /** The day of the article (2018-09-21). */
  static final LocalDate REPORTED = LocalDate.of(2018, 9, 21);
  static final LocalDate YEAR_START = LocalDate.of(2018, 1, 1);

  static final String[] COMMUNITIES = {"海发", "海翔", "海虹", "城市社区4", "城市社区5", "城市社区6", "城市社区7"};
  static final int COMPOUNDS = 33;
  static final int MEMBER_UNITS = 48;
  static final int STREET_MEMBERS = 2329;
  static final int IN_SERVICE = 1029;
  static final int REPORTING_TO_COMPOUNDS = 929;
  static final int VOLUNTEER_TEAMS = 132;
  static final int ACTIVITIES_THIS_YEAR = 846;

  private Songyu() {}

  public static void main(String[] args) {
    PrintStream out = Console.out();
    try (StorageProvider storage = new InMemoryStorageProvider()) {
      run(storage, out);
    }
  }

  static HierarchyService run(StorageProvider storage, PrintStream out) {
    HierarchyService haicang = new HierarchyService(storage, DISTRICT, HierarchySchema.fourLevel());
    Change setUp = Change.of("example", "嵩屿街道四级联动（种子文章001）", Instant.parse("2017-01-01T00:00:00Z"));
    OrgUnitId district = OrgUnitId.of("hc");
    OrgUnitId street = OrgUnitId.of("songyu");
    haicang.establish(setUp, district, OrgKind.DISTRICT, "中共厦门市海沧区委", null, FOUNDED);
    haicang.establish(setUp, street, OrgKind.STREET_COMMITTEE, "嵩屿街道党工委", district, FOUNDED);
    List<OrgUnitId> communities = new ArrayList<>();
    for (int i = 0; i < COMMUNITIES.length; i++) {
      OrgUnitId c = OrgUnitId.of("c" + (i + 1));
      haicang.establish(setUp, c, OrgKind.COMMUNITY_ORG, COMMUNITIES[i] + "社区党委", street, FOUNDED);
      communities.add(c);
    }
    // 一小区一支部: 33 compound branches spread over the communities, each with a building group
    List<OrgUnitId> compounds = new ArrayList<>();
    for (int i = 0; i < COMPOUNDS; i++) {
      OrgUnitId x = OrgUnitId.of(String.format("x%02d", i + 1));
      haicang.establish(setUp, x, OrgKind.COMPOUND_BRANCH, "小区党支部" + (i + 1),
          communities.get(i * communities.size() / COMPOUNDS), FOUNDED);
      haicang.establish(setUp, OrgUnitId.of(x.value() + "-b1"), OrgKind.BUILDING_GROUP,
          "小区" + (i + 1) + "1号楼党小组", x, FOUNDED);
      compounds.add(x);
    }

    // members: 2,329 whose membership is in the street (communities and compound branches), and
    // 1,029 in-service members held by district organs who report where they live — 929 to compound
    // branches, the other 100 to community organisations
    List<OrgUnitId> streetUnits = new ArrayList<>(communities);
    streetUnits.addAll(compounds);
    List<Member> members = new ArrayList<>(STREET_MEMBERS + IN_SERVICE);
    for (int i = 0; i < STREET_MEMBERS; i++) {
      members.add(Member.of(DISTRICT, MemberId.of(String.format("m%05d", i)), "党员" + i,
          Yungang.syntheticIdNumber(i), streetUnits.get(i % streetUnits.size())));
    }
    for (int i = 0; i < IN_SERVICE; i++) {
      OrgUnitId servesIn = i < REPORTING_TO_COMPOUNDS ? compounds.get(i % COMPOUNDS) : communities.get(i % communities.size());
      members.add(Member.of(DISTRICT, MemberId.of(String.format("s%05d", i)), "在职党员" + i,
          Yungang.syntheticIdNumber(STREET_MEMBERS + i), district).withDualRegistration(servesIn));
    }
    storage.members().createAll(setUp, members);

    // 大党工委: 48 member units convene in turn, one month each from January 2018; unit 10 leaves on
    // 1 October 2018, so its turn passes to the next unit and nobody else's turn shifts
    Alliance alliance = Alliance.of(DISTRICT, AllianceId.of("songyu-big"), "嵩屿街道大党工委", street);
    List<String> order = new ArrayList<>();
    for (int i = 1; i <= MEMBER_UNITS; i++) {
      String id = String.format("u%02d", i);
      MemberUnitKind kind = i <= 3 ? MemberUnitKind.BUSINESS_DISTRICT : i <= 20 ? MemberUnitKind.STATE_ORGAN
          : i <= 30 ? MemberUnitKind.PUBLIC_INSTITUTION : MemberUnitKind.RESIDENT_UNIT;
      String name = i == 1 ? "阿罗海商圈" : i == 2 ? "天虹商圈" : i == 3 ? "泰地海西中心" : "成员单位" + i;
      alliance = alliance.join(AllianceMembership.joined(id, name, kind, FOUNDED));
      order.add(id);
    }
    alliance = alliance.withRotation(ConvenerRotation.of(order, ROTATION_START, Period.ofMonths(1)))
        .leave("u10", LocalDate.of(2018, 10, 1));
    storage.alliances().create(setUp, alliance);

    // 三级阵地: the street centre, 7 community centres, 33 compound homes
    List<ServicePosition> positions = new ArrayList<>();
    positions.add(ServicePosition.open(PositionId.of("p-street"), "嵩屿街道党建服务中心", PositionLevel.STREET_CENTRE,
        street, FOUNDED));
    for (int i = 0; i < communities.size(); i++) {
      positions.add(ServicePosition.open(PositionId.of("p-" + communities.get(i)), COMMUNITIES[i] + "社区党群服务中心",
          PositionLevel.COMMUNITY_CENTRE, communities.get(i), FOUNDED));
    }
    for (int i = 0; i < compounds.size(); i++) {
      positions.add(ServicePosition.open(PositionId.of("p-" + compounds.get(i)), "小区党群之家" + (i + 1),
          PositionLevel.COMPOUND_HOME, compounds.get(i), FOUNDED.plusMonths(i % 12)));
    }

    // volunteer teams of the units (5 volunteers each) and this year's activities, 20 person-times
    // each; activities of 2017 are not this year's
    List<VolunteerTeam> teams = new ArrayList<>();
    for (int t = 0; t < VOLUNTEER_TEAMS; t++) {
      List<String> roster = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        roster.add(String.format("v%04d", t * 5 + k));
      }
      teams.add(VolunteerTeam.of(TeamId.of("t" + t), "志愿服务队" + (t + 1), streetUnits.get(t % streetUnits.size()),
          FOUNDED, roster));
    }
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < ACTIVITIES_THIS_YEAR; i++) {
      VolunteerTeam by = teams.get(i % teams.size());
      activities.add(Activity.of(ActivityId.of("a" + i), by.unit(), "公益志愿服务", YEAR_START.plusDays(i % 263), 20)
          .byTeam(by.id()));
    }
    for (int i = 0; i < 40; i++) {
      VolunteerTeam by = teams.get(i);
      activities.add(Activity.of(ActivityId.of("old" + i), by.unit(), "公益志愿服务", LocalDate.of(2017, 6, 1), 15)
          .byTeam(by.id()));
    }

    // kept through the storage SPI; the coverage and the tally count the records read back
    Change keep = Change.of("example", "嵩屿街道阵地与志愿服务记录", Instant.parse("2018-09-20T00:00:00Z"));
    positions = RecordKeeping.keep(storage, DISTRICT, keep, PositionRecordKinds.SERVICE_POSITION, positions);
    teams = RecordKeeping.keep(storage, DISTRICT, keep, VolunteeringRecordKinds.VOLUNTEER_TEAM, teams);
    activities = RecordKeeping.keep(storage, DISTRICT, keep, VolunteeringRecordKinds.ACTIVITY, activities);

    out.println("厦门海沧区嵩屿街道 · 四级联动 (Songyu street, Haicang — four-level linkage)");
    out.println();
    TreeSnapshot tree = haicang.snapshot();
    for (OrgKind kind : List.of(OrgKind.DISTRICT, OrgKind.STREET_COMMITTEE, OrgKind.COMMUNITY_ORG,
        OrgKind.COMPOUND_BRANCH, OrgKind.BUILDING_GROUP)) {
      out.printf("  %s %6d%n", Console.pad(kind.displayName(Locale.CHINESE) + " " + kind.displayName(Locale.ENGLISH), 50),
          tree.positionsOf(kind).length);
    }
    List<String> chain = new ArrayList<>();
    OrgUnitId building = OrgUnitId.of("x33-b1");
    for (OrgUnit u : storage.organizations().ancestors(DISTRICT, building)) {
      chain.add(0, u.name());
    }
    chain.add(storage.organizations().get(DISTRICT, building).name());
    out.println("  四级联动 of one building: " + String.join(" → ", chain));
    out.println();

    PositionCoverage coverage = PositionCoverage.of(
        List.of(PositionLevel.STREET_CENTRE, PositionLevel.COMMUNITY_CENTRE, PositionLevel.COMPOUND_HOME),
        storage.organizations().asOf(DISTRICT, REPORTED), positions, REPORTED);
    out.printf("  三级阵地 on %s: %d positions%n", REPORTED, coverage.positions());
    for (PositionCoverage.LevelCoverage l : coverage.levels()) {
      out.printf("    %s %4d   hosts covered %d/%d%n",
          Console.pad(l.level().displayName(Locale.CHINESE) + " " + l.level().displayName(Locale.ENGLISH), 62),
          l.positions(), l.covered(), l.hosts());
    }
    out.println();

    // members per unit, rolled up the tree in one pass
    long[] held = new long[tree.size()];
    long[] serving = new long[tree.size()];
    long[] servingCompound = new long[tree.size()];
    for (int i = 0; i < tree.size(); i++) {
      held[i] = storage.members().byOrganization(DISTRICT, tree.id(i)).size();
      serving[i] = storage.members().servingIn(DISTRICT, tree.id(i)).size();
      servingCompound[i] = tree.kind(i).equals(OrgKind.COMPOUND_BRANCH) ? serving[i] : 0;
    }
    int s = tree.require(street);
    long streetMembers = tree.rollUpSum(held)[s];
    long reporting = tree.rollUpSum(serving)[s];
    long toCompounds = tree.rollUpSum(servingCompound)[s];
    out.printf("  members of the street (党员, held by its units): %d%n", streetMembers);
    out.printf("  in-service members on the service lists (在职党员服务清单认领): %d%n", reporting);
    out.printf("  of them reported to compound branches (到小区党支部报到): %d%n", toCompounds);
    out.printf("  why %d: members whose serving unit (双报到) is a 小区党支部 under the street, summed up the"
        + " tree; the other %d report to the 社区党委 directly; all %d hold their membership in %s%n",
        toCompounds, reporting - toCompounds, reporting, storage.organizations().get(DISTRICT, district).name());
    out.println();

    Alliance stored = storage.alliances().get(DISTRICT, alliance.id());
    out.printf("  %s: %d member units on %s; convener (轮值牵头) one month each from %s%n", stored.name(),
        stored.membersOn(REPORTED).size(), REPORTED, ROTATION_START);
    for (LocalDate day : List.of(REPORTED, LocalDate.of(2018, 10, 15), LocalDate.of(2018, 11, 15),
        LocalDate.of(2021, 12, 15), LocalDate.of(2022, 1, 15))) {
      ConvenerRotation.Turn turn = stored.rotation().get().turnOn(day).orElseThrow();
      AllianceMembership convener = stored.convenerOn(day).orElseThrow();
      out.printf("    %s  turn %2d (%s .. %s)  by order: %s  convenes: %s %s%n", day, turn.number(), turn.from(),
          turn.until().minusDays(1), stored.rotation().get().scheduledOn(day).orElseThrow(), convener.unitId(),
          convener.name());
    }
    out.printf("    why: turn k runs from %s + (k − 1) months and belongs to unit number ((k − 1) mod %d) + 1 of"
        + " the order; u10 left on 2018-10-01, so turn 10 passes to the next member unit and turn 11 stays"
        + " u11's%n", ROTATION_START, order.size());
    out.println();

    VolunteeringTally year = VolunteeringTally.of(teams, activities, YEAR_START, REPORTED, VolunteeringTally.BY_TEAMS);
    out.printf("  volunteer teams (志愿服务队): %d; their service %s .. %s: %d activities, %d person-times (人次)%n",
        year.teams(), YEAR_START, REPORTED, year.activities(), year.participations());
    return haicang;
  }
}

package org.grassroots.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.HierarchySchema;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.lifecycle.HierarchyService;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.volunteering.VolunteeringRecordKinds;
import org.grassroots.spi.StorageProvider;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.grassroots.volunteering.Activity;
import org.grassroots.volunteering.ActivityId;
import org.grassroots.volunteering.TeamId;
import org.grassroots.volunteering.VolunteerTeam;
import org.grassroots.volunteering.VolunteeringTally;

/**
 * 厦门翔安区新店街道东兴社区 (seed article 004): 近邻党建 — 8 volunteer teams with 110 volunteers and
 * 60+ activities with 400+ participations; 21 Go lessons since 2023 with 251 trainee-times; 130
 * activities with 3,625 participations in 2023. The activities are built one by one on the
 * community's tree (stored in the embedded default) and every figure is a {@link VolunteeringTally}
 * over a date window and a filter.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.grassroots.examples.Dongxing}
 */
public final class Dongxing {
  static final DistrictId DISTRICT = DistrictId.of("xiangan");
  static final LocalDate FOUNDED = LocalDate.of(2022, 1, 1);
  /** The day of the article (2024-07-11): the cumulative figures run up to it. */
  static final LocalDate REPORTED = LocalDate.of(2024, 7, 11);
  static final LocalDate YEAR_2023 = LocalDate.of(2023, 1, 1);
  static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
  static final String GO_LESSONS = "go-lessons";

  static final String[] TEAMS = {"助老", "助残", "环保", "文明劝导", "平安巡逻", "亲子早教", "钩针编织", "邻里互助"};
  static final int[] TEAM_SIZES = {15, 15, 15, 15, 15, 15, 14, 14};
  static final int VOLUNTEER_PEOPLE = 110;
  static final int TEAM_ACTIVITIES = 62;
  static final int GO_LESSON_COUNT = 21;
  static final int OTHER_ACTIVITIES_2023 = 77;
  static final String[] PLACES = {"九溪红谈心室", "睦邻议事厅", "幸福九溪社创室", "康乐家园", "篮球场"};

  private Dongxing() {}

  public static void main(String[] args) {
    PrintStream out = Console.out();
    try (StorageProvider storage = new InMemoryStorageProvider()) {
      run(storage, out);
    }
  }

  /** The records the example builds. */
  record Records(List<VolunteerTeam> teams, List<Activity> activities) {}

  static Records run(StorageProvider storage, PrintStream out) {
    HierarchyService xiangan = new HierarchyService(storage, DISTRICT, HierarchySchema.fourLevel());
    Change setUp = Change.of("example", "东兴社区近邻党建（种子文章004）", Instant.parse("2022-01-01T00:00:00Z"));
    OrgUnitId district = OrgUnitId.of("xa");
    OrgUnitId street = OrgUnitId.of("xindian");
    OrgUnitId community = OrgUnitId.of("dongxing");
    OrgUnitId jiuxi = OrgUnitId.of("jiuxi");
    xiangan.establish(setUp, district, OrgKind.DISTRICT, "中共厦门市翔安区委", null, FOUNDED);
    xiangan.establish(setUp, street, OrgKind.STREET_COMMITTEE, "新店街道党工委", district, FOUNDED);
    xiangan.establish(setUp, community, OrgKind.COMMUNITY_ORG, "东兴社区党支部", street, FOUNDED);
    xiangan.establish(setUp, jiuxi, OrgKind.COMPOUND_BRANCH, "九溪小区党支部", community, FOUNDED);
    Member teacher = xiangan.registerMember(setUp, Member.of(DISTRICT, MemberId.of("lu"), "卢梦醒",
        Yungang.syntheticIdNumber(7), jiuxi));

    // 8 teams; roster places run over 110 people in turn, so the last 8 places of the last team go
    // to people already in the first team
    List<VolunteerTeam> teams = new ArrayList<>();
    int place = 0;
    for (int t = 0; t < TEAMS.length; t++) {
      List<String> roster = new ArrayList<>();
      for (int k = 0; k < TEAM_SIZES[t]; k++) {
        roster.add(String.format("v%03d", place++ % VOLUNTEER_PEOPLE));
      }
      teams.add(VolunteerTeam.of(TeamId.of("team-" + (t + 1)), TEAMS[t] + "志愿服务队", community,
          FOUNDED.plusMonths(t), roster));
    }

    List<Activity> activities = new ArrayList<>();
    // the teams' activities: every tenth day from September 2022, 7 participations for the first 40
    // and 6 for the others
    for (int i = 0; i < TEAM_ACTIVITIES; i++) {
      VolunteerTeam by = teams.get(i % teams.size());
      activities.add(Activity.of(ActivityId.of("v" + i), community, by.name() + "活动" + (i + 1),
          LocalDate.of(2022, 9, 4).plusDays(10L * i), i < 40 ? 7 : 6).byTeam(by.id()));
    }
    // 卢梦醒's Go lessons (围棋教学公益课): a Sunday every three weeks from February 2023
    for (int k = 0; k < GO_LESSON_COUNT; k++) {
      int trainees = k == GO_LESSON_COUNT - 1 ? 20 : k < 11 ? 12 : 11;
      activities.add(Activity.of(ActivityId.of("go" + (k + 1)), jiuxi, "围棋教学公益课第" + (k + 1) + "期",
          LocalDate.of(2023, 2, 5).plusWeeks(3L * k), trainees).inSeries(GO_LESSONS));
    }
    // the other activities of 2023 at the community's positions: 41 or 42 participations each
    for (int i = 0; i < OTHER_ACTIVITIES_2023; i++) {
      activities.add(Activity.of(ActivityId.of("a" + i), community, PLACES[i % PLACES.length] + "活动",
          YEAR_2023.plusDays(4L * i + 2), i < 31 ? 42 : 41));
    }
    // one activity of the year before the teams (2021): inside no window below
    activities.add(Activity.of(ActivityId.of("a2021"), community, "清洁家园", LocalDate.of(2021, 12, 5), 25));

    // kept through the storage SPI; the tallies count the records read back
    Change keep = Change.of("example", "东兴社区志愿服务记录（种子文章004）", Instant.parse("2023-12-31T00:00:00Z"));
    teams = RecordKeeping.keep(storage, DISTRICT, keep, VolunteeringRecordKinds.VOLUNTEER_TEAM, teams);
    activities = RecordKeeping.keep(storage, DISTRICT, keep, VolunteeringRecordKinds.ACTIVITY, activities);

    VolunteeringTally volunteering = VolunteeringTally.of(teams, activities, FOUNDED, REPORTED, VolunteeringTally.BY_TEAMS);
    VolunteeringTally go = VolunteeringTally.of(teams, activities, YEAR_2023, REPORTED, VolunteeringTally.inSeries(GO_LESSONS));
    VolunteeringTally year = VolunteeringTally.of(teams, activities, YEAR_2023, END_2023, VolunteeringTally.ALL);

    out.println("厦门翔安区新店街道东兴社区 · 近邻党建 (Dongxing community, Xindian street, Xiang'an)");
    out.println();
    out.printf("  volunteer teams (志愿者队伍) on %s: %d, volunteers (志愿者): %d (roster places %d)%n",
        REPORTED, volunteering.teams(), volunteering.volunteers(), volunteering.rosterPlaces());
    out.printf("  their activities %s .. %s: %d (累计开展活动), participations: %d (人次)%n",
        FOUNDED, REPORTED, volunteering.activities(), volunteering.participations());
    out.printf("  %s's Go lessons %s .. %s: %d lessons (期), %d trainee-times (培训学员人次)%n",
        teacher.name(), YEAR_2023, REPORTED, go.activities(), go.participations());
    out.printf("  all activities in 2023: %d (场), %d participations (人次)%n", year.activities(), year.participations());
    out.println();

    // why 110: distinct people over the rosters
    out.printf("  why %d volunteers: %d teams with %d roster places; %d places belong to people"
        + " already on another team, and a person counts once%n", volunteering.volunteers(), volunteering.teams(), volunteering.rosterPlaces(),
        volunteering.rosterPlaces() - volunteering.volunteers());
    // why 130 and 3,625: the same window, split by who ran the activity
    VolunteeringTally teams2023 = VolunteeringTally.of(teams, activities, YEAR_2023, END_2023, VolunteeringTally.BY_TEAMS);
    VolunteeringTally go2023 = VolunteeringTally.of(teams, activities, YEAR_2023, END_2023, VolunteeringTally.inSeries(GO_LESSONS));
    VolunteeringTally others2023 = VolunteeringTally.of(teams, activities, YEAR_2023, END_2023,
        a -> a.team().isEmpty() && a.series().isEmpty());
    out.printf("  why %d activities and %d participations in 2023 (%s .. %s, both days included):%n",
        year.activities(), year.participations(), YEAR_2023, END_2023);
    out.printf("    %s %5d %8d%n", Console.pad("run by the volunteer teams", 40), teams2023.activities(), teams2023.participations());
    out.printf("    %s %5d %8d%n", Console.pad("Go lessons (围棋教学公益课)", 40), go2023.activities(), go2023.participations());
    out.printf("    %s %5d %8d%n", Console.pad("other activities at the positions (阵地)", 40), others2023.activities(),
        others2023.participations());
    out.printf("    %s %5d %8d%n", Console.pad("= 2023", 40), teams2023.activities() + go2023.activities()
        + others2023.activities(), teams2023.participations() + go2023.participations() + others2023.participations());
    out.printf("  stored: %d organisation units, Go lessons held by %s%n", storage.organizations().count(DISTRICT),
        storage.organizations().get(DISTRICT, jiuxi).name());
    return new Records(teams, activities);
  }
}

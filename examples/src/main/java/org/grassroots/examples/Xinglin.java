package org.grassroots.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.grassroots.boards.BatchId;
import org.grassroots.boards.Board;
import org.grassroots.boards.BoardCategory;
import org.grassroots.boards.BoardEntry;
import org.grassroots.boards.BoardEntryId;
import org.grassroots.boards.BoardStatistics;
import org.grassroots.boards.CadreId;
import org.grassroots.boards.CadreRanking;
import org.grassroots.boards.GateCheck;
import org.grassroots.boards.HardTask;
import org.grassroots.boards.Promotion;
import org.grassroots.boards.PromotionGate;
import org.grassroots.boards.PromotionSlate;
import org.grassroots.boards.Promotions;
import org.grassroots.boards.RankingPolicy;
import org.grassroots.boards.RecruitmentBatch;
import org.grassroots.boards.Standing;
import org.grassroots.boards.TaskId;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.HierarchySchema;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.lifecycle.HierarchyService;
import org.grassroots.positions.PositionCoverage;
import org.grassroots.positions.PositionId;
import org.grassroots.positions.PositionLevel;
import org.grassroots.positions.ServicePosition;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.grassroots.boards.BoardRecordKinds;
import org.grassroots.positions.PositionRecordKinds;
import org.grassroots.spi.StorageProvider;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.grassroots.volunteering.Activity;
import org.grassroots.volunteering.ActivityId;
import org.grassroots.volunteering.VolunteeringTally;

/**
 * 厦门集美区杏林街道 (seed article 000): the cadre performance boards (干部履职尽责评价榜) since 2017 —
 * the advanced board (先进榜, 8 categories), the improvement board (促进榜, 4 categories) and the
 * recruitment board (招贤榜) of hard tasks — with promotions recommended by ranking behind the two
 * gates (政治过硬、廉政过关). The article's figures — 50 batches and 143 projects, 614 sign-ups, 175
 * people and 1,567 entries on the advanced board, 40+ promotions — are computed from the records
 * built here by {@link BoardStatistics}; records of 2016 exist and must not count.
 *
 * <p>The boards are values; the street's tree, its 28 service positions (阵地) with the four compound
 * demonstration sites, and the red cinema's sessions (红色影厅) are built on the embedded default.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.grassroots.examples.Xinglin}
 */
public final class Xinglin {
  static final LocalDate SINCE = LocalDate.of(2017, 1, 1);
  static final int FIRST_YEAR = 2017;
  static final int LAST_YEAR = 2022;
  static final int BATCHES = 50;
  static final int PROJECTS = 143;
  static final int CADRES = 175;
  static final int PROMOTION_SLOTS_PER_YEAR = 7;
  static final DistrictId DISTRICT = DistrictId.of("jimei");
  /** The day of the article. */
  static final LocalDate REPORTED = LocalDate.of(2022, 11, 17);
  static final String[] COMMUNITIES = {"纺织", "宁宝", "宁海", "莲亭"};
  /** The four compound demonstration sites (小区党建示范点), one per community above. */
  static final String[] DEMONSTRATION_SITES = {"华铃花园", "宁宝世家", "杏林湾一号", "臻园"};
  static final int COMPOUND_HOMES = 23;
  static final int RED_CINEMA_SESSIONS = 52;

  private Xinglin() {}

  public static void main(String[] args) {
    PrintStream out = Console.out();
    try (StorageProvider storage = new InMemoryStorageProvider()) {
      run(storage, out);
    }
  }

  /** The records the example builds, and what it computed from them. */
  record Result(BoardStatistics stats, List<HardTask> tasks, List<BoardEntry> entries) {}

  static Result run(StorageProvider storage, PrintStream out) {
    Board advanced = Board.xinglinAdvanced();
    Board improvement = Board.xinglinImprovement();

    // 招贤榜: one batch of 2016 (before the system, not counted), then 50 batches from 2017.
    List<RecruitmentBatch> batches = new ArrayList<>();
    List<HardTask> tasks = new ArrayList<>();
    batches.add(new RecruitmentBatch(BatchId.of("b2016"), LocalDate.of(2016, 11, 1), "2016年试行"));
    tasks.add(HardTask.publish(TaskId.of("t2016"), BatchId.of("b2016"), "试行项目")
        .signUp(CadreId.of("c0")).signUp(CadreId.of("c1")));
    for (int b = 0; b < BATCHES; b++) {
      batches.add(new RecruitmentBatch(BatchId.of("b" + b), SINCE.plusDays(10 + 40L * b),
          "第" + (b + 1) + "批招贤榜"));
    }
    // 143 hard tasks spread over the batches; the first 42 drew 5 volunteers, the others 4
    for (int j = 0; j < PROJECTS; j++) {
      HardTask t = HardTask.publish(TaskId.of("t" + j), BatchId.of("b" + (j % BATCHES)), "急难险重任务" + (j + 1));
      int signUps = j < 42 ? 5 : 4;
      for (int k = 0; k < signUps; k++) {
        t = t.signUp(CadreId.of("c" + ((j * 7 + k * 31) % 200)));
      }
      LocalDate published = batches.get(1 + j % BATCHES).published();
      t = t.chooseLeader(t.signUps().get(j % signUps), published.plusDays(7));
      if (j < PROJECTS - 3) { // three still under way
        t = t.recordOutcome(j % 10 != 0, published.plusDays(60));
      }
      tasks.add(t);
    }

    // 先进榜: 175 cadres, 9 entries each for the first 167 and 8 for the rest, 2017–2022; 促进榜:
    // every 11th cadre once; and one advanced entry of 2016 that must not count.
    List<BoardEntry> entries = new ArrayList<>();
    int e = 0;
    for (int i = 0; i < CADRES; i++) {
      int count = i < 167 ? 9 : 8;
      for (int k = 0; k < count; k++) {
        Period year = Period.year(FIRST_YEAR + (i + k) % 6);
        String category = advanced.categories().get((i * 3 + k) % 8).code();
        entries.add(advanced.enter(BoardEntryId.of("e" + e++), CadreId.of("c" + i), year, category,
            Fixed.of(1 + (i * 7 + k * 3) % 10), "绩效考评优异"));
      }
      if (i % 11 == 0) {
        entries.add(improvement.enter(BoardEntryId.of("e" + e++), CadreId.of("c" + i),
            Period.year(FIRST_YEAR + i % 6), "lagging", Fixed.of(2), "工作推进滞后"));
      }
    }
    // one of 2022's best had a problem on record that year: the improvement board bars a promotion
    entries.add(improvement.enter(BoardEntryId.of("e" + e++), CadreId.of("c107"), Period.year(LAST_YEAR),
        "problems", Fixed.of(1), "履职出现问题"));
    entries.add(advanced.enter(BoardEntryId.of("e2016"), CadreId.of("c176"), Period.year(2016),
        "performance", Fixed.of(5), "2016年试行"));

    // kept through the storage SPI (招贤榜 batches and tasks, board entries); what follows is
    // computed from the records read back
    Change keep = Change.of("example", "杏林街道三榜记录（种子文章000）", Instant.parse("2022-11-17T00:00:00Z"));
    batches = RecordKeeping.keep(storage, DISTRICT, keep, BoardRecordKinds.RECRUITMENT_BATCH, batches);
    tasks = RecordKeeping.keep(storage, DISTRICT, keep, BoardRecordKinds.HARD_TASK, tasks);
    entries = RecordKeeping.keep(storage, DISTRICT, keep, BoardRecordKinds.BOARD_ENTRY, entries);

    // the two gates: every 13th cadre (from the 6th) has an integrity finding, the rest pass both
    List<GateCheck> checks = new ArrayList<>();
    for (int i = 0; i < CADRES; i++) {
      checks.add(new GateCheck(CadreId.of("c" + i), "political", true));
      checks.add(new GateCheck(CadreId.of("c" + i), "integrity", i % 13 != 5));
    }

    // promotions: each year's recommendations (7 slots), appointed the next January
    List<Promotion> promotions = new ArrayList<>();
    promotions.add(new Promotion(CadreId.of("c176"), LocalDate.of(2016, 12, 1), Period.year(2016)));
    Map<Integer, PromotionSlate> slates = new TreeMap<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      List<Standing> ranking = CadreRanking.rank(entries, Period.year(year), RankingPolicy.xinglin());
      PromotionSlate slate = Promotions.recommend(ranking, PromotionGate.xinglin(), checks,
          PROMOTION_SLOTS_PER_YEAR, RankingPolicy.xinglin());
      slates.put(year, slate);
      for (Standing s : slate.recommended()) {
        promotions.add(new Promotion(s.cadre(), LocalDate.of(year + 1, 1, 15), Period.year(year)));
      }
    }

    promotions = RecordKeeping.keep(storage, DISTRICT, keep, BoardRecordKinds.PROMOTION, promotions);
    BoardStatistics stats = BoardStatistics.since(SINCE, batches, tasks, entries, promotions);
    BoardStatistics all = BoardStatistics.since(LocalDate.of(2000, 1, 1), batches, tasks, entries, promotions);

    out.println("厦门集美区杏林街道 · 干部履职尽责评价榜 (Xinglin street, Jimei — cadre performance boards)");
    out.println();
    out.printf("  %s %d categories: %s%n", advanced.name(), advanced.categories().size(), names(advanced));
    out.printf("  %s %d categories: %s%n", improvement.name(), improvement.categories().size(), names(improvement));
    out.println("  招贤榜 recruitment board: hard tasks published in batches; cadres sign up, one leads");
    out.println();
    out.printf("  %s %14s %14s%n", pad("since " + SINCE, 44), "since 2017", "all records");
    row(out, "招贤榜 batches (批)", stats.batches(), all.batches());
    row(out, "招贤榜 projects (个项目)", stats.projects(), all.projects());
    row(out, "sign-ups (报名人次)", stats.signUps(), all.signUps());
    row(out, "先进榜 people (名同志)", stats.advancedPeople(), all.advancedPeople());
    row(out, "先进榜 entries (人次)", stats.advancedEntries(), all.advancedEntries());
    row(out, "promotions (提拔任用人次)", stats.promotions(), all.promotions());
    out.println();

    // why 614: distinct sign-ups per task, summed over the tasks of the counted batches
    Map<Integer, Integer> tasksBySignUps = new TreeMap<>(java.util.Comparator.reverseOrder());
    for (HardTask t : tasks) {
      if (!t.batch().equals(BatchId.of("b2016"))) {
        tasksBySignUps.merge(t.signUps().size(), 1, Integer::sum);
      }
    }
    StringBuilder terms = new StringBuilder();
    tasksBySignUps.forEach((n, count) ->
        terms.append(terms.length() == 0 ? "" : " + ").append(count).append(" tasks × ").append(n));
    out.printf("  why %d sign-ups: each task's distinct sign-ups, summed over the %d tasks of the %d"
        + " batches published since %s = %s; the 2016 batch is left out%n",
        stats.signUps(), stats.projects(), stats.batches(), SINCE, terms);
    out.println();

    // why these promotions: the last year's ranking, walked best first behind the gates
    PromotionSlate last = slates.get(LAST_YEAR);
    out.printf("  %d ranking (net = 先进榜 points − 1 × 促进榜 points), walked best first for %d slots:%n",
        LAST_YEAR, PROMOTION_SLOTS_PER_YEAR);
    List<Standing> ranking = CadreRanking.rank(entries, Period.year(LAST_YEAR), RankingPolicy.xinglin());
    int shown = 0;
    for (Standing s : ranking) {
      String verdict = last.recommended().contains(s) ? "recommended 推荐"
          : last.passedOver().stream().filter(p -> p.standing().equals(s)).findFirst()
              .map(p -> "passed over 未推荐: " + String.join(", ", p.reasons())).orElse("not reached");
      out.printf("  %3d. %-5s advanced %6s  improvement %5s  net %6s  %s%n", s.place(), s.cadre(),
          Fixed.format(s.advancedScore()), Fixed.format(s.improvementScore()), Fixed.format(s.net()), verdict);
      if (++shown == 10) {
        break;
      }
    }
    Standing barred = ranking.stream().filter(s -> s.cadre().equals(CadreId.of("c107"))).findFirst().orElseThrow();
    out.printf("  %3d. %-5s advanced %6s  improvement %5s  net %6s  %s%n", barred.place(), barred.cadre(),
        Fixed.format(barred.advancedScore()), Fixed.format(barred.improvementScore()), Fixed.format(barred.net()),
        RankingPolicy.xinglin().bars(barred.improvementEntries())
            ? "barred 不予推荐: " + barred.improvementEntries() + " 促进榜 entry in " + LAST_YEAR : "not barred");
    out.print("  recommended per year:");
    slates.forEach((year, slate) -> out.printf(" %d: %d", year, slate.recommended().size()));
    out.println();
    out.println();
    positionsAndCinema(storage, out);
    return new Result(stats, tasks, entries);
  }

  /**
   * The street's positions and the red cinema. The article gives 28 positions in all and names the
   * street centre and four compound demonstration sites; the split of the rest (a centre in each of
   * the four named communities, 23 compound homes) is this example's assumption.
   */
  private static void positionsAndCinema(StorageProvider storage, PrintStream out) {
    HierarchyService jimei = new HierarchyService(storage, DISTRICT, HierarchySchema.fourLevel());
    Change setUp = Change.of("example", "杏林街道阵地（种子文章000）", Instant.parse("2017-01-01T00:00:00Z"));
    OrgUnitId street = OrgUnitId.of("xinglin");
    jimei.establish(setUp, OrgUnitId.of("jm"), OrgKind.DISTRICT, "中共厦门市集美区委", null, SINCE);
    jimei.establish(setUp, street, OrgKind.STREET_COMMITTEE, "杏林街道党工委", OrgUnitId.of("jm"), SINCE);
    List<ServicePosition> positions = new ArrayList<>();
    positions.add(ServicePosition.open(PositionId.of("p-street"), "“至心杏林”党群服务中心",
        PositionLevel.STREET_CENTRE, street, LocalDate.of(2019, 7, 1)));
    for (int i = 0; i < COMMUNITIES.length; i++) {
      OrgUnitId c = OrgUnitId.of("c" + (i + 1));
      jimei.establish(setUp, c, OrgKind.COMMUNITY_ORG, COMMUNITIES[i] + "社区党委", street, SINCE);
      positions.add(ServicePosition.open(PositionId.of("p-" + c), COMMUNITIES[i] + "社区党群服务中心",
          PositionLevel.COMMUNITY_CENTRE, c, SINCE));
    }
    for (int i = 0; i < COMPOUND_HOMES; i++) { // 一小区一支部, each with its home
      OrgUnitId x = OrgUnitId.of(String.format("x%02d", i + 1));
      String name = i < DEMONSTRATION_SITES.length ? DEMONSTRATION_SITES[i] : "小区" + (i + 1);
      jimei.establish(setUp, x, OrgKind.COMPOUND_BRANCH, name + "小区党支部",
          OrgUnitId.of("c" + (i % COMMUNITIES.length + 1)), SINCE);
      positions.add(ServicePosition.open(PositionId.of("p-" + x),
          name + (i < DEMONSTRATION_SITES.length ? "党群之家（小区党建示范点）" : "党群之家"),
          PositionLevel.COMPOUND_HOME, x, SINCE.plusMonths(i)));
    }
    positions = RecordKeeping.keep(storage, DISTRICT, setUp, PositionRecordKinds.SERVICE_POSITION, positions);
    PositionCoverage coverage = PositionCoverage.of(
        List.of(PositionLevel.STREET_CENTRE, PositionLevel.COMMUNITY_CENTRE, PositionLevel.COMPOUND_HOME),
        storage.organizations().asOf(DISTRICT, REPORTED), positions, REPORTED);
    StringBuilder split = new StringBuilder();
    coverage.levels().forEach(l -> split.append(split.length() == 0 ? "" : " + ").append(l.positions()));
    out.printf("  service positions (党建引领、服务群众的各类阵地) on %s: %d = %s (street centre + community"
        + " centres + compound homes)%n", REPORTED, coverage.positions(), split);
    out.print("  compound demonstration sites (小区党建示范点):");
    positions.stream().filter(p -> p.name().contains("示范点"))
        .forEach(p -> out.print(" " + storage.organizations().get(DISTRICT, p.host()).name()));
    out.println();

    // 红色影厅: a screening or lesson every 13 days from January 2021, 97 viewers each
    List<Activity> sessions = new ArrayList<>();
    for (int i = 0; i < RED_CINEMA_SESSIONS; i++) {
      sessions.add(Activity.of(ActivityId.of("red" + i), street, "红色影厅学习教育第" + (i + 1) + "场",
          LocalDate.of(2021, 1, 10).plusDays(13L * i), 97).inSeries("red-cinema"));
    }
    VolunteeringTally cinema = VolunteeringTally.of(List.of(), sessions, LocalDate.of(2021, 1, 1), REPORTED,
        VolunteeringTally.inSeries("red-cinema"));
    out.printf("  红色影厅 %s .. %s: %d sessions (50多场), %d participations (5000多人次)%n",
        LocalDate.of(2021, 1, 1), REPORTED, cinema.activities(), cinema.participations());
  }

  private static String names(Board board) {
    StringBuilder b = new StringBuilder();
    for (BoardCategory c : board.categories()) {
      b.append(b.length() == 0 ? "" : "、").append(c.name());
    }
    return b.toString();
  }

  private static void row(PrintStream out, String label, long since, long all) {
    out.printf("  %s %14d %14d%n", pad(label, 44), since, all);
  }

  private static String pad(String text, int width) {
    return Console.pad(text, width);
  }
}

package org.grassroots.spi.contract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.grassroots.assessment.AssessmentRecord;
import org.grassroots.boards.BatchId;
import org.grassroots.boards.Board;
import org.grassroots.boards.BoardEntry;
import org.grassroots.boards.BoardEntryId;
import org.grassroots.boards.CadreId;
import org.grassroots.boards.HardTask;
import org.grassroots.boards.Promotion;
import org.grassroots.boards.RecruitmentBatch;
import org.grassroots.boards.TaskId;
import org.grassroots.communitytypes.CommunityTypesRecord;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.ledgers.EntryId;
import org.grassroots.ledgers.LedgerEntry;
import org.grassroots.ledgers.LedgerKind;
import org.grassroots.members.MemberId;
import org.grassroots.orders.OrderId;
import org.grassroots.orders.OrderKind;
import org.grassroots.orders.ServiceOrder;
import org.grassroots.positions.PositionId;
import org.grassroots.positions.PositionLevel;
import org.grassroots.positions.ServicePosition;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetId;
import org.grassroots.spi.RecordKind;
import org.grassroots.published.AssessmentRecordKinds;
import org.grassroots.boards.BoardRecordKinds;
import org.grassroots.communitytypes.CommunityTypesRecordKinds;
import org.grassroots.ledgers.LedgerRecordKinds;
import org.grassroots.orders.OrderRecordKinds;
import org.grassroots.positions.PositionRecordKinds;
import org.grassroots.volunteering.VolunteeringRecordKinds;
import org.grassroots.volunteering.Activity;
import org.grassroots.volunteering.ActivityId;
import org.grassroots.volunteering.TeamId;

/**
 * A sample generator per {@link org.grassroots.spi.RecordKind record kind}, for the {@link RecordStoreContract} and
 * the codec round-trip properties: each draws a valid record from a {@link Random} — statuses,
 * optional fields and text with quotes, commas, line breaks and Chinese — with a given number (its
 * id), owner and period.
 */
public final class RecordSamples {
  private RecordSamples() {}

  /** Makes the {@code n}-th record of a kind for {@code owner} in {@code period}. */
  @FunctionalInterface
  public interface Maker<V> {
    V make(Random random, int n, String owner, Period period);
  }

  /**
   * The samples of one kind.
   *
   * @param kind the kind
   * @param maker draws a record; its id is a function of {@code n} alone
   * @param change a different record with the same id (what an update stores)
   */
  public record Sample<V>(RecordKind<V> kind, Maker<V> maker, UnaryOperator<V> change) {
    public V make(Random random, int n, String owner, Period period) {
      return maker.make(random, n, owner, period);
    }

    @Override
    public String toString() {
      return kind.name();
    }
  }

  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);
  private static final LocalDateTime T0 = LocalDateTime.of(2024, 3, 1, 8, 30);

  /** Text with what a codec may get wrong: quotes, a comma, a backslash, a line break, Chinese. */
  private static String text(Random r, String what, int n) {
    String[] tails = {"", " \"引号\"", ", 逗号", " \\ 反斜杠", "\n第二行\t制表", " {\"json\": 1}"};
    return what + " " + n + tails[r.nextInt(tails.length)];
  }

  private static LocalDate day(Random r) {
    return D0.plusDays(r.nextInt(300));
  }

  public static final Sample<LedgerEntry> LEDGER_ENTRY = new Sample<>(LedgerRecordKinds.LEDGER_ENTRY, (r, n, owner, p) -> {
    OrgUnitId unit = OrgUnitId.of(owner);
    MemberId member = MemberId.of("m" + r.nextInt(50));
    LocalDate recorded = day(r);
    if (r.nextInt(5) == 0) {
      LedgerEntry commitment = LedgerEntry.open(EntryId.of("c" + n), LedgerKind.COMMITMENT, unit, member, recorded,
          "承诺").resolve(recorded.plusDays(r.nextInt(30)));
      return LedgerEntry.fulfilmentOf(commitment, EntryId.of("e" + n), text(r, "履诺", n));
    }
    LedgerKind kind = List.of(LedgerKind.COMMITMENT, LedgerKind.ASSISTANCE, LedgerKind.DEMAND).get(r.nextInt(3));
    LedgerEntry e = LedgerEntry.open(EntryId.of("e" + n), kind, unit, member, recorded, text(r, "困难家庭 张某", n));
    return switch (r.nextInt(5)) {
      case 0 -> e;
      case 1 -> e.respond(recorded.plusDays(r.nextInt(5)));
      case 2 -> e.respond(recorded.plusDays(1)).resolve(recorded.plusDays(2 + r.nextInt(20)));
      case 3 -> e.close(recorded.plusDays(r.nextInt(9)));
      default -> e.resolve(recorded);
    };
  }, e -> new LedgerEntry(e.id(), e.kind(), e.unit(), e.responsible(), e.status(), e.recorded(), e.responded(),
      e.finished(), e.commitment(), e.subject() + "·更正"));

  public static final Sample<ServiceOrder> SERVICE_ORDER = new Sample<>(OrderRecordKinds.SERVICE_ORDER, (r, n, owner, p) -> {
    LocalDateTime placed = T0.plusMinutes(r.nextInt(100_000)).plusNanos(r.nextInt(1000) * 1000L);
    ServiceOrder o = ServiceOrder.place(OrderId.of("o" + n), OrgUnitId.of(owner),
        OrderKind.values()[r.nextInt(OrderKind.values().length)], placed,
        Duration.ofHours(1 + r.nextInt(72)).plusMinutes(r.nextInt(60)), text(r, "居民 李某 电话 138", n));
    int steps = r.nextInt(5);
    if (steps == 0) {
      return o;
    }
    if (steps == 1) {
      return o.close(placed.plusHours(1));
    }
    o = o.dispatch(MemberId.of("m" + r.nextInt(50)), placed.plusMinutes(5));
    if (steps == 2) {
      return r.nextBoolean() ? o : o.close(placed.plusHours(2));
    }
    o = o.accept(o.assignee().orElseThrow(), placed.plusMinutes(30));
    if (steps == 3) {
      return o;
    }
    return r.nextBoolean() ? o.complete(placed.plusHours(1 + r.nextInt(100))) : o.close(placed.plusHours(3));
  }, o -> new ServiceOrder(o.id(), o.community(), o.kind(), o.status(), o.placed(), o.timeLimit(), o.assignee(),
      o.dispatched(), o.accepted(), o.finished(), o.request() + "·更正"));

  public static final Sample<BoardEntry> BOARD_ENTRY = new Sample<>(BoardRecordKinds.BOARD_ENTRY, (r, n, owner, p) -> {
    Board board = r.nextBoolean() ? Board.xinglinAdvanced() : Board.xinglinImprovement();
    String category = board.categories().get(r.nextInt(board.categories().size())).code();
    return board.enter(BoardEntryId.of("b" + n), CadreId.of(owner), p, category, 1 + r.nextInt(2_000_000),
        text(r, "上榜理由", n));
  }, e -> new BoardEntry(e.id(), e.board(), e.kind(), e.category(), e.cadre(), e.period(), e.score() + 1, e.reason()));

  public static final Sample<RecruitmentBatch> RECRUITMENT_BATCH = new Sample<>(BoardRecordKinds.RECRUITMENT_BATCH,
      (r, n, owner, p) -> new RecruitmentBatch(BatchId.of("batch" + n), day(r), text(r, "第 n 批招贤榜", n)),
      b -> new RecruitmentBatch(b.id(), b.published(), b.title() + "·更正"));

  public static final Sample<HardTask> HARD_TASK = new Sample<>(BoardRecordKinds.HARD_TASK, (r, n, owner, p) -> {
    HardTask t = HardTask.publish(TaskId.of("t" + n), BatchId.of(owner), text(r, "攻坚项目", n));
    int signUps = r.nextInt(4);
    for (int i = 0; i < signUps; i++) {
      t = t.signUp(CadreId.of("cadre" + i));
    }
    LocalDate settled = day(r);
    if (signUps > 0 && r.nextBoolean()) {
      t = t.chooseLeader(CadreId.of("cadre" + r.nextInt(signUps)), settled);
      return r.nextBoolean() ? t : t.recordOutcome(r.nextBoolean(), settled.plusDays(r.nextInt(90)));
    }
    return r.nextBoolean() ? t : t.withdraw(settled);
  }, t -> new HardTask(t.id(), t.batch(), t.title() + "·更正", t.status(), t.signUps(), t.leader(), t.settled()));

  public static final Sample<Promotion> PROMOTION = new Sample<>(BoardRecordKinds.PROMOTION,
      (r, n, owner, p) -> new Promotion(CadreId.of(owner), D0.plusDays(n), p),
      x -> new Promotion(x.cadre(), x.on(), x.basis().previous()));

  public static final Sample<org.grassroots.volunteering.VolunteerTeam> VOLUNTEER_TEAM = new Sample<>(
      VolunteeringRecordKinds.VOLUNTEER_TEAM, (r, n, owner, p) -> {
        List<String> people = new ArrayList<>();
        int k = 1 + r.nextInt(6);
        for (int i = 0; i < k; i++) {
          people.add("person-" + (char) ('a' + i) + r.nextInt(1000));
        }
        return org.grassroots.volunteering.VolunteerTeam.of(TeamId.of("team" + n), text(r, "志愿服务队", n),
            OrgUnitId.of(owner), day(r), people);
      }, t -> new org.grassroots.volunteering.VolunteerTeam(t.id(), t.name() + "·更正", t.unit(), t.formed(),
          t.volunteers()));

  public static final Sample<Activity> ACTIVITY = new Sample<>(VolunteeringRecordKinds.ACTIVITY, (r, n, owner, p) -> {
    Activity a = Activity.of(ActivityId.of("a" + n), OrgUnitId.of(owner), text(r, "围棋课", n), day(r), r.nextInt(500));
    if (r.nextBoolean()) {
      a = a.byTeam(TeamId.of("team" + r.nextInt(5)));
    }
    return r.nextBoolean() ? a : a.inSeries("go-lessons");
  }, a -> new Activity(a.id(), a.unit(), a.team(), a.series(), a.title(), a.on(), a.participants() + 1));

  public static final Sample<ServicePosition> SERVICE_POSITION = new Sample<>(PositionRecordKinds.SERVICE_POSITION,
      (r, n, owner, p) -> {
        PositionLevel level = switch (r.nextInt(4)) {
          case 0 -> PositionLevel.STREET_CENTRE;
          case 1 -> PositionLevel.COMMUNITY_CENTRE;
          case 2 -> PositionLevel.COMPOUND_HOME;
          default -> new PositionLevel("grid-station", "网格党群驿站", "grid station", OrgKind.of("grid-branch"));
        };
        LocalDate opened = day(r);
        ServicePosition s = ServicePosition.open(PositionId.of("pos" + n), text(r, "党群服务中心", n), level,
            OrgUnitId.of(owner), opened);
        return r.nextBoolean() ? s : s.closing(opened.plusDays(1 + r.nextInt(400)));
      }, s -> new ServicePosition(s.id(), s.name() + "·更正", s.level(), s.host(), s.opened(), s.closed()));

  private static final List<String> TYPES = List.of("model", "heritage", "safe", "culture", "care", "livable");

  public static final Sample<CommunityTypesRecord> COMMUNITY_TYPES = new Sample<>(CommunityTypesRecordKinds.COMMUNITY_TYPES,
      (r, n, owner, p) -> {
        ImmutableSet.Builder<RuleId> held = ImmutableSet.builder();
        for (String t : TYPES) {
          if (r.nextBoolean()) {
            held.add(RuleId.of(t));
          }
        }
        return new CommunityTypesRecord(RulesetId.of("types-" + n), p, OrgUnitId.of(owner), held.build(),
            r.nextBoolean());
      }, x -> new CommunityTypesRecord(x.rules(), x.period(), x.community(), x.types(), !x.demonstration()));

  public static final Sample<AssessmentRecord> ASSESSMENT_RESULT = new Sample<>(AssessmentRecordKinds.ASSESSMENT_RESULT,
      (r, n, owner, p) -> {
        ImmutableMap.Builder<IndicatorId, Long> categories = ImmutableMap.builder();
        int k = r.nextInt(5);
        for (int i = 0; i < k; i++) {
          categories.put(IndicatorId.of("cat" + (char) ('z' - i)), (long) r.nextInt(1_000_000) - 100_000);
        }
        ImmutableList<RuleId> vetoes = r.nextInt(4) == 0 ? ImmutableList.of(RuleId.of("v1"), RuleId.of("v0"))
            : ImmutableList.of();
        return new AssessmentRecord(RulesetId.of("rs"), n + 1, p, OrgUnitId.of(owner), r.nextLong() % 10_000_000_000L,
            r.nextBoolean() ? java.util.Optional.of(RuleId.of("excellent")) : java.util.Optional.empty(), vetoes,
            r.nextBoolean(), categories.buildOrThrow());
      }, x -> new AssessmentRecord(x.ruleset(), x.version(), x.period(), x.unit(), x.total() + 1, x.grade(),
          x.vetoes(), x.cutByQuota(), x.categories()));

  /** Every sample, one per record kind the library's program packages declare. */
  public static List<Sample<?>> all() {
    return List.of(LEDGER_ENTRY, SERVICE_ORDER, BOARD_ENTRY, RECRUITMENT_BATCH, HARD_TASK, PROMOTION, VOLUNTEER_TEAM,
        ACTIVITY, SERVICE_POSITION, COMMUNITY_TYPES, ASSESSMENT_RESULT);
  }
}

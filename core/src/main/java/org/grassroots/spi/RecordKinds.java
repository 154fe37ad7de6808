package org.grassroots.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import org.grassroots.assessment.AssessmentRecord;
import org.grassroots.boards.BatchId;
import org.grassroots.boards.BoardEntry;
import org.grassroots.boards.BoardEntryId;
import org.grassroots.boards.BoardKind;
import org.grassroots.boards.CadreId;
import org.grassroots.boards.HardTask;
import org.grassroots.boards.Promotion;
import org.grassroots.boards.RecruitmentBatch;
import org.grassroots.boards.TaskId;
import org.grassroots.boards.TaskStatus;
import org.grassroots.communitytypes.CommunityTypesRecord;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.ledgers.EntryId;
import org.grassroots.ledgers.EntryStatus;
import org.grassroots.ledgers.LedgerEntry;
import org.grassroots.ledgers.LedgerKind;
import org.grassroots.members.MemberId;
import org.grassroots.orders.OrderId;
import org.grassroots.orders.OrderKind;
import org.grassroots.orders.OrderStatus;
import org.grassroots.orders.ServiceOrder;
import org.grassroots.positions.PositionId;
import org.grassroots.positions.PositionLevel;
import org.grassroots.positions.ServicePosition;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.RulesetId;
import org.grassroots.volunteering.Activity;
import org.grassroots.volunteering.ActivityId;
import org.grassroots.volunteering.TeamId;
import org.grassroots.volunteering.VolunteerTeam;

/**
 * The record kinds of the programs (项目记录种类), each stored by the {@link RecordStore}: the one
 * place that says how each program's records are keyed and written as fields. Field names follow
 * the record components; personal fields (a ledger subject, an order's request, a team's
 * volunteers) are masked in the audit trail.
 */
public final class RecordKinds {
  private RecordKinds() {}

  /** An entry of the four ledgers (四本台账); owner: the unit; the subject is personal. */
  public static final RecordKind<LedgerEntry> LEDGER_ENTRY = RecordKind.builder("ledger-entry", LedgerEntry.class)
      .id(LedgerEntry::id).owner("unit", LedgerEntry::unit).status(LedgerEntry::status)
      .codec(e -> RecordFields.writer()
              .put("id", e.id()).put("kind", e.kind().name()).put("unit", e.unit())
              .put("responsible", e.responsible()).put("status", e.status().name())
              .put("recorded", e.recorded()).put("responded", e.responded()).put("finished", e.finished())
              .put("commitment", e.commitment()).put("subject", e.subject()).build(),
          f -> new LedgerEntry(f.get("id", EntryId::of), f.enumValue("kind", LedgerKind.class),
              f.get("unit", OrgUnitId::of), f.get("responsible", MemberId::of),
              f.enumValue("status", EntryStatus.class), f.date("recorded"), f.optionalDate("responded"),
              f.optionalDate("finished"), f.getOptional("commitment", EntryId::of), f.text("subject")))
      .personal("subject")
      .build();

  /** A service order of 三单制; owner: the community; the request is personal. */
  public static final RecordKind<ServiceOrder> SERVICE_ORDER = RecordKind.builder("service-order", ServiceOrder.class)
      .id(ServiceOrder::id).owner("community", ServiceOrder::community).status(ServiceOrder::status)
      .codec(o -> RecordFields.writer()
              .put("id", o.id()).put("community", o.community()).put("kind", o.kind().name())
              .put("status", o.status().name()).put("placed", o.placed()).put("timeLimit", o.timeLimit())
              .put("assignee", o.assignee()).put("dispatched", o.dispatched()).put("accepted", o.accepted())
              .put("finished", o.finished()).put("request", o.request()).build(),
          f -> new ServiceOrder(f.get("id", OrderId::of), f.get("community", OrgUnitId::of),
              f.enumValue("kind", OrderKind.class), f.enumValue("status", OrderStatus.class),
              f.dateTime("placed"), f.duration("timeLimit"), f.getOptional("assignee", MemberId::of),
              f.optionalDateTime("dispatched"), f.optionalDateTime("accepted"), f.optionalDateTime("finished"),
              f.text("request")))
      .personal("request")
      .build();

  /** A cadre's entry on a board (上榜记录); owner: the cadre; per period. */
  public static final RecordKind<BoardEntry> BOARD_ENTRY = RecordKind.builder("board-entry", BoardEntry.class)
      .id(BoardEntry::id).owner("cadre", BoardEntry::cadre).period(BoardEntry::period)
      .codec(e -> RecordFields.writer()
              .put("id", e.id()).put("board", e.board()).put("kind", e.kind().name())
              .put("category", e.category()).put("cadre", e.cadre()).put("period", e.period())
              .fixed("score", e.score()).put("reason", e.reason()).build(),
          f -> new BoardEntry(f.get("id", BoardEntryId::of), f.text("board"), f.enumValue("kind", BoardKind.class),
              f.text("category"), f.get("cadre", CadreId::of), f.period("period"), f.fixed("score"),
              f.text("reason")))
      .build();

  /** A batch of the recruitment board (招贤榜批次); no owner. */
  public static final RecordKind<RecruitmentBatch> RECRUITMENT_BATCH =
      RecordKind.builder("recruitment-batch", RecruitmentBatch.class)
          .id(RecruitmentBatch::id)
          .codec(b -> RecordFields.writer()
                  .put("id", b.id()).put("published", b.published()).put("title", b.title()).build(),
              f -> new RecruitmentBatch(f.get("id", BatchId::of), f.date("published"), f.text("title")))
          .build();

  /** A hard task of the recruitment board (攻坚项目); owner: its batch. */
  public static final RecordKind<HardTask> HARD_TASK = RecordKind.builder("hard-task", HardTask.class)
      .id(HardTask::id).owner("batch", HardTask::batch).status(HardTask::status)
      .codec(t -> RecordFields.writer()
              .put("id", t.id()).put("batch", t.batch()).put("title", t.title()).put("status", t.status().name())
              .list("signUps", t.signUps()).put("leader", t.leader()).put("settled", t.settled()).build(),
          f -> new HardTask(f.get("id", TaskId::of), f.get("batch", BatchId::of), f.text("title"),
              f.enumValue("status", TaskStatus.class), f.list("signUps", CadreId::of),
              f.getOptional("leader", CadreId::of), f.optionalDate("settled")))
      .build();

  /** A promotion on the strength of the boards (提拔任用); id {@code cadre/day}; owner: the cadre. */
  public static final RecordKind<Promotion> PROMOTION = RecordKind.builder("promotion", Promotion.class)
      .id(p -> p.cadre().value() + "/" + p.on()).owner("cadre", Promotion::cadre).period(Promotion::basis)
      .codec(p -> RecordFields.writer().put("cadre", p.cadre()).put("on", p.on()).put("basis", p.basis()).build(),
          f -> new Promotion(f.get("cadre", CadreId::of), f.date("on"), f.period("basis")))
      .build();

  /** A volunteer team (志愿服务队); owner: the unit; the volunteers' person ids are personal. */
  public static final RecordKind<VolunteerTeam> VOLUNTEER_TEAM = RecordKind.builder("volunteer-team", VolunteerTeam.class)
      .id(VolunteerTeam::id).owner("unit", VolunteerTeam::unit)
      .codec(t -> RecordFields.writer()
              .put("id", t.id()).put("name", t.name()).put("unit", t.unit()).put("formed", t.formed())
              .list("volunteers", t.volunteers()).build(),
          f -> new VolunteerTeam(f.get("id", TeamId::of), f.text("name"), f.get("unit", OrgUnitId::of),
              f.date("formed"), ImmutableSet.copyOf(f.list("volunteers", v -> v))))
      .personal("volunteers")
      .build();

  /** An activity (活动); owner: the unit that held it. */
  public static final RecordKind<Activity> ACTIVITY = RecordKind.builder("activity", Activity.class)
      .id(Activity::id).owner("unit", Activity::unit)
      .codec(a -> RecordFields.writer()
              .put("id", a.id()).put("unit", a.unit()).put("team", a.team()).put("series", a.series())
              .put("title", a.title()).put("on", a.on()).put("participants", a.participants()).build(),
          f -> new Activity(f.get("id", ActivityId::of), f.get("unit", OrgUnitId::of),
              f.getOptional("team", TeamId::of), f.optional("series"), f.text("title"), f.date("on"),
              f.integer("participants")))
      .build();

  /** A service position (党群服务阵地) with its level; owner: the host unit. */
  public static final RecordKind<ServicePosition> SERVICE_POSITION =
      RecordKind.builder("service-position", ServicePosition.class)
          .id(ServicePosition::id).owner("unit", ServicePosition::host)
          .codec(p -> RecordFields.writer()
                  .put("id", p.id()).put("name", p.name()).put("level", p.level().code())
                  .put("levelZh", p.level().nameZh()).put("levelEn", p.level().nameEn())
                  .put("levelHost", p.level().host().code()).put("host", p.host()).put("opened", p.opened())
                  .put("closed", p.closed()).build(),
              f -> new ServicePosition(f.get("id", PositionId::of), f.text("name"),
                  new PositionLevel(f.text("level"), f.text("levelZh"), f.text("levelEn"),
                      f.get("levelHost", OrgKind::of)),
                  f.get("host", OrgUnitId::of), f.date("opened"), f.optionalDate("closed")))
          .build();

  /** The community types a community holds in a period (六型社区); owner: the community. */
  public static final RecordKind<CommunityTypesRecord> COMMUNITY_TYPES =
      RecordKind.builder("community-types", CommunityTypesRecord.class)
          .id(CommunityTypesRecord::id).owner("community", CommunityTypesRecord::community)
          .period(CommunityTypesRecord::period)
          .codec(r -> RecordFields.writer()
                  .put("rules", r.rules()).put("period", r.period()).put("community", r.community())
                  .list("types", r.types()).put("demonstration", r.demonstration()).build(),
              f -> new CommunityTypesRecord(f.get("rules", RulesetId::of), f.period("period"),
                  f.get("community", OrgUnitId::of), ImmutableSet.copyOf(f.list("types", RuleId::of)),
                  f.bool("demonstration")))
          .build();

  /** Prefix of the category fields of an assessment result: {@code category.<indicator>}. */
  private static final String CATEGORY = "category.";

  /** A published assessment result (已公布考核结果); owner: the unit; per period. */
  public static final RecordKind<AssessmentRecord> ASSESSMENT_RESULT =
      RecordKind.builder("assessment-result", AssessmentRecord.class)
          .id(AssessmentRecord::id).owner("unit", AssessmentRecord::unit).period(AssessmentRecord::period)
          .codec(r -> {
                RecordFields.Writer w = RecordFields.writer()
                    .put("ruleset", r.ruleset()).put("version", r.version()).put("period", r.period())
                    .put("unit", r.unit()).fixed("total", r.total()).put("grade", r.grade())
                    .list("vetoes", r.vetoes()).put("cutByQuota", r.cutByQuota());
                r.categories().forEach((c, points) -> w.fixed(CATEGORY + c.value(), points));
                return w.build();
              },
              f -> {
                ImmutableMap.Builder<IndicatorId, Long> categories = ImmutableMap.builder();
                for (Map.Entry<String, String> c : f.withPrefix(CATEGORY).entrySet()) {
                  categories.put(IndicatorId.of(c.getKey()), f.fixed(CATEGORY + c.getKey()));
                }
                return new AssessmentRecord(f.get("ruleset", RulesetId::of), f.integer("version"),
                    f.period("period"), f.get("unit", OrgUnitId::of), f.fixed("total"),
                    f.getOptional("grade", RuleId::of), f.list("vetoes", RuleId::of), f.bool("cutByQuota"),
                    categories.buildOrThrow());
              })
          .build();

  /** Every kind above, in declaration order. */
  public static final ImmutableList<RecordKind<?>> ALL = ImmutableList.of(
      LEDGER_ENTRY, SERVICE_ORDER, BOARD_ENTRY, RECRUITMENT_BATCH, HARD_TASK, PROMOTION, VOLUNTEER_TEAM, ACTIVITY,
      SERVICE_POSITION, COMMUNITY_TYPES, ASSESSMENT_RESULT);
}

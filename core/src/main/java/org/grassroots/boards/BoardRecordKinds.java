package org.grassroots.boards;

import org.grassroots.spi.RecordFields;
import org.grassroots.spi.RecordKind;

/**
 * The record kinds this program declares (擂台与干部记录种类): the boards, recruitment, hard tasks and promotions, each stored by the
 * {@link org.grassroots.spi.RecordStore}, keyed and written as fields named after the record
 * components; personal fields are masked in the audit trail.
 */
public final class BoardRecordKinds {
  private BoardRecordKinds() {}

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

}

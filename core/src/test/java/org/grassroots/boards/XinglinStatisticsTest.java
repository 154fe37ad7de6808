package org.grassroots.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Period;
import org.junit.jupiter.api.Test;

/**
 * 杏林 since 2017: 50 batches and 143 projects on the recruitment board, 614 sign-ups; 175 people
 * with 1,567 entries on the advanced board; 40+ promoted. The records are built task by task and
 * entry by entry (with earlier records that must not count), and the figures are computed from them;
 * the promotions come from the recommendation mechanism, year by year.
 */
class XinglinStatisticsTest {
  static final LocalDate SINCE = LocalDate.of(2017, 1, 1);
  final Board adv = Board.xinglinAdvanced();
  final Board imp = Board.xinglinImprovement();

  @Test
  void figuresSince2017() {
    List<RecruitmentBatch> batches = new ArrayList<>();
    List<HardTask> tasks = new ArrayList<>();
    // one batch of 2016: 2 tasks, 3 sign-ups, not counted
    batches.add(new RecruitmentBatch(BatchId.of("b2016"), LocalDate.of(2016, 11, 1), "2016"));
    for (int j = 0; j < 2; j++) {
      HardTask t = HardTask.publish(TaskId.of("t2016-" + j), BatchId.of("b2016"), "old");
      for (int k = 0; k <= j; k++) {
        t = t.signUp(CadreId.of("c" + k));
      }
      tasks.add(t);
    }
    for (int b = 0; b < 50; b++) {
      batches.add(new RecruitmentBatch(BatchId.of("b" + b), SINCE.plusDays(10 + 40L * b),
          "第" + (b + 1) + "批招贤榜"));
    }
    // 143 tasks round-robin over the batches; 4 sign-ups each and a fifth for the first 42
    for (int j = 0; j < 143; j++) {
      HardTask t = HardTask.publish(TaskId.of("t" + j), BatchId.of("b" + (j % 50)), "攻坚 " + j);
      int signUps = j < 42 ? 5 : 4;
      for (int k = 0; k < signUps; k++) {
        t = t.signUp(CadreId.of("c" + ((j * 7 + k * 31) % 200)));
      }
      LocalDate published = batches.get(1 + j % 50).published();
      t = t.chooseLeader(t.signUps().get(j % signUps), published.plusDays(7));
      if (j < 140) { // three still under way
        t = t.recordOutcome(j % 10 != 0, published.plusDays(60));
      }
      tasks.add(t);
    }

    // the advanced board: 175 cadres, 8 entries each and a ninth for the first 167, 2017–2022
    List<BoardEntry> entries = new ArrayList<>();
    int e = 0;
    for (int i = 0; i < 175; i++) {
      int count = i < 167 ? 9 : 8;
      for (int k = 0; k < count; k++) {
        Period year = Period.year(2017 + (i + k) % 6);
        String category = adv.categories().get((i * 3 + k) % 8).code();
        entries.add(adv.enter(BoardEntryId.of("e" + e++), CadreId.of("c" + i), year, category,
            Fixed.of(1 + (i * 7 + k * 3) % 10), "表现突出"));
      }
      if (i % 11 == 0) {
        entries.add(imp.enter(BoardEntryId.of("e" + e++), CadreId.of("c" + i),
            Period.year(2017 + i % 6), "lagging", Fixed.of(2), "推进滞后"));
      }
    }
    entries.add(adv.enter(BoardEntryId.of("e-old"), CadreId.of("c999"), Period.year(2016),
        "performance", Fixed.of(5), "2016"));

    // gates: every 13th cadre (from the 5th) fails integrity, the rest pass both
    List<GateCheck> checks = new ArrayList<>();
    for (int i = 0; i < 175; i++) {
      checks.add(new GateCheck(CadreId.of("c" + i), "political", true));
      checks.add(new GateCheck(CadreId.of("c" + i), "integrity", i % 13 != 5));
    }
    // promotions: the first 7 recommended of each year's ranking, appointed the next January
    List<Promotion> promotions = new ArrayList<>();
    promotions.add(new Promotion(CadreId.of("c999"), LocalDate.of(2016, 12, 1), Period.year(2016)));
    int recommended = 0;
    for (int year = 2017; year <= 2022; year++) {
      Period p = Period.year(year);
      List<Standing> ranking = CadreRanking.rank(entries, p, RankingPolicy.xinglin());
      PromotionSlate slate = Promotions.recommend(ranking, PromotionGate.xinglin(), checks, 7,
          RankingPolicy.xinglin());
      for (Standing s : slate.recommended()) {
        promotions.add(new Promotion(s.cadre(), LocalDate.of(year + 1, 1, 15), p));
        assertThat(s.improvementEntries()).isZero();
        assertThat(Integer.parseInt(s.cadre().value().substring(1)) % 13).isNotEqualTo(5);
      }
      recommended += slate.recommended().size();
    }

    BoardStatistics stats = BoardStatistics.since(SINCE, batches, tasks, entries, promotions);
    assertThat(stats.batches()).isEqualTo(50);
    assertThat(stats.projects()).isEqualTo(143);
    assertThat(stats.signUps()).isEqualTo(614);
    assertThat(stats.advancedPeople()).isEqualTo(175);
    assertThat(stats.advancedEntries()).isEqualTo(1567);
    assertThat(stats.promotions()).isEqualTo(recommended).isGreaterThanOrEqualTo(40);
    // without the cut-off, the 2016 records count too
    BoardStatistics all = BoardStatistics.since(LocalDate.of(2000, 1, 1), batches, tasks, entries,
        promotions);
    assertThat(all.batches()).isEqualTo(51);
    assertThat(all.signUps()).isEqualTo(614 + 3);
    assertThat(all.advancedPeople()).isEqualTo(176);
    assertThat(all.promotions()).isEqualTo(stats.promotions() + 1);
  }
}

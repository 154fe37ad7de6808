package org.grassroots.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.grassroots.boards.BoardKind;
import org.grassroots.rules.Period;
import org.grassroots.spi.PageRequest;
import org.grassroots.boards.BoardRecordKinds;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.junit.jupiter.api.Test;

/** The 杏林 example prints the article's board figures, computed from the records it builds. */
class XinglinTest {

  @Test
  void printsTheArticlesFiguresComputedFromTheRecords() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Xinglin.Result result;
    try (InMemoryStorageProvider storage = new InMemoryStorageProvider()) {
      result = Xinglin.run(storage, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertThat(storage.organizations().count(Xinglin.DISTRICT)).isEqualTo(1 + 1 + 4 + 23);
      // the records were kept through the storage SPI, one audit entry each
      assertThat(storage.records().list(Xinglin.DISTRICT, BoardRecordKinds.HARD_TASK, PageRequest.first(1000)).items())
          .hasSize(144);
      assertThat(storage.records().byOwner(Xinglin.DISTRICT, BoardRecordKinds.BOARD_ENTRY, "c107"))
          .extracting(s -> s.value().kind()).contains(BoardKind.IMPROVEMENT);
      assertThat(storage.records().byPeriod(Xinglin.DISTRICT, BoardRecordKinds.PROMOTION, Period.year(2022))).hasSize(7);
      assertThat(storage.audit().forSubject(Xinglin.DISTRICT, BoardRecordKinds.HARD_TASK.name(), "t0")).hasSize(1);
    }
    // the figures come from the records: 143 tasks of 2017 on and one of 2016
    assertThat(result.tasks()).hasSize(144);
    assertThat(result.entries().stream().filter(e -> e.kind() == BoardKind.ADVANCED)).hasSize(1568);
    assertThat(result.stats().promotions()).isBetween(40L, 49L); // 40余人次

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("先进榜 8 categories")
        .contains("促进榜 4 categories")
        .containsPattern("招贤榜 batches \\(批\\)\\s+50\\s+51")
        .containsPattern("招贤榜 projects \\(个项目\\)\\s+143\\s+144")
        .containsPattern("sign-ups \\(报名人次\\)\\s+614\\s+616")
        .containsPattern("先进榜 people \\(名同志\\)\\s+175\\s+176")
        .containsPattern("先进榜 entries \\(人次\\)\\s+1567\\s+1568")
        .containsPattern("promotions \\(提拔任用人次\\)\\s+42\\s+43")
        .contains("= 42 tasks × 5 + 101 tasks × 4")
        .contains("passed over 未推荐: integrity")
        .containsPattern("c107\\s+advanced\\s+18\\s+improvement\\s+1\\s+net\\s+17\\s+barred")
        .contains("2017: 7 2018: 7 2019: 7 2020: 7 2021: 7 2022: 7")
        .contains("服务群众的各类阵地) on 2022-11-17: 28 = 1 + 4 + 23")
        .contains("(小区党建示范点): 华铃花园小区党支部 宁宝世家小区党支部 杏林湾一号小区党支部 臻园小区党支部")
        .contains("红色影厅 2021-01-01 .. 2022-11-17: 52 sessions (50多场), 5044 participations (5000多人次)");
  }
}

package org.grassroots.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.grassroots.volunteering.Activity;
import org.junit.jupiter.api.Test;

/** The 东兴 example prints the article's figures, tallied from the activities it builds. */
class DongxingTest {

  @Test
  void printsTheArticlesFiguresTalliedFromTheRecords() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Dongxing.Records records;
    try (InMemoryStorageProvider storage = new InMemoryStorageProvider()) {
      records = Dongxing.run(storage, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertThat(storage.organizations().count(Dongxing.DISTRICT)).isEqualTo(4);
      // kept through the storage SPI: the Go lessons are the jiuxi branch's activities
      assertThat(storage.records().byOwner(Dongxing.DISTRICT, org.grassroots.volunteering.VolunteeringRecordKinds.ACTIVITY, "jiuxi"))
          .extracting(r -> r.value().series().orElse("")).containsOnly(Dongxing.GO_LESSONS).isNotEmpty();
    }
    // the records hold more than the figures: an activity of 2021 and activities outside 2023
    assertThat(records.activities()).hasSize(62 + 21 + 77 + 1);
    assertThat(records.activities().stream().mapToInt(Activity::participants).sum())
        .isEqualTo(412 + 251 + 3188 + 25);
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("volunteer teams (志愿者队伍) on 2024-07-11: 8, volunteers (志愿者): 110 (roster places 118)")
        .contains("2022-01-01 .. 2024-07-11: 62 (累计开展活动), participations: 412 (人次)")
        .contains("卢梦醒's Go lessons 2023-01-01 .. 2024-07-11: 21 lessons (期), 251 trainee-times")
        .contains("all activities in 2023: 130 (场), 3625 participations (人次)")
        .contains("8 places belong to people already on another team")
        .containsPattern("run by the volunteer teams\\s+37\\s+250")
        .containsPattern("Go lessons \\(围棋教学公益课\\)\\s+16\\s+187")
        .containsPattern("other activities at the positions \\(阵地\\)\\s+77\\s+3188")
        .containsPattern("= 2023\\s+130\\s+3625");
  }
}

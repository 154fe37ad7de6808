package org.grassroots.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.lifecycle.HierarchyService;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.junit.jupiter.api.Test;

/** The 嵩屿 example prints the article's figures, computed from the stored tree, members and alliance. */
class SongyuTest {

  @Test
  void printsTheArticlesFiguresComputedFromTheRecords() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InMemoryStorageProvider storage = new InMemoryStorageProvider()) {
      HierarchyService songyu = Songyu.run(storage, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertThat(songyu.snapshot().positionsOf(OrgKind.COMPOUND_BRANCH)).hasSize(33);
      // the figures are parts of a larger store: 2,329 + 1,029 members in all
      assertThat(storage.members().count(Songyu.DISTRICT)).isEqualTo(2329 + 1029);
      // kept through the storage SPI: 1 street centre + 7 community centres + 33 compound homes
      assertThat(storage.records().list(Songyu.DISTRICT, org.grassroots.positions.PositionRecordKinds.SERVICE_POSITION,
          org.grassroots.spi.PageRequest.first(100)).items()).hasSize(1 + 7 + 33);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .containsPattern("社区党组织 community Party organisation\\s+7")
        .containsPattern("小区党支部 compound Party branch\\s+33")
        .contains("四级联动 of one building: 中共厦门市海沧区委 → 嵩屿街道党工委 → 城市社区7社区党委 → 小区党支部33")
        .contains("三级阵地 on 2018-09-21: 41 positions")
        .containsPattern("街道党建服务中心 street Party-building service centre\\s+1\\s+hosts covered 1/1")
        .containsPattern("社区党群服务中心 community Party–masses service centre\\s+7\\s+hosts covered 7/7")
        .containsPattern("小区党群之家 compound Party–masses home\\s+33\\s+hosts covered 33/33")
        .contains("members of the street (党员, held by its units): 2329")
        .contains("(在职党员服务清单认领): 1029")
        .contains("(到小区党支部报到): 929")
        .contains("the other 100 report to the 社区党委 directly")
        .contains("嵩屿街道大党工委: 48 member units on 2018-09-21")
        .containsPattern("2018-09-21\\s+turn\\s+9 .*by order: u09\\s+convenes: u09")
        .containsPattern("2018-10-15\\s+turn 10 .*by order: u10\\s+convenes: u11")
        .containsPattern("2018-11-15\\s+turn 11 .*by order: u11\\s+convenes: u11")
        .containsPattern("2022-01-15\\s+turn 49 .*by order: u01\\s+convenes: u01 阿罗海商圈")
        .contains("volunteer teams (志愿服务队): 132; their service 2018-01-01 .. 2018-09-21: 846 activities,"
            + " 16920 person-times");
  }
}

package org.grassroots.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.lifecycle.HierarchyService;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.junit.jupiter.api.Test;

/** The 云冈 main job prints the article's figures, computed from the stored tree. */
class YungangTest {

  @Test
  void buildsTheFiveLevelsWithTheArticlesCountsAndPrintsThem() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HierarchyService yungang;
    try (InMemoryStorageProvider storage = new InMemoryStorageProvider()) {
      yungang = Yungang.run(storage, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      TreeSnapshot tree = yungang.snapshot();
      assertThat(tree.positionsOf(OrgKind.STREET_COMMITTEE)).hasSize(21);
      assertThat(tree.positionsOf(OrgKind.COMMUNITY_ORG)).hasSize(152);
      assertThat(tree.positionsOf(OrgKind.GRID_BRANCH)).hasSize(299);
      assertThat(tree.positionsOf(OrgKind.MEMBER_HOUSEHOLD)).hasSize(1000);
      assertThat(yungang.snapshotAsOf(Yungang.REGROUPED.minusDays(1)).positionsOf(OrgKind.GRID_BRANCH))
          .hasSize(300);
      assertThat(storage.members().count(Yungang.DISTRICT)).isEqualTo(4833);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .containsPattern("社区党组织 community Party organisation\\s+152\\s+152")
        .containsPattern("网格党支部 grid Party branch\\s+300\\s+299")
        .containsPattern("党员中心户 member household\\s+1000\\s+1000")
        .containsPattern("云冈区 total\\s+1000\\s+4833")
        .contains("中共大同市云冈区委 → 街道党工委21 → 社区党组织151 → 网格党支部299 → 楼栋党小组500 → 党员中心户1000")
        .contains("status ACTIVE → MERGED");
    // personal data never printed whole
    String firstId = Yungang.syntheticIdNumber(0).reveal();
    assertThat(printed).doesNotContain(firstId).contains("idNumber=140**************5");
  }

  @Test
  void paddingCountsChineseCharactersAsTwoColumns() {
    assertThat(Yungang.pad("云冈", 6)).isEqualTo("云冈  ");
    assertThat(Yungang.pad("ab", 4)).isEqualTo("ab  ");
    assertThat(Yungang.pad("toolong", 3)).isEqualTo("toolong");
  }
}

package org.grassroots.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgStatus;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.lifecycle.HierarchyService;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.junit.jupiter.api.Test;

/** The 金山 example prints the article's figures, computed from the stored tree, alliances and posts. */
class JinshanTest {

  @Test
  void printsTheArticlesFiguresComputedFromTheRecords() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InMemoryStorageProvider storage = new InMemoryStorageProvider()) {
      HierarchyService jinshan = Jinshan.run(storage, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertThat(jinshan.snapshot().positionsOf(OrgKind.NON_PUBLIC_BRANCH)).hasSize(9);
      assertThat(jinshan.snapshot().positionsOf(OrgKind.TEMPORARY_BRANCH)).isEmpty();
      assertThat(storage.organizations().get(Jinshan.DISTRICT, OrgUnitId.of("jinlinwan-temp")).status())
          .isEqualTo(OrgStatus.ENDED);
      assertThat(storage.organizations().get(Jinshan.DISTRICT, OrgUnitId.of("np-shell-1")).status())
          .isEqualTo(OrgStatus.DISSOLVED);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .containsPattern("社区大党委 community alliance committee\\s+9\\s+9")
        .containsPattern("非公企业党组织 non-public enterprise Party organisation\\s+19\\s+9")
        .containsPattern("临时党支部 temporary Party branch\\s+0\\s+1")
        .contains("5 shell branches dissolved (撤销空壳党支部), 5 merged, 9 regrouped")
        .contains("alliances on 2018-07-29: 73")
        .contains("= 6 + 6 + 6 + 6 + 6 + 6 + 6 + 6 + 6 + 19")
        .containsPattern("2018-05-01\\s+27\\s+9\\s+18\\s+0/9")
        .containsPattern("2018-07-29\\s+27\\s+27\\s+0\\s+9/9")
        .contains("why 27: 9 community alliances existing on 2018-07-29 × 3 posts each")
        .contains("2018-06-29 .. 2018-12-31, members 16")
        .contains("返迁交房协议 2018-06-29 .. 2018-07-28 (30 days, under a month): 296 households signed")
        .contains("why 296: 300 agreements in the window, 4 of them a household's second (counted once); last"
            + " signed 2018-07-26; the 10 signed in August are outside the window")
        .contains("ended 0, blocked 1")
        .contains("still has 16 active children or members")
        .contains("after its 16 members moved back to 高林社区大党委: ended 1; status ENDED, end date 2018-12-31");
  }
}

package org.grassroots.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.assessment.InputColumns;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.RuleId;
import org.grassroots.stars.Money;
import org.grassroots.stars.RewardPolicy;
import org.grassroots.stars.StarChange;
import org.grassroots.stars.StarRatings;
import org.grassroots.spi.PageRequest;
import org.grassroots.communitytypes.CommunityTypesRecordKinds;
import org.grassroots.ledgers.LedgerRecordKinds;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 云冈 五星联创 / 六型社区 job prints the article's figures, computed by the rules from its data set. */
class YungangStarsTest {
  private static String printed;
  private static YungangStars.Outcome outcome;
  private static int ledgerEntries;
  private static long storedDemonstrations;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InMemoryStorageProvider storage = new InMemoryStorageProvider()) {
      outcome = YungangStars.run(storage, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      ledgerEntries = storage.records().list(Yungang.DISTRICT, LedgerRecordKinds.LEDGER_ENTRY, PageRequest.first(10_000))
          .items().size();
      storedDemonstrations = storage.records().byPeriod(Yungang.DISTRICT, CommunityTypesRecordKinds.COMMUNITY_TYPES,
          YungangStars.YEAR).stream().filter(r -> r.value().demonstration()).count();
    }
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheArticlesStarCountsTotalAndReward() {
    assertThat(printed)
        .containsPattern("组织建设先锋星 \\(pioneer\\)\\s+14\n")
        .containsPattern("共建共治融合星 \\(co-governance\\)\\s+8\n")
        .containsPattern("基础保障有力星 \\(basics\\)\\s+13\n")
        .containsPattern("服务群众满意星 \\(service\\)\\s+14\n")
        .containsPattern("宜居稳定幸福星 \\(liveable\\)\\s+13\n")
        .containsPattern("total stars 星数合计\\s+62\n")
        .contains("reward ¥20,000.00 a star × 62 = ¥1,240,000.00")
        .contains("demonstration communities 示范社区: 16 (eligible 26, quota 16, cut by the quota 10)");
    assertThat(outcome.tree().positionsOf(OrgKind.COMMUNITY_ORG)).hasSize(152);
    assertThat(outcome.stars().totalDue()).isEqualTo(Money.ofYuan(1_240_000));
  }

  @Test
  void printsWhyOneCommunityMissedAStar() {
    assertThat(printed).contains("why co0002 has stars [pioneer] but not 服务群众满意星")
        .contains("ledger.fulfilmentRate = 0.75 ≥ 0.8：✗")
        .contains("service = 19 ≥ 18：✓");
  }

  @Test
  void everyCommunityEarnsExactlyTheStarsItsDataMeet() {
    List<OrgUnitId> communities = outcome.communities();
    for (int i = 0; i < communities.size(); i++) {
      for (int k = 0; k < YungangStars.STARS.size(); k++) {
        assertThat(outcome.stars().earned(RuleId.of(YungangStars.STARS.get(k).id()), communities.get(i)))
            .as("%s %s", communities.get(i), YungangStars.STARS.get(k).id())
            .isEqualTo(YungangStars.meets(i, k, communities.size()));
      }
    }
    // 宜居稳定幸福星 is vetoed for some whose scores and closure rate would earn it
    long vetoed = communities.stream()
        .filter(c -> !outcome.stars().vetoes(RuleId.of("liveable"), c).isEmpty()).count();
    assertThat(vetoed).isPositive();
  }

  @Test
  void theFiguresAreComputedNotEchoed() {
    // one basis point off one community's 党员履诺率 loses it 服务群众满意星 and ¥20,000
    List<OrgUnitId> communities = outcome.communities();
    OrgUnitId earner = communities.stream().filter(c -> outcome.stars().earned(RuleId.of("service"), c))
        .findFirst().orElseThrow();
    List<Measurement> data = new ArrayList<>();
    for (Measurement m : YungangStars.measurements(communities)) {
      boolean target = m.unit().equals(earner) && m.indicator().value().equals("ledger.fulfilmentRate");
      data.add(target ? new Measurement(m.unit(), m.indicator(), m.period(), Fixed.parse("0.7999")) : m);
    }
    StarRatings changed = YungangStars.scheme().compile()
        .evaluate(InputColumns.of(outcome.tree(), YungangStars.YEAR, data));
    assertThat(changed.count(RuleId.of("service"))).isEqualTo(13);
    assertThat(changed.totalDue().format()).isEqualTo("¥1,220,000.00");
  }

  @Test
  void aShortBudgetIsSharedProRataWithoutPayingMoreThanIt() {
    RewardPolicy.Allocation a = RewardPolicy.proRata(Money.ofYuan(1_000_000), RewardPolicy.Remainder.LEFT_UNPAID)
        .allocate(outcome.stars().claims(), YungangStars.REWARD_PER_STAR);
    assertThat(a.shortfall()).isTrue();
    assertThat(a.totalDue()).isEqualTo(Money.ofYuan(1_240_000));
    assertThat(a.totalPaid()).isLessThanOrEqualTo(Money.ofYuan(1_000_000));
    // one star: 20,000 × 1,000,000 / 1,240,000 = 16,129.0322… → ¥16,129.03
    OrgUnitId oneStar = outcome.communities().stream().filter(c -> outcome.stars().level(c) == 1)
        .findFirst().orElseThrow();
    assertThat(a.paid(oneStar).format()).isEqualTo("¥16,129.03");
  }

  @Test
  void aVetoEventTheNextYearTakesAStarAwayWithItsAuditRecord() {
    assertThat(printed).contains("star book: 62 changes for 2022, 1 for 2023; co0005 宜居稳定幸福星 REVOKE, level 1 → 0")
        .contains("audit: revoke co0005/liveable by yungang-committee (一票否决 [v-incident] 重大安全事故 — 2023年度创星升级评定)");
    StarChange down = outcome.book().changes().get(62);
    assertThat(down.cause()).isEqualTo(StarChange.Cause.VETO);
    assertThat(down.isDowngrade()).isTrue();
    assertThat(outcome.book().held(down.unit())).doesNotContain(RuleId.of("liveable"));
    assertThat(outcome.book().trail()).hasSize(63);
  }

  @Test
  void theDemonstrationQuotaHoldsAndCommunitiesHoldSeveralTypes() {
    assertThat(outcome.types().demonstrations()).hasSize(YungangStars.DEMONSTRATION_QUOTA);
    assertThat(outcome.communities()).anyMatch(c -> outcome.types().types(c).size() >= 3);
    assertThat(outcome.types().counts()).hasSize(6);
    // kept through the storage SPI: the commitments ledger and the published types of each community
    assertThat(ledgerEntries).isEqualTo(YungangStars.commitments(outcome.communities()).size());
    assertThat(storedDemonstrations).isEqualTo(YungangStars.DEMONSTRATION_QUOTA);
  }

  @Test
  void theStarsAndTypesAreTheSeedFilesNotJava() {
    // the scheme's criteria are exactly the seed ruleset file's, its reward the program file's
    var stars = org.grassroots.rules.format.RulesetFiles.read(
        YungangStarsTest.class.getResource(YungangStars.SEEDS + "yungang-stars.ruleset.yaml")).ruleset();
    assertThat(YungangStars.scheme().rules()).isEqualTo(stars);
    assertThat(YungangStars.scheme().rewardPerStar()).isEqualTo(Money.ofYuan(20_000));
    var types = org.grassroots.rules.format.RulesetFiles.read(
        YungangStarsTest.class.getResource(YungangStars.SEEDS + "yungang-types.ruleset.yaml")).ruleset();
    assertThat(YungangStars.types().rules()).isEqualTo(types);
    assertThat(types.quotas()).singleElement().satisfies(q -> assertThat(q.maxCount()).contains(16));
    assertThat(YungangStars.program("yungang-stars.program.yaml").starBook(Yungang.DISTRICT).failuresBeforeRevoke())
        .isEqualTo(2);
  }
}

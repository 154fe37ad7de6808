package org.grassroots.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.grassroots.assessment.InputColumns;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.communitytypes.CommunityTypes;
import org.grassroots.communitytypes.CommunityTypesRecord;
import org.grassroots.communitytypes.TypesProgram;
import org.grassroots.rules.format.DeclaredProgram;
import org.grassroots.rules.format.ProgramFiles;
import org.grassroots.hierarchy.HierarchySchema;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.ledgers.EntryId;
import org.grassroots.ledgers.LedgerEntry;
import org.grassroots.ledgers.LedgerIndicator;
import org.grassroots.ledgers.LedgerKind;
import org.grassroots.ledgers.LedgerMeasures;
import org.grassroots.lifecycle.HierarchyService;
import org.grassroots.members.MemberId;
import org.grassroots.rules.Fixed;
import org.grassroots.rules.Grade;
import org.grassroots.rules.Indicator;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.InputSpec;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.rules.Rounding;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.ScoringMethod;
import org.grassroots.communitytypes.CommunityTypesRecordKinds;
import org.grassroots.ledgers.LedgerRecordKinds;
import org.grassroots.spi.StorageProvider;
import org.grassroots.stars.Money;
import org.grassroots.stars.StarBook;
import org.grassroots.stars.StarChange;
import org.grassroots.stars.StarProgram;
import org.grassroots.stars.StarRatings;
import org.grassroots.stars.StarScheme;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;

/**
 * 大同市云冈区 五星联创 and 六型社区 (seed article 003): 152 communities under the 五级架构 rated on five
 * named stars — 组织建设先锋星 14, 共建共治融合星 8, 基础保障有力星 13, 服务群众满意星 14, 宜居稳定幸福星 13,
 * 62 stars at ¥20,000 each, ¥1,240,000 — and created as six community types with 16 demonstration
 * communities; then, a year on, a star taken away after a veto event (摘星) with its audit record.
 * The counts are computed by the rules from a synthetic data set of measurements built
 * so that exactly the article's communities meet each criterion; the others miss it for a declared
 * reason (a category score just under its bar, a ledger- or registration-derived rate under its
 * threshold, or a veto event).
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.grassroots.examples.YungangStars}
 */
public final class YungangStars {
  static final Period YEAR = Period.year(2022);
  static final LocalDate FOUNDED = LocalDate.of(2021, 1, 1);
  static final Money REWARD_PER_STAR = Money.ofYuan(20_000);
  static final int DEMONSTRATION_QUOTA = 16;

  /** The five stars: id, name, category, the input of its second condition, its threshold. */
  record StarDef(String id, String name, String category, String categoryName, IndicatorId input, String inputName,
      long threshold, int articleCount) {}

  static final List<StarDef> STARS = List.of(
      new StarDef("pioneer", "组织建设先锋星", "organisation", "组织建设", IndicatorId.of("secretary-on-file"),
          "书记备案管理", Fixed.ONE, 14),
      new StarDef("co-governance", "共建共治融合星", "co-governance", "共建共治", IndicatorId.of("dual.reportingRate"),
          "双报到报到率", Fixed.parse("0.9"), 8),
      new StarDef("basics", "基础保障有力星", "basics", "基础保障", IndicatorId.of("staffing-rate"),
          "标配到岗率", Fixed.ONE, 13),
      new StarDef("service", "服务群众满意星", "service", "服务群众", IndicatorId.of("ledger.fulfilmentRate"),
          "党员履诺率", Fixed.parse("0.8"), 14),
      new StarDef("liveable", "宜居稳定幸福星", "liveable", "宜居稳定", IndicatorId.of("ledger.demandClosureRate"),
          "群众诉求办结率", Fixed.parse("0.85"), 13));

  static final LedgerIndicator FULFILMENT = LedgerIndicator.preset().stream()
      .filter(l -> l.id().value().equals("ledger.fulfilmentRate")).findFirst().orElseThrow();
  static final IndicatorId INCIDENT = IndicatorId.of("major-incident");
  static final IndicatorId CULTURE = IndicatorId.of("cultural-activities");
  static final IndicatorId ASSISTANCE = IndicatorId.of("ledger.assistanceClosureRate");
  static final IndicatorId APPLIED = IndicatorId.of("demonstration-application");

  private YungangStars() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (StorageProvider storage = new InMemoryStorageProvider()) {
      run(storage, out);
    }
  }

  /** What the run computed, for its test. */
  record Outcome(TreeSnapshot tree, List<OrgUnitId> communities, StarRatings stars, CommunityTypes.Result types,
      StarBook book) {}

  /** Each category: input 0..100 → 0..20 points, linear, rounded half up; the total is out of 100. */
  static Ruleset.Builder indicators(String id, String name) {
    ScoringMethod line = new ScoringMethod.Linear(0, 0, Fixed.of(100), Fixed.of(20), Rounding.HALF_UP);
    Ruleset.Builder b = Ruleset.builder(id, Yungang.DISTRICT, 1, name, LocalDate.of(2022, 1, 1), OrgKind.COMMUNITY_ORG);
    for (StarDef s : STARS) {
      b.indicator(Indicator.item(s.category(), s.categoryName(), Fixed.of(20), line));
      b.input(new InputSpec(s.input(), s.inputName()));
    }
    return b.input(new InputSpec(INCIDENT, "重大安全事故"))
        .input(new InputSpec(CULTURE, "文化活动场次"))
        .input(new InputSpec(ASSISTANCE, "困难群众帮扶办结率"))
        .input(new InputSpec(APPLIED, "申报示范社区"));
  }

  /** Where the seed files of 云冈's programs are (rules-format's examples). */
  static final String SEEDS = "/org/grassroots/rules/format/examples/";

  /** The program declared by the seed file {@code file} (e.g. {@code yungang-stars.program.yaml}). */
  static DeclaredProgram program(String file) {
    return ProgramFiles.load(YungangStars.class.getResource(SEEDS + file));
  }

  /**
   * 五星联创 as yungang-stars.program.yaml declares it: each star needs its category at 18 of 20
   * points or more (inclusive) and its input at its threshold or more; a major safety incident bars
   * 宜居稳定幸福星 (一票否决); ¥20,000 a star.
   */
  static StarScheme scheme() {
    return ((StarProgram) program("yungang-stars.program.yaml").program()).scheme();
  }

  /**
   * 六型社区 as yungang-types.program.yaml declares it: six types with their eligibility, and 示范社区
   * — applied, total ≥ 80 — limited to 16 in the district, ordered by total and then by 党员履诺率
   * (higher first), then by id.
   */
  static CommunityTypes types() {
    return ((TypesProgram) program("yungang-types.program.yaml").program()).types();
  }

  /** Whether community {@code i} (0-based) meets star {@code k}: a fixed spread of the article's counts. */
  static boolean meets(int i, int k, int communities) {
    return slot(i, k, communities) < STARS.get(k).articleCount();
  }

  private static int slot(int i, int k, int communities) {
    return (int) ((7L * i + 31L * k) % communities); // 7 is prime to 152: a permutation of the communities
  }

  /**
   * The data set: per community, each category's input and each star's second input. A community
   * that meets star k gets 90..99 on its category (18..19.8 points; the first exactly 90, the
   * inclusive bar) and its input at or over the threshold; one that does not misses by one of: its
   * category at 89 (17.8 points), its input one basis point under the threshold, or (宜居稳定幸福星
   * only) a major incident. 党员履诺率 is not given but derived from the commitments ledger ({@link
   * #commitments}) by {@link LedgerMeasures}.
   */
  static List<Measurement> measurements(List<OrgUnitId> communities) {
    return measurements(communities, commitments(communities));
  }

  /** The measurements, with 党员履诺率 derived from {@code ledger}. */
  static List<Measurement> measurements(List<OrgUnitId> communities, List<LedgerEntry> ledger) {
    int n = communities.size();
    List<Measurement> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      OrgUnitId c = communities.get(i);
      boolean incident = false;
      for (int k = 0; k < STARS.size(); k++) {
        StarDef s = STARS.get(k);
        int slot = slot(i, k, n);
        long category;
        long input;
        if (meets(i, k, n)) {
          category = Fixed.of(90 + slot % 10);
          input = s.threshold() == Fixed.ONE ? Fixed.ONE : s.threshold() + slot * 10L;
        } else {
          int why = slot % 3;
          if (why == 2 && k == 4) {
            incident = true;
            why = 0;
            category = Fixed.of(92);
            input = s.threshold();
          } else {
            category = Fixed.of(why == 0 ? 89 : 95);
            input = why == 0 ? s.threshold() : s.threshold() - 1;
          }
        }
        out.add(new Measurement(c, IndicatorId.of(s.category()), YEAR, category));
        if (!s.input().equals(FULFILMENT.id())) {
          out.add(new Measurement(c, s.input(), YEAR, input));
        }
      }
      out.add(new Measurement(c, INCIDENT, YEAR, incident ? Fixed.of(1) : 0));
      out.add(new Measurement(c, CULTURE, YEAR, Fixed.of(6 + i % 10)));
      out.add(new Measurement(c, ASSISTANCE, YEAR, Fixed.parse("0.8") + (i % 5) * Fixed.parse("0.05")));
      out.add(new Measurement(c, APPLIED, YEAR, i % 6 == 0 ? Fixed.ONE : 0));
    }
    for (OrgUnitId c : communities) {
      out.addAll(LedgerMeasures.measure(List.of(FULFILMENT), ledger, c, YEAR));
    }
    return out;
  }

  /**
   * The commitments ledger (党员承诺台账): a community that meets 服务群众满意星 has 5 commitments of
   * which 4 (80%, the inclusive bar) or 5 were kept; one that misses it by its rate has 3 of 4 kept
   * (75%); any other has 5 of 5.
   */
  static List<LedgerEntry> commitments(List<OrgUnitId> communities) {
    int n = communities.size();
    LocalDate day = YEAR.start().plusMonths(3);
    List<LedgerEntry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int slot = slot(i, 3, n);
      int made = 5;
      int kept = 5;
      if (meets(i, 3, n)) {
        kept = slot % 2 == 0 ? 4 : 5;
      } else if (slot % 3 != 0) { // the reasons of measurements(): 0 is the category, else the rate
        made = 4;
        kept = 3;
      }
      for (int e = 0; e < made; e++) {
        LedgerEntry open = LedgerEntry.open(EntryId.of(String.format("cm%04d-%d", i + 1, e)), LedgerKind.COMMITMENT,
            communities.get(i), MemberId.of(String.format("m%04d-%d", i + 1, e)), day, "为民服务承诺");
        out.add(e < kept ? open.resolve(day.plusDays(30)) : open.respond(day.plusDays(3)));
      }
    }
    return out;
  }

  /** The district built on {@code storage} and its measurements for {@link #YEAR}, for reuse (e.g. by {@link ScenarioStudy}). */
  record Dataset(TreeSnapshot tree, List<OrgUnitId> communities, InputColumns columns) {}

  /** Builds the 五级架构 tree on {@code storage} and the data set of {@link #measurements}. */
  static Dataset data(StorageProvider storage) {
    HierarchyService yungang = new HierarchyService(storage, Yungang.DISTRICT, HierarchySchema.fiveLevel());
    Change setUp = Change.of("example", "云冈区五星联创（种子文章003）", Instant.parse("2021-01-01T00:00:00Z"));
    OrgUnitId root = OrgUnitId.of("yg");
    yungang.establish(setUp, root, OrgKind.DISTRICT, "中共大同市云冈区委", null, FOUNDED);
    List<OrgUnitId> streets = new ArrayList<>();
    for (int s = 0; s < Yungang.STREETS; s++) {
      OrgUnitId id = OrgUnitId.of(String.format("st%04d", s + 1));
      yungang.establish(setUp, id, OrgKind.STREET_COMMITTEE, "街道党工委" + (s + 1), root, FOUNDED);
      streets.add(id);
    }
    List<OrgUnitId> communities = new ArrayList<>();
    for (int c = 0; c < Yungang.COMMUNITIES; c++) {
      OrgUnitId id = OrgUnitId.of(String.format("co%04d", c + 1));
      OrgUnitId street = streets.get(c * Yungang.STREETS / Yungang.COMMUNITIES);
      yungang.establish(setUp, id, OrgKind.COMMUNITY_ORG, "社区党组织" + (c + 1), street, FOUNDED);
      communities.add(id);
    }
    TreeSnapshot tree = yungang.snapshot();
    // the commitments ledger is kept through the storage SPI; 党员履诺率 comes from the entries read back
    List<LedgerEntry> ledger = RecordKeeping.keep(storage, Yungang.DISTRICT,
        Change.of("example", "党员承诺台账（种子文章003）", Instant.parse("2022-12-31T00:00:00Z")),
        LedgerRecordKinds.LEDGER_ENTRY, commitments(communities));
    return new Dataset(tree, communities, InputColumns.of(tree, YEAR, measurements(communities, ledger)));
  }

  static Outcome run(StorageProvider storage, PrintStream out) {
    Dataset data = data(storage);
    TreeSnapshot tree = data.tree();
    List<OrgUnitId> communities = data.communities();
    InputColumns columns = data.columns();

    StarScheme scheme = scheme();
    StarRatings stars = scheme.compile().evaluate(columns);
    CommunityTypes.Result types = types().compile().evaluate(columns);

    out.println("大同市云冈区 · 五星联创 (Yungang district — five named stars), " + YEAR + ", "
        + tree.positionsOf(OrgKind.COMMUNITY_ORG).length + " communities");
    out.println();
    for (Map.Entry<Grade, Integer> e : stars.counts().entrySet()) {
      out.printf("  %s %3d%n", Yungang.pad(e.getKey().name() + " (" + e.getKey().id() + ")", 34), e.getValue());
    }
    out.printf("  %s %3d%n", Yungang.pad("total stars 星数合计", 34), stars.totalStars());
    out.printf("  reward %s a star × %d = %s%n", scheme.rewardPerStar().format(), stars.totalStars(),
        stars.totalDue().format());
    out.println();

    // 六型社区 as published, kept through the storage SPI and counted from what is read back
    List<CommunityTypesRecord> published = RecordKeeping.keep(storage, Yungang.DISTRICT,
        Change.of("yungang-committee", "2022年度六型社区公布", Instant.parse("2023-01-05T00:00:00Z")),
        CommunityTypesRecordKinds.COMMUNITY_TYPES, CommunityTypesRecord.all(types));
    out.println("六型社区 (six community types)");
    for (Map.Entry<Grade, Integer> e : types.counts().entrySet()) {
      out.printf("  %s %3d%n", Yungang.pad(e.getKey().name() + " (" + e.getKey().id() + ")", 34), e.getValue());
    }
    long cut = communities.stream().filter(types::cutByQuota).count();
    long demonstrations = published.stream().filter(CommunityTypesRecord::demonstration).count();
    out.printf("  demonstration communities 示范社区: %d (eligible %d, quota %d, cut by the quota %d)%n",
        demonstrations, demonstrations + cut, DEMONSTRATION_QUOTA, cut);
    out.println();

    // One community that holds stars but missed 服务群众满意星 by its 党员履诺率 alone, and why (the
    // engine's own trace).
    OrgUnitId missed = communities.stream()
        .filter(c -> !stars.stars(c).isEmpty() && !stars.earned(RuleId.of("service"), c)
            && stars.explain(RuleId.of("service"), c).text(Locale.ENGLISH).contains("0.75"))
        .findFirst().orElseThrow();
    out.printf("  why %s has stars %s but not 服务群众满意星:%n", missed, stars.stars(missed));
    for (String line : stars.explain(RuleId.of("service"), missed).text(Locale.CHINESE).split("\n")) {
      out.println("    " + line);
    }
    out.println();

    // 动态管理: the stars go into the star book; the next year a major incident in one holder of
    // 宜居稳定幸福星 takes that star away at once (摘星), recorded with who, why, before and after.
    StarBook book = program("yungang-stars.program.yaml").starBook(Yungang.DISTRICT).advance(stars,
        Change.of("yungang-committee", "2022年度创星升级评定", Instant.parse("2023-01-05T00:00:00Z")), LocalDate.of(2023, 1, 10));
    OrgUnitId struck = communities.stream().filter(c -> stars.earned(RuleId.of("liveable"), c)).findFirst().orElseThrow();
    List<Measurement> next = new ArrayList<>();
    for (Measurement m : measurements(communities)) {
      boolean incident = m.unit().equals(struck) && m.indicator().equals(INCIDENT);
      next.add(new Measurement(m.unit(), m.indicator(), YEAR.next(), incident ? Fixed.ONE : m.value()));
    }
    StarRatings nextYear = scheme.compile().evaluate(InputColumns.of(tree, YEAR.next(), next));
    book = book.advance(nextYear,
        Change.of("yungang-committee", "2023年度创星升级评定", Instant.parse("2024-01-05T00:00:00Z")), LocalDate.of(2024, 1, 10));
    StarChange down = book.changes().get(book.changes().size() - 1);
    AuditEntry audit = book.trail().get(book.trail().size() - 1);
    out.printf("  star book: %d changes for %s, %d for %s; %s %s %s, level %d → %d%n",
        book.changes().stream().filter(c -> c.period().equals(YEAR)).count(), YEAR,
        book.changes().stream().filter(c -> c.period().equals(YEAR.next())).count(), YEAR.next(), down.unit(), down.starName(),
        down.action(), down.levelBefore(), down.levelAfter());
    out.printf("  audit: %s %s by %s (%s): held %s → %s%n", audit.action(), audit.subjectId(), audit.actor(),
        audit.reason(), audit.before().get("held"), audit.after().get("held"));
    return new Outcome(tree, communities, stars, types, book);
  }
}

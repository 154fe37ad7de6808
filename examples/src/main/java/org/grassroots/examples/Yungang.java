package org.grassroots.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.HierarchySchema;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.lifecycle.HierarchyService;
import org.grassroots.members.IdNumber;
import org.grassroots.members.Member;
import org.grassroots.members.MemberId;
import org.grassroots.spi.StorageProvider;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;

/**
 * 大同市云冈区 (seed article 003): the 五级架构 — 街道党工委 — 社区党组织 — 网格党支部 — 楼栋党小组 —
 * 党员中心户 — built on the embedded default storage with the article's counts: 21 streets, 152
 * communities, 300+ grid branches, 500+ building groups, 1000+ member households, and 4,833
 * in-service members reporting to the communities where they live (双报到).
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java}
 */
public final class Yungang {
  static final DistrictId DISTRICT = DistrictId.of("yungang");
  static final int STREETS = 21;
  static final int COMMUNITIES = 152;
  static final int GRIDS = 300;
  static final int BUILDINGS = 500;
  static final int HOUSEHOLDS = 1000;
  static final int IN_SERVICE_MEMBERS = 4833;
  static final LocalDate FOUNDED = LocalDate.of(2021, 1, 1);
  static final LocalDate REGROUPED = LocalDate.of(2021, 7, 1);

  private Yungang() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (StorageProvider storage = new InMemoryStorageProvider()) {
      run(storage, out);
    }
  }

  /** Builds the district in {@code storage} and prints what it holds; returns the service. */
  static HierarchyService run(StorageProvider storage, PrintStream out) {
    HierarchyService yungang = new HierarchyService(storage, DISTRICT, HierarchySchema.fiveLevel());
    Change setUp = Change.of("example", "云冈区五级架构（种子文章003）", Instant.parse("2021-01-01T00:00:00Z"));

    OrgUnitId root = OrgUnitId.of("yg");
    yungang.establish(setUp, root, OrgKind.DISTRICT, "中共大同市云冈区委", null, FOUNDED);
    List<OrgUnitId> streets = level(yungang, setUp, root, OrgKind.STREET_COMMITTEE, "st", "街道党工委", List.of(root), STREETS);
    List<OrgUnitId> communities = level(yungang, setUp, root, OrgKind.COMMUNITY_ORG, "co", "社区党组织", streets, COMMUNITIES);
    List<OrgUnitId> grids = level(yungang, setUp, root, OrgKind.GRID_BRANCH, "gr", "网格党支部", communities, GRIDS);
    List<OrgUnitId> buildings = level(yungang, setUp, root, OrgKind.BUILDING_GROUP, "bg", "楼栋党小组", grids, BUILDINGS);
    List<OrgUnitId> households = level(yungang, setUp, root, OrgKind.MEMBER_HOUSEHOLD, "mh", "党员中心户", buildings, HOUSEHOLDS);

    // 双报到: in-service members hold their membership elsewhere (here: the district committee's
    // organs) and report to the community where they live.
    List<Member> inService = new ArrayList<>(IN_SERVICE_MEMBERS);
    for (int i = 0; i < IN_SERVICE_MEMBERS; i++) {
      inService.add(
          Member.of(DISTRICT, MemberId.of(String.format("m%05d", i)), "党员" + i, syntheticIdNumber(i), root)
              .withDualRegistration(communities.get(i % COMMUNITIES)));
    }
    storage.members().createAll(setUp, inService);

    // A regrouping half a year later: the last grid branch is merged into its neighbour (调整归并).
    OrgUnitId absorbed = grids.get(GRIDS - 1);
    OrgUnitId survivor = grids.get(GRIDS - 2);
    yungang.merge(Change.of("example", "网格调整归并", Instant.parse("2021-07-01T00:00:00Z")), absorbed, survivor, REGROUPED);

    TreeSnapshot now = yungang.snapshot();
    TreeSnapshot before = yungang.snapshotAsOf(REGROUPED.minusDays(1));
    out.println("大同市云冈区 · 五级架构 (Yungang district, Datong — five-level schema)");
    out.println();
    Map<OrgKind, Integer> counts = countByKind(now);
    Map<OrgKind, Integer> countsBefore = countByKind(before);
    out.printf("  %s %12s %8s%n", pad("level", 46), REGROUPED.minusDays(1), "today");
    for (OrgKind kind : counts.keySet()) {
      out.printf("  %s %12d %8d%n",
          pad(kind.displayName(Locale.CHINESE) + " " + kind.displayName(Locale.ENGLISH), 46),
          countsBefore.getOrDefault(kind, 0), counts.get(kind));
    }
    out.println();

    // Roll-up in one pass over the snapshot: member households and reporting members per street.
    long[] households1 = new long[now.size()];
    for (int i = 0; i < now.size(); i++) {
      households1[i] = now.kind(i).equals(OrgKind.MEMBER_HOUSEHOLD) ? 1 : 0;
    }
    long[] reporting = new long[now.size()];
    for (OrgUnitId community : communities) {
      reporting[now.require(community)] = storage.members().servingIn(DISTRICT, community).size();
    }
    long[] householdsUnder = now.rollUpSum(households1);
    long[] reportingUnder = now.rollUpSum(reporting);
    out.printf("  %s %18s %s%n", pad("street 街道党工委", 20), "member households", "  in-service members reporting (双报到)");
    int[] streetPositions = now.positionsOf(OrgKind.STREET_COMMITTEE);
    for (int k = 0; k < 3; k++) {
      int s = streetPositions[k];
      out.printf("  %s %18d %20d%n", pad(storage.organizations().get(DISTRICT, now.id(s)).name(), 20),
          householdsUnder[s], reportingUnder[s]);
    }
    out.printf("  … %d more streets%n", streetPositions.length - 3);
    int top = now.require(root);
    out.printf("  %s %18d %20d%n", pad("云冈区 total", 20), householdsUnder[top], reportingUnder[top]);
    out.println();

    // One household's chain of command, from the stored tree.
    OrgUnitId household = households.get(HOUSEHOLDS - 1);
    List<String> chain = new ArrayList<>();
    for (OrgUnit u : storage.organizations().ancestors(DISTRICT, household)) {
      chain.add(0, u.name());
    }
    chain.add(storage.organizations().get(DISTRICT, household).name());
    out.println("  chain of one member household: " + String.join(" → ", chain));
    out.println("  a member, as every log and export shows it: "
        + storage.members().get(DISTRICT, inService.get(0).id()));
    out.println();

    List<AuditEntry> trail = storage.audit().forSubject(DISTRICT, AuditEntry.ORG_UNIT, absorbed.value());
    AuditEntry last = trail.get(trail.size() - 1);
    out.printf("  audit: %d entries in the district; %s %s by %s (%s): status %s → %s%n",
        storage.audit().count(DISTRICT), last.action(), last.subjectId(), last.actor(), last.reason(),
        last.before().get("status"), last.after().get("status"));
    return yungang;
  }

  /** Establishes {@code count} units of {@code kind}, spread evenly over {@code parents}. */
  private static List<OrgUnitId> level(HierarchyService service, Change change, OrgUnitId root,
      OrgKind kind, String prefix, String label, List<OrgUnitId> parents, int count) {
    List<OrgUnitId> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      OrgUnitId id = OrgUnitId.of(String.format("%s%04d", prefix, i + 1));
      OrgUnitId parent = parents.get((int) ((long) i * parents.size() / count));
      service.establish(change, id, kind, String.format("%s%d", label, i + 1), parent, FOUNDED);
      ids.add(id);
    }
    return ids;
  }

  /** Pads {@code text} to {@code width} terminal columns; see {@link Console#pad}. */
  static String pad(String text, int width) {
    return Console.pad(text, width);
  }

  private static Map<OrgKind, Integer> countByKind(TreeSnapshot tree) {
    Map<OrgKind, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < tree.size(); i++) {
      counts.merge(tree.kind(i), 1, Integer::sum);
    }
    return counts;
  }

  /** A distinct, valid (GB 11643 check digit), obviously synthetic ID number for member {@code i}. */
  static IdNumber syntheticIdNumber(int i) {
    String first17 = String.format("1402141980%02d%02d%03d", 1 + i / 28_000, 1 + (i / 1000) % 28, i % 1000);
    return IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
  }
}

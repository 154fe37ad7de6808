package org.grassroots.storage.inmemory.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.hierarchy.TreeSnapshot;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.StorageProvider;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;

/**
 * A bulk-load harness (not a test): a synthetic tree the shape of the national division codes —
 * 31 provinces × 11 cities × 9 counties × 15 streets × 14 communities ≈ 665,000 units — loaded
 * with one {@code createAll} into a fresh in-memory store, then a province's subtree, a full
 * listing and a snapshot. Each round uses a fresh provider; the first rounds are warm-up.
 *
 * <p>Run after {@code ./mvnw -q -B -pl spi-inmemory -am verify} with the classpath printed by the
 * command in {@code spi-testkit/README.md}.
 */
public final class BulkLoadHarness {
  private BulkLoadHarness() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    DistrictId d = DistrictId.of("bench");
    LocalDate day = LocalDate.of(2024, 1, 1);
    List<OrgUnit> units = new ArrayList<>(700_000);
    for (int p = 0; p < 31; p++) {
      String pid = "p" + p;
      units.add(OrgUnit.establish(d, OrgUnitId.of(pid), OrgKind.PROVINCE, "省" + p, null, day));
      for (int c = 0; c < 11; c++) {
        String cid = pid + "c" + c;
        units.add(OrgUnit.establish(d, OrgUnitId.of(cid), OrgKind.CITY, "市", OrgUnitId.of(pid), day));
        for (int k = 0; k < 9; k++) {
          String kid = cid + "k" + k;
          units.add(OrgUnit.establish(d, OrgUnitId.of(kid), OrgKind.COUNTY, "县", OrgUnitId.of(cid), day));
          for (int s = 0; s < 15; s++) {
            String sid = kid + "s" + s;
            units.add(OrgUnit.establish(d, OrgUnitId.of(sid), OrgKind.STREET, "街道", OrgUnitId.of(kid), day));
            for (int v = 0; v < 14; v++) {
              units.add(OrgUnit.establish(d, OrgUnitId.of(sid + "v" + v), OrgKind.COMMUNITY, "社区",
                  OrgUnitId.of(sid), day));
            }
          }
        }
      }
    }
    System.out.printf("units: %,d%n", units.size());
    Change change = Change.of("bench", "bulk load", Instant.parse("2024-01-01T00:00:00Z"));
    for (int r = 1; r <= rounds; r++) {
      System.gc();
      StorageProvider provider = new InMemoryStorageProvider();
      long t0 = System.nanoTime();
      provider.organizations().createAll(change, units);
      long t1 = System.nanoTime();
      int sub = provider.organizations().subtree(d, OrgUnitId.of("p7")).size();
      long t2 = System.nanoTime();
      int listed = 0;
      for (PageRequest pr = PageRequest.first(PageRequest.MAX_LIMIT); ; pr = pr.next()) {
        var page = provider.organizations().list(d, pr);
        listed += page.items().size();
        if (!page.hasMore()) {
          break;
        }
      }
      long t3 = System.nanoTime();
      int anc = provider.organizations().ancestors(d, OrgUnitId.of("p7c3k2s9v4")).size();
      TreeSnapshot snap = TreeSnapshot.of(provider.organizations().asOf(d, day));
      long t4 = System.nanoTime();
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
      System.out.printf(
          "round %d: createAll %,d ms | subtree(p7) %,d units %,d ms | list all %,d units in pages of 10,000 %,d ms"
              + " | asOf + snapshot %,d units %,d ms | ancestors %d | heap after GC %,d MB (audit %,d)%n",
          r, (t1 - t0) / 1_000_000, sub, (t2 - t1) / 1_000_000, listed, (t3 - t2) / 1_000_000,
          snap.size(), (t4 - t3) / 1_000_000, anc, used, provider.audit().count(d));
    }
  }
}

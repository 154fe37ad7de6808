package org.grassroots.storage.inmemory.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.ledgers.EntryId;
import org.grassroots.ledgers.LedgerEntry;
import org.grassroots.ledgers.LedgerKind;
import org.grassroots.members.MemberId;
import org.grassroots.spi.PageRequest;
import org.grassroots.ledgers.LedgerRecordKinds;
import org.grassroots.spi.StorageProvider;
import org.grassroots.storage.inmemory.InMemoryStorageProvider;

/**
 * A bulk harness for the record store (not a test): 云冈's 152 communities × 1,000 ledger entries
 * (152,000) stored with one {@code createAll} into a fresh in-memory store — each encoded once for
 * its audit entry — then one community's entries by owner and the whole ledger listed page by page.
 * Each round uses a fresh provider; the first rounds are warm-up.
 *
 * <p>Run after {@code ./mvnw -q -B -pl spi-inmemory -am verify} with the test classpath, e.g.
 * {@code java -cp spi-inmemory/target/test-classes:spi-inmemory/target/classes:core/target/classes:<guava>
 * org.grassroots.storage.inmemory.bench.RecordBulkHarness 5}.
 */
public final class RecordBulkHarness {
  private RecordBulkHarness() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    DistrictId d = DistrictId.of("bench");
    LocalDate day = LocalDate.of(2024, 1, 1);
    List<LedgerEntry> entries = new ArrayList<>(152_000);
    for (int c = 0; c < 152; c++) {
      OrgUnitId unit = OrgUnitId.of(String.format("co%04d", c + 1));
      for (int e = 0; e < 1000; e++) {
        LedgerEntry open = LedgerEntry.open(EntryId.of(String.format("co%04d-%04d", c + 1, e)),
            LedgerKind.values()[e % 2 == 0 ? 0 : 2], unit, MemberId.of("m" + (e % 40)), day.plusDays(e % 300),
            "困难家庭帮扶事项 " + e);
        entries.add(e % 3 == 0 ? open : open.resolve(day.plusDays(e % 300 + 5)));
      }
    }
    System.out.printf("ledger entries: %,d%n", entries.size());
    Change change = Change.of("bench", "bulk load", Instant.parse("2024-01-01T00:00:00Z"));
    for (int r = 1; r <= rounds; r++) {
      System.gc();
      StorageProvider provider = new InMemoryStorageProvider();
      long t0 = System.nanoTime();
      provider.records().createAll(change, d, LedgerRecordKinds.LEDGER_ENTRY, entries);
      long t1 = System.nanoTime();
      int owned = provider.records().byOwner(d, LedgerRecordKinds.LEDGER_ENTRY, "co0077").size();
      long t2 = System.nanoTime();
      int listed = 0;
      for (PageRequest pr = PageRequest.first(PageRequest.MAX_LIMIT); ; pr = pr.next()) {
        var page = provider.records().list(d, LedgerRecordKinds.LEDGER_ENTRY, pr);
        listed += page.items().size();
        if (!page.hasMore()) {
          break;
        }
      }
      long t3 = System.nanoTime();
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
      System.out.printf("round %d: createAll %,d ms | byOwner(co0077) %,d entries %.2f ms | list all %,d in pages"
              + " of 10,000 %,d ms | heap after GC %,d MB (audit %,d)%n",
          r, (t1 - t0) / 1_000_000, owned, (t2 - t1) / 1e6, listed, (t3 - t2) / 1_000_000, used,
          provider.audit().count(d));
    }
  }
}

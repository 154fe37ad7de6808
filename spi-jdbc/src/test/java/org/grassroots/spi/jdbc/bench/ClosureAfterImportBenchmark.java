package org.grassroots.spi.jdbc.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.spi.jdbc.JdbcStorageProvider;
import org.grassroots.spi.jdbc.PersonalDataCodec;
import org.grassroots.spi.jdbc.SchemaMode;

/**
 * {@code verifyClosure} right after an import: in fresh tables (their own prefix per run) a small
 * district of 200 units is stored and the tables analysed, as autovacuum would have done in a
 * database in use; then a new district, a tree of N units (default 120,000: one root, 30 streets,
 * 1,500 communities, the rest grid branches under them), is stored by one {@code createAll} call —
 * as an import stores it, all or nothing — and {@code verifyClosure} runs at once. The planner's
 * statistics then say the new district is empty unless the adapter refreshed them. Repeated in
 * fresh tables per run; the medians are printed. Not a test: run it with {@code -Pbench-closure} (see BENCHMARKS.md).
 *
 * <p>Arguments: units (default 120000), runs (default 5).
 */
public final class ClosureAfterImportBenchmark {
  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);
  private static final Change LOAD = Change.of("bench", "import", Instant.parse("2024-01-01T00:00:00Z"));

  private ClosureAfterImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
      config.setUsername("postgres");
      config.setMaximumPoolSize(4);
      try (HikariDataSource ds = new HikariDataSource(config)) {
        long[] load = new long[runs];
        long[] verify = new long[runs];
        for (int r = 0; r < runs; r++) {
          JdbcStorageProvider provider = JdbcStorageProvider.builder(ds)
              .tablePrefix("b" + r + "_")
              .schemaMode(SchemaMode.CREATE)
              .personalData(PersonalDataCodec.PLAIN)
              .build();
          provider.organizations().createAll(LOAD, tree(DistrictId.of("existing"), 200));
          try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
          }
          DistrictId d = DistrictId.of("d" + r);
          List<OrgUnit> units = tree(d, n);
          long t0 = System.nanoTime();
          provider.organizations().createAll(LOAD, units);
          load[r] = System.nanoTime() - t0;
          long v0 = System.nanoTime();
          long broken = provider.verifyClosure(d);
          verify[r] = System.nanoTime() - v0;
          System.out.printf(Locale.ROOT, "run %d: %,d units loaded in one call in %.2f s; verifyClosure %.3f s, %d rows disagree%n",
              r + 1, units.size(), load[r] / 1e9, verify[r] / 1e9, broken);
        }
        System.out.printf(Locale.ROOT, "medians over %d runs of %,d units: load %.2f s, verifyClosure right after it %.3f s%n",
            runs, n, median(load) / 1e9, median(verify) / 1e9);
      }
    }
  }

  /** One root, 30 streets, 1,500 communities (50 a street), grid branches spread over them. */
  static List<OrgUnit> tree(DistrictId d, int n) {
    List<OrgUnit> out = new ArrayList<>(n);
    out.add(OrgUnit.establish(d, OrgUnitId.of("root"), OrgKind.STREET_COMMITTEE, "区", null, D0));
    int streets = Math.min(30, n - 1);
    for (int s = 0; s < streets; s++) {
      out.add(OrgUnit.establish(d, OrgUnitId.of("s" + s), OrgKind.STREET_COMMITTEE, "街道 " + s, OrgUnitId.of("root"), D0));
    }
    int communities = Math.min(1_500, n - 1 - streets);
    for (int c = 0; c < communities; c++) {
      out.add(OrgUnit.establish(d, OrgUnitId.of("c" + c), OrgKind.COMMUNITY_ORG, "社区 " + c,
          OrgUnitId.of("s" + (c % streets)), D0));
    }
    for (int g = 0; out.size() < n; g++) {
      out.add(OrgUnit.establish(d, OrgUnitId.of("g" + g), OrgKind.GRID_BRANCH, "网格 " + g,
          OrgUnitId.of("c" + (g % communities)), D0));
    }
    return out;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

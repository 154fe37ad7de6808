package org.grassroots.spi.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.spi.AllianceStore;
import org.grassroots.spi.AuditStore;
import org.grassroots.spi.MeasurementStore;
import org.grassroots.spi.MemberStore;
import org.grassroots.spi.OrganizationStore;
import org.grassroots.spi.RecordStore;
import org.grassroots.spi.RulesetStore;
import org.grassroots.spi.StarStore;
import org.grassroots.spi.StorageException;
import org.grassroots.spi.StorageProvider;

/**
 * Storage over the host's JDBC {@link DataSource} (关系数据库存储): H2, the PostgreSQL family and the
 * MySQL/MariaDB family. Each SPI call is one transaction, or one savepoint inside the caller's
 * transaction when built with a joining {@link ConnectionProvider}; the writes of one district are serialised
 * by a lock row; the hierarchy is {@code parent_id} plus a closure table kept in the same
 * transaction. Built with {@link #builder(DataSource)}:
 *
 * <pre>{@code
 * StorageProvider storage = JdbcStorageProvider.builder(dataSource)
 *     .tablePrefix("gr_")            // validated: [a-z][a-z0-9_]{0,23}
 *     .schemaMode(SchemaMode.CREATE) // or VALIDATE / NONE when the host runs the scripts
 *     .personalData(codec)           // required: PersonalDataCodec.PLAIN or an encrypting codec
 *     .build();
 * }</pre>
 *
 * <p>Logs through {@link System.Logger} (a host's SLF4J or Log4j picks it up through their bridges),
 * with operation names, counts, durations and SQLStates, never a value of a row: the provider built
 * and schema creation at INFO, schema validation and bulk inserts at DEBUG, retries and calls
 * slower than {@link Builder#slowCallThreshold} at INFO.
 */
public final class JdbcStorageProvider implements StorageProvider {
  private static final System.Logger LOG = System.getLogger(JdbcStorageProvider.class.getName());

  private final Db db;
  private final JdbcOrganizationStore organizations;
  private final JdbcMemberStore members;
  private final JdbcAllianceStore alliances;
  private final JdbcAuditStore audit;
  private final JdbcRulesetStore rulesets;
  private final JdbcMeasurementStore measurements;
  private final JdbcStarStore stars;
  private final JdbcRecordStore records;
  private final MemberLookup memberLookup;

  private JdbcStorageProvider(Db db, PersonalDataCodec codec) {
    this.db = db;
    this.members = new JdbcMemberStore(db, codec);
    this.organizations = new JdbcOrganizationStore(db, members);
    this.alliances = new JdbcAllianceStore(db);
    this.audit = new JdbcAuditStore(db);
    this.rulesets = new JdbcRulesetStore(db);
    this.measurements = new JdbcMeasurementStore(db);
    this.stars = new JdbcStarStore(db);
    this.records = new JdbcRecordStore(db, codec);
    this.memberLookup = new MemberLookup(db, codec);
  }

  /** A builder over the host's pool; the provider never closes it. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Check.notNull("dataSource", dataSource));
  }

  @Override
  public OrganizationStore organizations() {
    return organizations;
  }

  @Override
  public MemberStore members() {
    return members;
  }

  @Override
  public AllianceStore alliances() {
    return alliances;
  }

  @Override
  public RulesetStore rulesets() {
    return rulesets;
  }

  @Override
  public MeasurementStore measurements() {
    return measurements;
  }

  @Override
  public StarStore stars() {
    return stars;
  }

  @Override
  public RecordStore records() {
    return records;
  }

  @Override
  public AuditStore audit() {
    return audit;
  }

  /**
   * The members of {@code district} with ID number {@code idNumber}, in id order, found through the
   * stored form the codec gives (with {@link EncryptingPersonalDataCodec}, its keyed hash): the ID
   * number is never compared in clear in the database.
   *
   * @throws StorageException when the provider's codec cannot be searched by value
   */
  public List<org.grassroots.members.Member> membersByIdNumber(DistrictId district,
      org.grassroots.members.IdNumber idNumber) {
    return memberLookup.byIdNumber(district, idNumber);
  }

  /** The SQL family in use (detected or set). */
  public Dialect dialect() {
    return db.dialect;
  }

  /** The table prefix in use. */
  public String tablePrefix() {
    return db.tables.prefix();
  }

  /**
   * Checks the district's closure table against {@code parent_id} with a recursive query.
   *
   * @return how many rows disagree: closure rows missing or wrong, plus rows too many (0 when whole)
   */
  public long verifyClosure(DistrictId district) {
    Check.notNull("district", district);
    Tables t = db.tables;
    // The recursion stops at depth 10,000, so a cycle in parent_id cannot make it run forever.
    String tree = "WITH RECURSIVE tree (ancestor, descendant, depth) AS ("
        + " SELECT id, id, 0 FROM " + t.unit() + " WHERE district = ?"
        + " UNION ALL SELECT tree.ancestor, u.id, tree.depth + 1 FROM tree JOIN " + t.unit()
        + " u ON u.district = ? AND u.parent_id = tree.descendant WHERE tree.depth < 10000) ";
    String missing = tree + "SELECT COUNT(*) FROM tree LEFT JOIN " + t.closure() + " c"
        + " ON c.district = ? AND c.ancestor = tree.ancestor AND c.descendant = tree.descendant"
        + " AND c.depth = tree.depth WHERE c.ancestor IS NULL";
    String sizes = tree + "SELECT COUNT(*) FROM tree";
    return db.read("organizations.verifyClosure", c -> {
      long absent = countOf(c, missing, district, 3);
      long expected = countOf(c, sizes, district, 2);
      long stored = Pages.count(c, "SELECT COUNT(*) FROM " + t.closure() + " WHERE district = ?", district);
      // Every expected row present: the surplus is what the closure holds beyond them.
      return absent + Math.max(0, stored - (expected - absent));
    });
  }

  private static long countOf(Connection c, String sql, DistrictId d, int params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 1; i <= params; i++) {
        ps.setString(i, d.value());
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Rebuilds the district's closure table from {@code parent_id} (the truth), in one transaction
   * under the district's write lock.
   *
   * @return the number of closure rows written
   */
  public long rebuildClosure(DistrictId district) {
    Check.notNull("district", district);
    Tables t = db.tables;
    return db.write("organizations.rebuildClosure", district, tx -> {
      Map<String, String> parentOf = new HashMap<>();
      try (PreparedStatement ps = tx.c.prepareStatement(
          "SELECT id, parent_id FROM " + t.unit() + " WHERE district = ?")) {
        ps.setString(1, district.value());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            parentOf.put(rs.getString(1), rs.getString(2));
          }
        }
      }
      try (PreparedStatement ps = tx.c.prepareStatement(
          "DELETE FROM " + t.closure() + " WHERE district = ?")) {
        ps.setString(1, district.value());
        ps.executeUpdate();
      }
      List<Object[]> rows = new ArrayList<>();
      for (String id : parentOf.keySet()) {
        int depth = 0;
        for (String a = id; a != null && depth <= parentOf.size(); a = parentOf.get(a), depth++) {
          rows.add(new Object[] {a, id, depth});
        }
      }
      db.batches.batch(tx.c, "INSERT INTO " + t.closure() + " (district, ancestor, descendant, depth)"
          + " VALUES (?, ?, ?, ?)", rows, (ps, r) -> {
            ps.setString(1, district.value());
            ps.setString(2, (String) r[0]);
            ps.setString(3, (String) r[1]);
            ps.setInt(4, (Integer) r[2]);
          });
      return (long) rows.size();
    });
  }

  /** Rows this provider has written by PostgreSQL COPY so far (tests and diagnostics). */
  long copiedRows() {
    return db.batches.copiedRows.sum();
  }

  /** Statistics refreshes after bulk loads of units so far (tests and diagnostics). */
  long statisticsRefreshes() {
    return organizations.statistics.refreshes();
  }

  /** Wiring of a {@link JdbcStorageProvider}. */
  public static final class Builder {
    private final DataSource dataSource;
    private String prefix = "gr_";
    private SchemaMode schemaMode = SchemaMode.VALIDATE;
    private Dialect dialect;
    private int batchSize = 1000;
    private PersonalDataCodec personalData;
    private boolean bulkCopy = true;
    private ConnectionProvider connections;
    private Duration slowCall = Db.DEFAULT_SLOW_CALL;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /** Prefix of every table name (default {@code gr_}); checked against a strict pattern. */
    public Builder tablePrefix(String tablePrefix) {
      Tables.withPrefix(tablePrefix);
      this.prefix = tablePrefix;
      return this;
    }

    /** What to do with the schema at start (default {@link SchemaMode#VALIDATE}). */
    public Builder schemaMode(SchemaMode mode) {
      this.schemaMode = Check.notNull("schemaMode", mode);
      return this;
    }

    /** Sets the SQL family instead of detecting it, for a compatible engine that misreports. */
    public Builder dialect(Dialect d) {
      this.dialect = Check.notNull("dialect", d);
      return this;
    }

    /** Statements per JDBC batch round trip (default 1,000; 1–100,000). */
    public Builder batchSize(int size) {
      Check.between("batchSize", size, 1, 100_000);
      this.batchSize = size;
      return this;
    }

    /**
     * Whether bulk inserts (a batch of organisation units, their revisions and closure rows, the
     * audit records of a call) use PostgreSQL's {@code COPY … FROM STDIN} when the dialect is
     * PostgreSQL and the connections are pgjdbc's (default true). Turn it off for an engine that
     * reports itself as PostgreSQL but lacks COPY; other dialects and drivers always use JDBC
     * batches. Either way a batch is atomic and a refused item is named.
     */
    public Builder bulkCopy(boolean on) {
      this.bulkCopy = on;
      return this;
    }

    /**
     * Where calls get their connection (default {@link ConnectionProvider#ownTransactions} over the
     * builder's pool: a transaction per call). Give a provider that {@linkplain
     * ConnectionProvider#joinsCallerTransaction joins the caller's transaction} to have the
     * library's rows committed and rolled back with the host's. The builder's own pool still serves
     * the schema check at {@link #build()}.
     */
    public Builder connections(ConnectionProvider provider) {
      this.connections = Check.notNull("connections", provider);
      return this;
    }

    /**
     * Calls that take at least this long are logged at INFO with their operation name and duration
     * (default 1 s; {@link Duration#ZERO} logs every call).
     */
    public Builder slowCallThreshold(Duration threshold) {
      Check.notNull("slowCallThreshold", threshold);
      Check.that(!threshold.isNegative(), "jdbc.slowCallThreshold", "slowCallThreshold", threshold);
      this.slowCall = threshold;
      return this;
    }

    /**
     * How members' ID numbers and phones (and records' personal fields) are stored: required, there
     * is no default — {@link PersonalDataCodec#PLAIN} to keep them as given, an {@link
     * EncryptingPersonalDataCodec}, or the host's own.
     */
    public Builder personalData(PersonalDataCodec codec) {
      this.personalData = Check.notNull("personalData", codec);
      return this;
    }

    /** Detects the dialect if not set, applies the schema mode, and returns the provider. */
    public JdbcStorageProvider build() {
      Check.that(personalData != null, "jdbc.personalDataRequired", "personalData", null);
      Tables tables = Tables.withPrefix(prefix);
      try (Connection c = dataSource.getConnection()) {
        Dialect d = dialect != null ? dialect : Dialect.detect(c.getMetaData());
        if (schemaMode == SchemaMode.CREATE) {
          create(c, d, tables);
        }
        if (schemaMode != SchemaMode.NONE) {
          validate(c, tables);
        }
        ConnectionProvider provider = connections != null ? connections : ConnectionProvider.ownTransactions(dataSource);
        LOG.log(System.Logger.Level.INFO,
            "JDBC storage: dialect {0} ({1}), table prefix {2}, schema mode {3}, {4}, slow calls from {5} ms",
            d, dialect != null ? "set" : "detected", tables.prefix(), schemaMode,
            provider.joinsCallerTransaction() ? "joining the caller's transactions" : "a transaction per call",
            String.valueOf(slowCall.toMillis()));
        return new JdbcStorageProvider(new Db(provider, d, tables, batchSize, bulkCopy, slowCall), personalData);
      } catch (SQLException e) {
        throw new StorageException("jdbc.failure",
            new Object[] {"schema", e.getSQLState(), String.valueOf(e.getErrorCode())}, DriverFailures.sanitized(e));
      }
    }
  }

  /** The shipped script of {@code dialect} with the prefix filled in, one statement per entry. */
  public static List<String> schemaStatements(Dialect dialect, String tablePrefix) {
    Tables tables = Tables.withPrefix(tablePrefix);
    String path = dialect.schemaScript();
    String script;
    try (InputStream in = JdbcStorageProvider.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new StorageException("jdbc.schemaScript", path);
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorageException("jdbc.schemaScript", new Object[] {path}, e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.replace("${prefix}", tables.prefix()).split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String stmt = current.toString().strip();
        out.add(stmt.substring(0, stmt.length() - 1));
        current.setLength(0);
      }
    }
    return out;
  }

  private static void create(Connection c, Dialect d, Tables tables) throws SQLException {
    long start = System.nanoTime();
    List<String> statements = schemaStatements(d, tables.prefix());
    LOG.log(System.Logger.Level.INFO, "creating the schema ({0}, table prefix {1}): {2} statements, each IF NOT EXISTS",
        d, tables.prefix(), statements.size());
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(true);
    d.lockSchema(c);
    try (Statement s = c.createStatement()) {
      for (int n = 0; n < statements.size(); n++) {
        String stmt = statements.get(n);
        // Every statement is IF NOT EXISTS, so running it again is safe: an engine without a
        // schema lock (H2) may refuse one that races another application's; try it again.
        for (int attempt = 1; ; attempt++) {
          try {
            s.execute(stmt);
            break;
          } catch (SQLException e) {
            if (attempt == 5) {
              throw e;
            }
            LOG.log(System.Logger.Level.DEBUG, "schema statement {0} of {1} refused (SQLState {2}); attempt {3} of 5",
                n + 1, statements.size(), e.getSQLState(), attempt + 1);
            try {
              Thread.sleep(20L * attempt);
            } catch (InterruptedException ie) {
              Thread.currentThread().interrupt();
              throw e;
            }
          }
        }
      }
    } finally {
      d.unlockSchema(c);
      c.setAutoCommit(auto);
    }
    LOG.log(System.Logger.Level.INFO, "schema created (table prefix {0}) in {1} ms", tables.prefix(),
        String.valueOf((System.nanoTime() - start) / 1_000_000));
  }

  private static void validate(Connection c, Tables tables) throws SQLException {
    boolean auto = c.getAutoCommit();
    for (String[] table : tables.expected()) {
      try (Statement s = c.createStatement()) {
        s.executeQuery("SELECT " + table[1] + " FROM " + table[0] + " WHERE 1 = 0").close();
      } catch (SQLException e) {
        if (!auto) {
          c.rollback();
        }
        throw new StorageException("jdbc.schemaMissing", new Object[] {table[0], table[1]}, DriverFailures.sanitized(e));
      }
    }
    LOG.log(System.Logger.Level.DEBUG, "schema validated: {0} tables of prefix {1}", tables.expected().length,
        tables.prefix());
  }
}

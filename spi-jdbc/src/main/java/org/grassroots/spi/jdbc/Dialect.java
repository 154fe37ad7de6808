package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.grassroots.spi.StorageException;

/**
 * The SQL family of a database (数据库方言). Detected from {@link DatabaseMetaData}; a host overrides
 * it for a compatible engine that reports itself as another (openGauss and KingbaseES speak
 * PostgreSQL, OceanBase and TiDB speak MySQL). Only the schema script, the schema lock and error
 * codes differ: every query of the stores is the same portable SQL on each family.
 */
public enum Dialect {
  /** H2 in any compatibility mode (regular, PostgreSQL, MySQL). */
  H2("h2"),
  /** PostgreSQL and engines compatible with it. */
  POSTGRESQL("postgresql"),
  /** MySQL, MariaDB and engines compatible with them. */
  MYSQL("mysql");

  /** Key of the PostgreSQL advisory lock that serialises schema creation across applications. */
  private static final long PG_SCHEMA_LOCK = 0x67726173_73726f6fL; // "grassroo"

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Classpath location of the schema script of this family (Flyway naming). */
  public String schemaScript() {
    return "db/grassroots/" + folder + "/V1__grassroots_schema.sql";
  }

  /** The family of the connected database, from its product name. */
  static Dialect detect(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName();
    String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (p.contains("h2")) {
      return H2;
    }
    if (p.contains("postgres")) {
      return POSTGRESQL;
    }
    if (p.contains("mysql") || p.contains("mariadb")) {
      return MYSQL;
    }
    throw new StorageException("jdbc.unknownDialect", String.valueOf(product));
  }

  /** True when {@code e} (or a chained exception) reports a duplicate primary key. */
  boolean isDuplicateKey(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      String state = x.getSQLState();
      if ("23505".equals(state) || x.getErrorCode() == 1062 || x.getErrorCode() == 23505) {
        return true;
      }
      if (x.getNextException() == x) {
        break;
      }
    }
    return false;
  }

  /** True for failures worth retrying the whole transaction: deadlock, serialisation, lock time-out. */
  boolean isTransient(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.equals("40001")
        || state.equals("40P01")
        || state.equals("HYT00")
        || e.getErrorCode() == 1213
        || e.getErrorCode() == 1205;
  }

  /**
   * Takes a lock that two applications starting at once contend for, so that only one creates the
   * schema at a time (session-level; released by {@link #unlockSchema}). H2 serialises DDL itself.
   */
  void lockSchema(Connection c) throws SQLException {
    switch (this) {
      case POSTGRESQL -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
          ps.setLong(1, PG_SCHEMA_LOCK);
          ps.execute();
        }
      }
      case MYSQL -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK('grassroots_schema', 60)")) {
          ps.execute();
        }
      }
      case H2 -> {
        // H2 takes an exclusive lock on the schema for each DDL statement.
      }
    }
  }

  void unlockSchema(Connection c) throws SQLException {
    switch (this) {
      case POSTGRESQL -> {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          ps.setLong(1, PG_SCHEMA_LOCK);
          ps.execute();
        }
      }
      case MYSQL -> {
        try (Statement s = c.createStatement()) {
          s.execute("SELECT RELEASE_LOCK('grassroots_schema')");
        }
      }
      case H2 -> {
        // nothing taken
      }
    }
  }
}

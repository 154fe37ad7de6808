package org.grassroots.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The all-bands ruleset of {@link AllBands} as SQL in an in-process DuckDB: the measurements in a
 * table of fixed-point {@code BIGINT}s (one row per assessed unit), bands as {@code CASE}
 * expressions, caps as {@code least}, and the roll-up to every ancestor by joining up the levels
 * (each level's sums grouped by the parent of its rows). Loading is not part of {@link #run()}.
 */
final class DuckDbPeer implements AutoCloseable {
  private final Connection connection;
  private final int levels;
  private final String defaultThreads;

  /**
   * Loads the measurements of the assessed units and the parent of every unit.
   *
   * @param levels how many levels lie above the assessed units (4: street, county, city, province)
   */
  DuckDbPeer(long[][] measured, int[] subjects, int[] parent, int levels) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    this.levels = levels;
    try (Statement st = connection.createStatement()) {
      StringBuilder ddl = new StringBuilder("CREATE TABLE unit (pos INTEGER");
      for (int k = 0; k < AllBands.ITEMS; k++) {
        ddl.append(", i").append(k).append(" BIGINT");
      }
      st.execute(ddl.append(')').toString());
      st.execute("CREATE TABLE up (pos INTEGER, parent INTEGER)");
      try (ResultSet rs = st.executeQuery("SELECT current_setting('threads')")) {
        rs.next();
        defaultThreads = rs.getString(1);
      }
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender a = duck.createAppender("unit")) {
      for (int pos : subjects) {
        a.beginRow().append(pos);
        for (int k = 0; k < AllBands.ITEMS; k++) {
          a.append(measured[k][pos]);
        }
        a.endRow();
      }
    }
    try (DuckDBAppender a = duck.createAppender("up")) {
      for (int pos = 0; pos < parent.length; pos++) {
        if (parent[pos] >= 0) {
          a.beginRow().append(pos).append(parent[pos]).endRow();
        }
      }
    }
  }

  /** DuckDB's own default thread count (its number of cores), read before any {@code SET}. */
  String defaultThreads() {
    return defaultThreads;
  }

  void threads(String threads) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("SET threads = " + Integer.parseInt(threads));
    }
  }

  /** Scores every unit into table {@code scores} and rolls up into {@code level1..levelN}. */
  void run() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(scoresSql());
      String below = "scores";
      for (int level = 1; level <= levels; level++) {
        st.execute(rollUpSql(below, "level" + level));
        below = "level" + level;
      }
    }
  }

  /** Sub-items as CASE over the declared bands, categories and total with their caps. */
  static String scoresSql() {
    StringBuilder items = new StringBuilder("SELECT pos");
    for (int k = 0; k < AllBands.ITEMS; k++) {
      String v = "i" + k;
      items.append(",\n CASE WHEN ").append(v).append(" < ").append(AllBands.LOW).append(" THEN 0")
          .append(" WHEN ").append(v).append(" >= ").append(AllBands.LOW).append(" AND ").append(v).append(" < ")
          .append(AllBands.HIGH).append(" THEN ").append(AllBands.MID_POINTS)
          .append(" WHEN ").append(v).append(" >= ").append(AllBands.HIGH).append(" THEN ").append(AllBands.TOP_POINTS)
          .append(" ELSE 0 END::BIGINT AS i").append(k);
    }
    items.append("\nFROM unit");
    StringBuilder categories = new StringBuilder("SELECT *");
    int k = 0;
    for (int c = 0; c < AllBands.CATEGORIES; c++) {
      categories.append(",\n least(");
      for (int j = 0; j < AllBands.ITEMS_PER_CATEGORY[c]; j++, k++) {
        categories.append(j == 0 ? "" : " + ").append('i').append(k);
      }
      categories.append(", ").append(AllBands.categoryCap(c)).append(")::BIGINT AS c").append(c);
    }
    categories.append("\nFROM (").append(items).append(")");
    StringBuilder total = new StringBuilder("CREATE OR REPLACE TABLE scores AS SELECT *, least(");
    for (int c = 0; c < AllBands.CATEGORIES; c++) {
      total.append(c == 0 ? "" : " + ").append('c').append(c);
    }
    return total.append(", ").append(AllBands.TOTAL_CAP).append(")::BIGINT AS total\nFROM (")
        .append(categories).append(")").toString();
  }

  /** The sums of every column of {@code below}, grouped by the parent of its rows. */
  static String rollUpSql(String below, String into) {
    StringBuilder sql = new StringBuilder("CREATE OR REPLACE TABLE ").append(into).append(" AS SELECT up.parent AS pos");
    for (String name : AllBands.columnNames()) {
      sql.append(", sum(b.").append(name).append(")::BIGINT AS ").append(name);
    }
    return sql.append(" FROM ").append(below).append(" b JOIN up USING (pos) GROUP BY up.parent").toString();
  }

  /**
   * Compares the last run's tables with the expected unit columns and sums (indexed by position);
   * throws naming the first position and column that differ, or a count of rows that differs.
   */
  void check(long[][] units, long[][] sums, int[] subjects, String side) throws SQLException {
    int rows = compare("scores", units, side);
    if (rows != subjects.length) {
      throw new IllegalStateException(side + ": " + rows + " scored units, expected " + subjects.length);
    }
    int ancestors = 0;
    for (int level = 1; level <= levels; level++) {
      ancestors += compare("level" + level, sums, side);
    }
    int expected = sums[0].length - subjects.length;
    if (ancestors != expected) {
      throw new IllegalStateException(side + ": " + ancestors + " ancestors summed, expected " + expected);
    }
  }

  private int compare(String table, long[][] expected, String side) throws SQLException {
    List<String> names = AllBands.columnNames();
    int rows = 0;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT pos, " + String.join(", ", names) + " FROM " + table)) {
      while (rs.next()) {
        int pos = rs.getInt(1);
        for (int c = 0; c < names.size(); c++) {
          long got = rs.getLong(c + 2);
          if (got != expected[c][pos]) {
            throw new IllegalStateException(side + " differs from grassroots in " + table + " at position " + pos
                + ", column " + names.get(c) + ": " + got + " against " + expected[c][pos]);
          }
        }
        rows++;
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}

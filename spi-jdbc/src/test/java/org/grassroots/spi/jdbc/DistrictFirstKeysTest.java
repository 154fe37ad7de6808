package org.grassroots.spi.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ready for distributed SQL: in every shipped script, every table has a primary key, and the
 * primary key and every index lead with {@code district}, so an engine that shards by the leading
 * key column (TiDB, OceanBase, Citus, CockroachDB, YugabyteDB) keeps a district's rows together.
 */
class DistrictFirstKeysTest {
  private static final Pattern TABLE = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+)");
  private static final Pattern KEY = Pattern.compile(
      "(PRIMARY KEY|UNIQUE|INDEX \\w+|INDEX IF NOT EXISTS \\w+ ON \\w+)\\s*\\(([^)]*)\\)");

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void everyKeyAndIndexLeadsWithTheDistrict(Dialect dialect) {
    List<String> statements = JdbcStorageProvider.schemaStatements(dialect, "gr_");
    List<String> tables = new ArrayList<>();
    int keys = 0;
    for (String statement : statements) {
      String flat = statement.replaceAll("\\s+", " ");
      Matcher table = TABLE.matcher(flat);
      if (table.find()) {
        tables.add(table.group(1));
        assertThat(flat).as("primary key of %s", table.group(1)).contains("PRIMARY KEY (");
      }
      Matcher key = KEY.matcher(flat);
      while (key.find()) {
        keys++;
        assertThat(key.group(2).strip()).as("%s in: %s", key.group(1), flat).startsWith("district");
      }
    }
    // Every table of the adapter (the record's components but the prefix).
    assertThat(tables).hasSize(Tables.class.getRecordComponents().length - 1);
    assertThat(keys).isGreaterThanOrEqualTo(tables.size() + 8);
  }
}

package org.grassroots.spi.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.AuditEntry;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.spi.AuditStore;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;

/** The append-only trail: the provider only ever inserts into its table. */
final class JdbcAuditStore implements AuditStore {
  private final Db db;
  private final String select;
  private final String countSql;

  JdbcAuditStore(Db db) {
    this.db = db;
    this.select = "SELECT " + AuditRows.COLUMNS + " FROM " + db.tables.audit() + " WHERE district = ?";
    this.countSql = "SELECT COUNT(*) FROM " + db.tables.audit() + " WHERE district = ?";
  }

  @Override
  public List<AuditEntry> forSubject(DistrictId district, String subjectType, String subjectId) {
    Check.notNull("district", district);
    Check.notNull("subjectType", subjectType);
    Check.notNull("subjectId", subjectId);
    return db.read("audit.forSubject", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          select + " AND subject_type = ? AND subject_id = ? ORDER BY seq")) {
        ps.setString(1, district.value());
        ps.setString(2, subjectType);
        ps.setString(3, subjectId);
        return List.copyOf(read(ps, district));
      }
    });
  }

  @Override
  public Page<AuditEntry> list(DistrictId district, PageRequest page) {
    Check.notNull("district", district);
    Check.notNull("page", page);
    return Pages.of(db.read("audit.list", c -> {
      try (PreparedStatement ps = c.prepareStatement(select + " ORDER BY seq LIMIT ? OFFSET ?")) {
        ps.setString(1, district.value());
        ps.setInt(2, page.limit() + 1);
        ps.setLong(3, page.offset());
        return read(ps, district);
      }
    }), page);
  }

  private static List<AuditEntry> read(PreparedStatement ps, DistrictId district) throws java.sql.SQLException {
    List<AuditEntry> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(AuditRows.read(rs, district));
      }
    }
    return out;
  }

  @Override
  public long count(DistrictId district) {
    Check.notNull("district", district);
    return db.read("audit.count", c -> Pages.count(c, countSql, district));
  }
}

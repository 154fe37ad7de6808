package org.grassroots.spi.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.grassroots.district.DistrictId;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;

/** Paging by {@code LIMIT limit + 1 OFFSET offset}: the extra row says whether more follow. */
final class Pages {
  private Pages() {}

  static <T> Page<T> of(List<T> rowsPlusOne, PageRequest page) {
    boolean more = rowsPlusOne.size() > page.limit();
    List<T> items = more ? rowsPlusOne.subList(0, page.limit()) : rowsPlusOne;
    return new Page<>(ImmutableList.copyOf(items), page, more);
  }

  static long count(Connection c, String sql, DistrictId d) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, d.value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}

package org.grassroots.spi.jdbc;

import com.google.common.collect.ImmutableMap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grassroots.audit.Change;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.rules.Period;
import org.grassroots.rules.RuleId;
import org.grassroots.stars.Publicity;
import org.grassroots.stars.StarChange;

/**
 * The columns of a star change. Its details and publicity steps are short ordered lists, kept as
 * the flat JSON object of {@link FieldsCodec} keyed by position ({@code {"0": "PROPOSED 2024-01-10",
 * …}}); the change's instant as seconds and nanoseconds, exactly.
 */
final class StarRows {
  static final String CHANGE_COLUMNS = "seq, unit_id, star, star_name, period_id, action, cause, details, actor,"
      + " reason, at_seconds, at_nanos, level_before, level_after, publicity";

  private StarRows() {}

  static String insertChangeSql(Tables t) {
    return "INSERT INTO " + t.starChange() + " (district, scheme, " + CHANGE_COLUMNS + ") VALUES ("
        + Db.marks(17) + ")";
  }

  /** Binds district and scheme (1, 2) and the change's columns (3–17). */
  static void bindChange(PreparedStatement ps, String district, String scheme, StarChange c) throws SQLException {
    ps.setString(1, district);
    ps.setString(2, scheme);
    ps.setLong(3, c.sequence());
    ps.setString(4, c.unit().value());
    ps.setString(5, c.star().value());
    ps.setString(6, c.starName());
    ps.setString(7, c.period().toString());
    ps.setString(8, c.action().name());
    ps.setString(9, c.cause().name());
    ps.setString(10, FieldsCodec.write(positional(c.details())));
    ps.setString(11, c.change().actor());
    ps.setString(12, c.change().reason());
    ps.setLong(13, c.change().at().getEpochSecond());
    ps.setInt(14, c.change().at().getNano());
    ps.setInt(15, c.levelBefore());
    ps.setInt(16, c.levelAfter());
    ps.setString(17, publicity(c.publicity()));
  }

  /** Reads a change selected with {@link #CHANGE_COLUMNS}. */
  static StarChange readChange(ResultSet rs) throws SQLException {
    Change change = Change.of(rs.getString(9), rs.getString(10),
        Instant.ofEpochSecond(rs.getLong(11), rs.getInt(12)));
    List<String> details = List.copyOf(FieldsCodec.read(rs.getString(8)).values());
    List<Publicity.Step> steps = new ArrayList<>();
    for (String step : FieldsCodec.read(rs.getString(15)).values()) {
      int space = step.indexOf(' ');
      steps.add(new Publicity.Step(Publicity.Status.valueOf(step.substring(0, space)),
          LocalDate.parse(step.substring(space + 1))));
    }
    return new StarChange(rs.getLong(1), OrgUnitId.of(rs.getString(2)), RuleId.of(rs.getString(3)),
        rs.getString(4), Period.parse(rs.getString(5)), StarChange.Action.valueOf(rs.getString(6)),
        StarChange.Cause.valueOf(rs.getString(7)), details, change, rs.getInt(13), rs.getInt(14),
        new Publicity(steps));
  }

  static String publicity(Publicity p) {
    List<String> steps = new ArrayList<>();
    for (Publicity.Step s : p.steps()) {
      steps.add(s.status().name() + " " + s.on());
    }
    return FieldsCodec.write(positional(steps));
  }

  private static ImmutableMap<String, String> positional(List<String> items) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builderWithExpectedSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      b.put(Integer.toString(i), items.get(i));
    }
    return b.build();
  }

  /** The failure counts as rows (unit, star, periods failed). */
  static List<Object[]> failureRows(Map<OrgUnitId, Map<RuleId, Integer>> failures) {
    List<Object[]> rows = new ArrayList<>();
    failures.forEach((unit, perStar) -> perStar.forEach(
        (star, n) -> rows.add(new Object[] {unit.value(), star.value(), n})));
    return rows;
  }
}

package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.Check;
import org.grassroots.rules.IndicatorId;
import org.grassroots.rules.Measurement;
import org.grassroots.rules.Period;
import org.grassroots.spi.MeasurementStore;

/**
 * Measured values, one row per district, period, unit and indicator (the primary key, in that
 * order, so a period's values come back in unit then indicator order from the index). A batch reads
 * the stored values of the units it touches, then inserts the new values and updates only the
 * changed ones, with JDBC batching; the audit entries ({@link MeasurementStore#auditEntries}) go in
 * the same transaction.
 */
final class JdbcMeasurementStore implements MeasurementStore {
  private final Db db;
  private final Tables t;

  JdbcMeasurementStore(Db db) {
    this.db = db;
    this.t = db.tables;
  }

  @Override
  public void putAll(Change change, DistrictId district, List<Measurement> measurements) {
    Check.notNull("change", change);
    Check.notNull("district", district);
    List<Measurement> batch = MeasurementStore.checkBatch(measurements);
    if (batch.isEmpty()) {
      return;
    }
    db.write("measurements.putAll", district, tx -> {
      Map<Period, Set<String>> unitsByPeriod = new TreeMap<>();
      for (Measurement m : batch) {
        unitsByPeriod.computeIfAbsent(m.period(), p -> new LinkedHashSet<>()).add(m.unit().value());
      }
      Map<Key, Long> stored = new HashMap<>();
      Map<Period, Long> counts = new HashMap<>();
      for (Map.Entry<Period, Set<String>> e : unitsByPeriod.entrySet()) {
        stored.putAll(storedValues(tx.c, district, e.getKey(), new ArrayList<>(e.getValue())));
        counts.put(e.getKey(), count(tx.c, district, e.getKey()));
      }
      List<AuditEntry> entries = MeasurementStore.auditEntries(district, change, batch,
          m -> Optional.ofNullable(stored.get(Key.of(m))), counts::get);
      List<Measurement> inserts = new ArrayList<>();
      List<Measurement> updates = new ArrayList<>();
      for (Measurement m : batch) {
        Long old = stored.get(Key.of(m));
        if (old == null) {
          inserts.add(m);
        } else if (old != m.value()) {
          updates.add(m);
        }
      }
      db.batches.batch(tx.c, "INSERT INTO " + t.measurement() + " (fixed_value, district, period_id, unit_id, indicator_id)"
          + " VALUES (?, ?, ?, ?, ?)", inserts, (ps, m) -> bind(ps, district, m));
      db.batches.batch(tx.c, "UPDATE " + t.measurement() + " SET fixed_value = ?"
          + " WHERE district = ? AND period_id = ? AND unit_id = ? AND indicator_id = ?", updates,
          (ps, m) -> bind(ps, district, m));
      entries.forEach(tx::audit);
      return null;
    });
  }

  private static void bind(PreparedStatement ps, DistrictId district, Measurement m) throws SQLException {
    ps.setLong(1, m.value());
    ps.setString(2, district.value());
    ps.setString(3, m.period().toString());
    ps.setString(4, m.unit().value());
    ps.setString(5, m.indicator().value());
  }

  /** The stored values of {@code units} in {@code period}, read in chunks of bound parameters. */
  private Map<Key, Long> storedValues(Connection c, DistrictId d, Period period, List<String> units)
      throws SQLException {
    Map<Key, Long> out = new HashMap<>();
    for (List<String> chunk : Db.chunks(units, 500)) {
      Object[] args = new Object[chunk.size() + 2];
      args[0] = d.value();
      args[1] = period.toString();
      for (int i = 0; i < chunk.size(); i++) {
        args[i + 2] = chunk.get(i);
      }
      Db.query(c, "SELECT unit_id, indicator_id, fixed_value FROM " + t.measurement()
          + " WHERE district = ? AND period_id = ? AND unit_id IN (" + Db.marks(chunk.size()) + ")", rs -> {
            out.put(new Key(OrgUnitId.of(rs.getString(1)), IndicatorId.of(rs.getString(2)), period), rs.getLong(3));
            return null;
          }, args);
    }
    return out;
  }

  private long count(Connection c, DistrictId d, Period period) throws SQLException {
    return Db.query(c, "SELECT COUNT(*) FROM " + t.measurement() + " WHERE district = ? AND period_id = ?",
        rs -> rs.getLong(1), d.value(), period.toString()).get(0);
  }

  @Override
  public List<Measurement> forPeriod(DistrictId district, Period period) {
    Check.notNull("district", district);
    Check.notNull("period", period);
    return List.copyOf(db.read("measurements.forPeriod", c -> Db.query(c,
        "SELECT unit_id, indicator_id, fixed_value FROM " + t.measurement()
            + " WHERE district = ? AND period_id = ? ORDER BY unit_id, indicator_id",
        rs -> new Measurement(OrgUnitId.of(rs.getString(1)), IndicatorId.of(rs.getString(2)), period,
            rs.getLong(3)),
        district.value(), period.toString())));
  }

  /** One read for all of {@code periods} ({@code period_id IN (…)}), ordered by the periods as listed. */
  @Override
  public List<Measurement> forPeriods(DistrictId district, List<Period> periods) {
    Check.notNull("district", district);
    Check.notNull("periods", periods);
    if (periods.isEmpty()) {
      return List.of();
    }
    Map<String, Period> byId = new HashMap<>();
    Map<Period, Integer> rank = new HashMap<>();
    for (Period p : periods) {
      byId.put(p.toString(), p);
      rank.putIfAbsent(p, rank.size());
    }
    Object[] args = new Object[byId.size() + 1];
    args[0] = district.value();
    int k = 1;
    for (String id : byId.keySet()) {
      args[k++] = id;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(byId.size(), "?"));
    List<Measurement> rows = new ArrayList<>(db.read("measurements.forPeriods", c -> Db.query(c,
        "SELECT unit_id, indicator_id, period_id, fixed_value FROM " + t.measurement()
            + " WHERE district = ? AND period_id IN (" + marks + ") ORDER BY unit_id, indicator_id",
        rs -> new Measurement(OrgUnitId.of(rs.getString(1)), IndicatorId.of(rs.getString(2)),
            byId.get(rs.getString(3)), rs.getLong(4)),
        args)));
    rows.sort(java.util.Comparator.comparingInt(m -> rank.get(m.period()))); // stable: unit, indicator kept
    return List.copyOf(rows);
  }
}

package org.grassroots.spi.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.Period;
import org.grassroots.spi.BatchFailedException;
import org.grassroots.spi.NotFoundException;
import org.grassroots.spi.Page;
import org.grassroots.spi.PageRequest;
import org.grassroots.spi.RecordKind;
import org.grassroots.spi.RecordStore;
import org.grassroots.spi.StaleVersionException;
import org.grassroots.spi.Versioned;

/**
 * Program records of every kind in one table: district, kind, id, version, the owner, period and
 * status as columns to list by, and the fields as a flat JSON object of strings ({@link
 * FieldsCodec}). A kind's personal fields go through the integrator's {@link PersonalDataCodec}
 * (field name {@code kind.field}, e.g. {@code ledger-entry.subject}) like members' ID numbers.
 */
final class JdbcRecordStore implements RecordStore {
  private static final String COLUMNS = "id, version, fields_json";

  private final Db db;
  private final PersonalDataCodec codec;
  private final String select;
  private final String insert;
  private final String update;

  JdbcRecordStore(Db db, PersonalDataCodec codec) {
    this.db = db;
    this.codec = codec;
    String table = db.tables.record();
    this.select = "SELECT " + COLUMNS + " FROM " + table + " WHERE district = ? AND kind = ?";
    this.insert = "INSERT INTO " + table
        + " (district, kind, id, version, owner_id, period_id, status, fields_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    this.update = "UPDATE " + table + " SET version = ?, owner_id = ?, period_id = ?, status = ?, fields_json = ?"
        + " WHERE district = ? AND kind = ? AND id = ? AND version = ?";
  }

  /** One row to write: the record, its id and version, its stored fields text. */
  private record Row<V>(RecordKind<V> kind, String id, long version, V value, String fields) {}

  private <V> Row<V> row(RecordKind<V> kind, long version, V value) {
    Map<String, String> fields = kind.fields(value);
    ImmutableMap.Builder<String, String> stored = ImmutableMap.builderWithExpectedSize(fields.size());
    fields.forEach((k, v) -> stored.put(k,
        kind.personalFields().contains(k) ? codec.encode(kind.name() + "." + k, v) : v));
    return new Row<>(kind, kind.idOf(value), version, value, FieldsCodec.write(stored.buildOrThrow()));
  }

  private <V> Versioned<V> read(RecordKind<V> kind, long version, String json) {
    Map<String, String> fields = FieldsCodec.read(json);
    ImmutableMap.Builder<String, String> plain = ImmutableMap.builderWithExpectedSize(fields.size());
    fields.forEach((k, v) -> plain.put(k,
        kind.personalFields().contains(k) ? codec.decode(kind.name() + "." + k, v) : v));
    return new Versioned<>(kind.fromFields(plain.buildOrThrow()), version);
  }

  private static <V> void bind(PreparedStatement ps, DistrictId d, Row<V> r) throws SQLException {
    ps.setString(1, d.value());
    ps.setString(2, r.kind().name());
    ps.setString(3, r.id());
    ps.setLong(4, r.version());
    bindIndexed(ps, 5, r);
    ps.setString(8, r.fields());
  }

  /** Owner, period and status from {@code at} on, null when the record has none. */
  private static <V> void bindIndexed(PreparedStatement ps, int at, Row<V> r) throws SQLException {
    setNullable(ps, at, r.kind().ownerOf(r.value()));
    setNullable(ps, at + 1, r.kind().periodOf(r.value()).map(Period::toString));
    setNullable(ps, at + 2, r.kind().statusOf(r.value()));
  }

  private static void setNullable(PreparedStatement ps, int at, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      ps.setString(at, value.get());
    } else {
      ps.setNull(at, Types.VARCHAR);
    }
  }


  @Override
  public <V> List<Versioned<V>> createAll(Change change, DistrictId district, RecordKind<V> kind, List<V> values) {
    Check.notNull("change", change);
    Check.notNull("district", district);
    List<String> ids = RecordStore.checkBatch(kind, values);
    if (values.isEmpty()) {
      return List.of();
    }
    // rows and audit entries are made (every record encoded) before the transaction starts
    List<Row<V>> rows = new ArrayList<>(values.size());
    List<AuditEntry> entries = new ArrayList<>(values.size());
    for (V v : values) {
      rows.add(row(kind, 1, v));
      entries.add(RecordStore.auditEntry(district, change, kind, Optional.empty(), v));
    }
    String op = "records.createAll";
    return db.write(op, district, tx -> {
      Set<String> existing = new HashSet<>(db.queryIn(tx.c, "SELECT id FROM " + db.tables.record()
          + " WHERE district = ? AND kind = ? AND id IN", new Object[] {district.value(), kind.name()}, ids,
          rs -> rs.getString(1)));
      RecordStore.checkNewIds(kind, ids, existing::contains);
      try {
        db.batches.batch(tx.c, insert, rows, (ps, r) -> bind(ps, district, r));
      } catch (Batches.IndexedSQLException e) {
        throw new BatchFailedException(e.index, db.translate(op, e));
      }
      entries.forEach(tx::audit);
      ImmutableList.Builder<Versioned<V>> out = ImmutableList.builderWithExpectedSize(values.size());
      for (V v : values) {
        out.add(new Versioned<>(v, 1));
      }
      return out.build();
    });
  }

  @Override
  public <V> Versioned<V> update(Change change, DistrictId district, RecordKind<V> kind, long expectedVersion, V value) {
    Check.notNull("change", change);
    Check.notNull("district", district);
    Check.notNull("kind", kind);
    String id = kind.idOf(kind.check("value", value));
    return db.write("records.update", district, tx -> {
      Optional<Versioned<V>> cur = find(tx.c, district, kind, id);
      if (cur.isEmpty()) {
        throw new NotFoundException(kind.name(), id);
      }
      long version = cur.get().version();
      if (version != expectedVersion) {
        throw new StaleVersionException(kind.name(), id, expectedVersion, version);
      }
      Row<V> r = row(kind, version + 1, value);
      AuditEntry entry = RecordStore.auditEntry(district, change, kind, Optional.of(cur.get().value()), value);
      try (PreparedStatement ps = tx.c.prepareStatement(update)) {
        ps.setLong(1, r.version());
        bindIndexed(ps, 2, r);
        ps.setString(5, r.fields());
        ps.setString(6, district.value());
        ps.setString(7, kind.name());
        ps.setString(8, id);
        ps.setLong(9, version);
        if (ps.executeUpdate() != 1) {
          throw new StaleVersionException(kind.name(), id, expectedVersion, version);
        }
      }
      tx.audit(entry);
      return new Versioned<>(value, r.version());
    });
  }

  @Override
  public <V> Optional<Versioned<V>> find(DistrictId district, RecordKind<V> kind, String id) {
    Check.notNull("district", district);
    Check.notNull("kind", kind);
    Check.notNull("id", id);
    return db.read("records.find", c -> find(c, district, kind, id));
  }

  private <V> Optional<Versioned<V>> find(Connection c, DistrictId district, RecordKind<V> kind, String id)
      throws SQLException {
    List<Versioned<V>> rows = query(c, kind, select + " AND id = ?", district.value(), kind.name(), id);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  @Override
  public <V> List<Versioned<V>> byOwner(DistrictId district, RecordKind<V> kind, String owner) {
    Check.notNull("district", district);
    Check.notNull("kind", kind);
    Check.notNull("owner", owner);
    return db.read("records.byOwner", c -> ImmutableList.copyOf(query(c, kind,
        select + " AND owner_id = ? ORDER BY id", district.value(), kind.name(), owner)));
  }

  @Override
  public <V> List<Versioned<V>> byPeriod(DistrictId district, RecordKind<V> kind, Period period) {
    Check.notNull("district", district);
    RecordStore.checkPeriodKind(kind, period);
    return db.read("records.byPeriod", c -> ImmutableList.copyOf(query(c, kind,
        select + " AND period_id = ? ORDER BY id", district.value(), kind.name(), period.toString())));
  }

  @Override
  public <V> Page<Versioned<V>> list(DistrictId district, RecordKind<V> kind, PageRequest page) {
    Check.notNull("district", district);
    Check.notNull("kind", kind);
    Check.notNull("page", page);
    return Pages.of(db.read("records.list", c -> query(c, kind, select + " ORDER BY id LIMIT ? OFFSET ?",
        district.value(), kind.name(), page.limit() + 1, page.offset())), page);
  }

  private <V> List<Versioned<V>> query(Connection c, RecordKind<V> kind, String sql, Object... args)
      throws SQLException {
    List<Object[]> rows = Db.query(c, sql, rs -> new Object[] {rs.getLong(2), rs.getString(3)}, args);
    List<Versioned<V>> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(read(kind, (Long) r[0], (String) r[1]));
    }
    return out;
  }
}

package org.grassroots.spi.jdbc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.audit.Change;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.Ruleset;
import org.grassroots.rules.RulesetId;
import org.grassroots.rules.format.RulesetFiles;
import org.grassroots.spi.RulesetStore;
import org.grassroots.spi.StaleVersionException;

/**
 * Rulesets, one row per revision: the key and effective dates as columns (so {@code inForce} is one
 * indexed query), the revision itself as the JSON text of the {@code rules-format} module — the
 * same file a district edits, readable with any database's JSON tools, and kept out of {@code core}.
 */
final class JdbcRulesetStore implements RulesetStore {
  /** The name the stored text is read under: its extension picks the JSON reader. */
  private static final String STORED = "stored-ruleset.json";

  private final Db db;
  private final Tables t;
  private final String select;

  JdbcRulesetStore(Db db) {
    this.db = db;
    this.t = db.tables;
    this.select = "SELECT body FROM " + t.ruleset() + " WHERE district = ? AND id = ?";
  }

  @Override
  public Ruleset append(Change change, Ruleset revision) {
    Check.notNull("change", change);
    Check.notNull("ruleset", revision);
    String body = RulesetFiles.toJson(revision);
    // what is stored must read back equal; refuse before anything is written otherwise
    Check.that(RulesetFiles.read(STORED, body).ruleset().equals(revision), "jdbc.rulesetNotStorable", "ruleset",
        revision.ref());
    return db.write("rulesets.append", revision.district(), tx -> {
      List<Ruleset> held = read(tx.c, revision.district(), revision.id(), " ORDER BY version DESC LIMIT 1");
      int latest = held.isEmpty() ? 0 : held.get(0).version();
      if (revision.version() <= latest) {
        throw new StaleVersionException(SUBJECT_TYPE, revision.id().value(), revision.version() - 1L, latest);
      }
      Check.that(revision.version() == latest + 1, "rules.versionNotNext", "ruleset.version", revision.version(),
          latest + 1);
      try (PreparedStatement ps = tx.c.prepareStatement("INSERT INTO " + t.ruleset()
          + " (district, id, version, effective_from, effective_until, body) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, revision.district().value());
        ps.setString(2, revision.id().value());
        ps.setInt(3, revision.version());
        ps.setDate(4, Date.valueOf(revision.effectiveFrom()));
        ps.setDate(5, revision.effectiveUntil().map(Date::valueOf).orElse(null));
        ps.setString(6, body);
        ps.executeUpdate();
      }
      tx.audit(SUBJECT_TYPE, revision.id().value(), "append", change,
          held.isEmpty() ? null : () -> RulesetStore.describe(held.get(0)),
          () -> RulesetStore.describe(revision));
      return revision;
    });
  }

  private List<Ruleset> read(java.sql.Connection c, DistrictId d, RulesetId id, String rest, Object... more)
      throws SQLException {
    Object[] args = new Object[2 + more.length];
    args[0] = d.value();
    args[1] = id.value();
    System.arraycopy(more, 0, args, 2, more.length);
    return Db.query(c, select + rest, JdbcRulesetStore::parse, args);
  }

  private static Ruleset parse(ResultSet rs) throws SQLException {
    return RulesetFiles.read(STORED, rs.getString(1)).ruleset();
  }

  @Override
  public Optional<Ruleset> find(DistrictId district, RulesetId id, int version) {
    Check.notNull("district", district);
    Check.notNull("id", id);
    return db.read("rulesets.find", c -> read(c, district, id, " AND version = ?", version))
        .stream().findFirst();
  }

  @Override
  public List<Ruleset> versions(DistrictId district, RulesetId id) {
    Check.notNull("district", district);
    Check.notNull("id", id);
    return List.copyOf(db.read("rulesets.versions", c -> read(c, district, id, " ORDER BY version")));
  }

  @Override
  public Optional<Ruleset> inForce(DistrictId district, RulesetId id, LocalDate date) {
    Check.notNull("district", district);
    Check.notNull("id", id);
    Check.notNull("date", date);
    Date day = Date.valueOf(date);
    return db.read("rulesets.inForce", c -> read(c, district, id,
        " AND effective_from <= ? AND (effective_until IS NULL OR effective_until > ?)"
            + " ORDER BY version DESC LIMIT 1", day, day)).stream().findFirst();
  }

  @Override
  public List<RulesetId> ids(DistrictId district) {
    Check.notNull("district", district);
    return List.copyOf(db.read("rulesets.ids", c -> Db.query(c,
        "SELECT DISTINCT id FROM " + t.ruleset() + " WHERE district = ? ORDER BY id",
        rs -> RulesetId.of(rs.getString(1)), district.value())));
  }
}

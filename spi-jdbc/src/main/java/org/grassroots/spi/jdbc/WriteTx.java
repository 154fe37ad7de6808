package org.grassroots.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.audit.Described;
import org.grassroots.district.DistrictId;

/**
 * One write transaction of one district, holding the district's lock: the connection, and the
 * audit entries the change leaves, numbered from the district's sequence and written with it.
 */
final class WriteTx {
  final Connection c;
  final DistrictId district;
  private final Db db;
  private final long firstSeq;
  private long seq;
  private final List<AuditEntry> pending = new ArrayList<>();

  WriteTx(Connection c, DistrictId district, long seq, Db db) {
    this.c = c;
    this.district = district;
    this.firstSeq = seq;
    this.seq = seq;
    this.db = db;
  }

  /**
   * Appends the write of a described value ({@code before} null on create), built by core's one
   * helper, with the next sequence of the district.
   */
  void audit(String subjectType, String subjectId, String action, Change change, Described before,
      Described after) {
    audit(AuditEntry.ofWrite(district, change, subjectType, subjectId, action, before, after));
  }

  /**
   * Appends an entry made elsewhere (a star book's record, a batch summary: sequence 0) with the
   * next sequence of the district.
   *
   * @return the sequence assigned
   */
  long audit(AuditEntry entry) {
    if (!entry.district().equals(district)) {
      throw new IllegalArgumentException("audit entry of another district: " + entry.district());
    }
    pending.add(entry.withSequence(++seq));
    return seq;
  }

  void flushAudit() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    db.batches.insert(c, db.tables.audit(), AuditRows.INSERT_COLUMNS, pending, AuditRows::write);
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE " + db.tables.district() + " SET audit_seq = ? WHERE district = ? AND audit_seq = ?")) {
      ps.setLong(1, seq);
      ps.setString(2, district.value());
      ps.setLong(3, firstSeq);
      if (ps.executeUpdate() != 1) {
        throw new SQLException("audit sequence of district moved under its lock", "40001");
      }
    }
  }
}

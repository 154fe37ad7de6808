package org.grassroots.spi;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.grassroots.audit.AuditEntry;
import org.grassroots.audit.Change;
import org.grassroots.audit.Described;
import org.grassroots.district.DistrictId;
import org.grassroots.input.Check;
import org.grassroots.rules.Period;

/**
 * Storage of program records (项目记录存储): ledger entries, service orders, board entries, hard
 * tasks, volunteer teams, activities, service positions, community types and published assessment
 * results — any {@link RecordKind} — in one mechanism. A record is kept per district, kind and id
 * with an optimistic version ({@link Versioned}: 1 after its create, + 1 on each update).
 *
 * <p><b>Audit.</b> Every create and update writes, in the same atomic step, one entry: subject type
 * the kind's {@link RecordKind#name() name}, id the record's id, action {@code create} or {@code
 * update}, before and after = the record's fields with personal fields masked ({@link
 * RecordKind#audited}; before is empty on a create).
 *
 * <p>Listings are in id order (binary), as every listing of the SPI.
 */
public interface RecordStore {
  /**
   * Stores a new record at version 1.
   *
   * @throws ConflictException (key {@code storage.duplicateId}) its id is already used in the
   *     district for the kind
   */
  default <V> Versioned<V> create(Change change, DistrictId district, RecordKind<V> kind, V value) {
    Check.notNull("value", value);
    return BatchFailedException.single(() -> createAll(change, district, kind, List.of(value)));
  }

  /**
   * Stores many new records atomically: all or nothing, audited one entry each in list order.
   *
   * @throws BatchFailedException naming the first item that failed (an id used twice in the batch
   *     or already stored); nothing is written
   */
  <V> List<Versioned<V>> createAll(Change change, DistrictId district, RecordKind<V> kind, List<V> values);

  /**
   * Replaces the stored record with the same id by {@code value} as the next version.
   *
   * @param expectedVersion the version {@code value} was based on
   * @throws NotFoundException no record of the kind has that id in the district
   * @throws StaleVersionException {@code expectedVersion} is not the stored version
   */
  <V> Versioned<V> update(Change change, DistrictId district, RecordKind<V> kind, long expectedVersion, V value);

  /** The record of the kind with {@code id}, if stored in the district. */
  <V> Optional<Versioned<V>> find(DistrictId district, RecordKind<V> kind, String id);

  /** The records of the kind whose owner is {@code owner} (a unit, a cadre, …), in id order. */
  <V> List<Versioned<V>> byOwner(DistrictId district, RecordKind<V> kind, String owner);

  /**
   * The records of the kind in {@code period}, in id order.
   *
   * @throws org.grassroots.input.InvalidInputException (key {@code records.noPeriod}) the kind has no
   *     periods
   */
  <V> List<Versioned<V>> byPeriod(DistrictId district, RecordKind<V> kind, Period period);

  /** A page of the district's records of the kind, in id order. */
  <V> Page<Versioned<V>> list(DistrictId district, RecordKind<V> kind, PageRequest page);

  /**
   * Checks a batch before anything is written: no null item, each of the kind's type — the one
   * check every adapter uses.
   *
   * @return the ids of the values, in order
   * @throws org.grassroots.input.InvalidInputException naming a null or mistyped item ({@code
   *     values[i]})
   */
  static <V> List<String> checkBatch(RecordKind<V> kind, List<V> values) {
    Check.notNull("kind", kind);
    Check.notNull("values", values);
    ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      ids.add(kind.idOf(kind.check("values[" + i + "]", values.get(i))));
    }
    return ids.build();
  }

  /**
   * Refuses a batch at its first item whose id is stored already or earlier in the batch.
   *
   * @param stored whether an id is stored in the district for the kind
   * @throws BatchFailedException (cause {@code storage.duplicateId}) at that item
   */
  static void checkNewIds(RecordKind<?> kind, List<String> ids, Predicate<String> stored) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!seen.add(id) || stored.test(id)) {
        throw new BatchFailedException(i, new ConflictException("storage.duplicateId", kind.name(), id));
      }
    }
  }

  /** Refuses a listing by period of a kind without periods. */
  static void checkPeriodKind(RecordKind<?> kind, Period period) {
    Check.notNull("kind", kind);
    Check.notNull("period", period);
    Check.that(kind.hasPeriod(), "records.noPeriod", "kind", kind.name());
  }

  /** The audit entry of a write (sequence 0, for the store to assign), as the interface says. */
  static <V> AuditEntry auditEntry(DistrictId district, Change change, RecordKind<V> kind, Optional<V> before, V after) {
    return AuditEntry.ofWrite(district, change, kind.name(), kind.idOf(after), before.isPresent() ? "update" : "create",
        before.<Described>map(b -> () -> kind.audited(b)).orElse(null), () -> kind.audited(after));
  }
}

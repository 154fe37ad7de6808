package org.grassroots.spi;

import static org.grassroots.audit.AuditEntry.ORG_UNIT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.grassroots.hierarchy.OrgUnit;
import org.grassroots.hierarchy.OrgUnitId;
import org.grassroots.input.InvalidInputException;

/**
 * The checks of {@link OrganizationStore#updateAll} (批量更新检查), the same in every adapter: each item
 * against its stored state and the items before it in the list — an id once, the unit known, the
 * version current, parent and kind unchanged, the revision date not before the stored one, and an
 * ended unit without active dependants, counting its children ended earlier in the list as ended.
 * One instance per batch; the adapter reads the stored states and counts dependants its own way.
 */
public final class UnitUpdates {
  private final Set<OrgUnitId> seen = new HashSet<>();
  private final Map<OrgUnitId, Integer> endedChildren = new HashMap<>();

  /** How an adapter counts a unit's active children and members. */
  @FunctionalInterface
  public interface Dependants<E extends Exception> {
    long activeDependants(OrgUnitId unit) throws E;
  }

  /**
   * Checks item {@code index} of the batch and records it as applied for the items after it.
   *
   * @param current the unit's stored state; null when the district has no such unit
   * @throws BatchFailedException naming {@code index}, with the item's failure as cause
   * @throws InvalidInputException if the revision date is before the stored one
   */
  public <E extends Exception> void check(int index, OrgUnit current, OrgUnit updated, Dependants<E> dependants)
      throws E {
    String id = updated.id().value();
    try {
      if (!seen.add(updated.id())) {
        throw new ConflictException("storage.duplicateId", ORG_UNIT, id);
      }
      if (current == null) {
        throw new NotFoundException(ORG_UNIT, id);
      }
      checkVersion(current, updated.version());
      if (!current.parent().equals(updated.parent())) {
        throw new ConflictException("storage.immutableField", ORG_UNIT, id, "parent");
      }
      if (!current.kind().equals(updated.kind())) {
        throw new ConflictException("storage.immutableField", ORG_UNIT, id, "kind");
      }
      checkRevisionDate(current, updated.revisionDate());
      if (!updated.status().isActive()) {
        long active = dependants.activeDependants(updated.id()) - endedChildren.getOrDefault(updated.id(), 0);
        if (active > 0) {
          throw new ConflictException("storage.hasActiveChildren", id, active);
        }
      }
    } catch (StorageException e) {
      throw new BatchFailedException(index, e);
    }
    if (current.status().isActive() && !updated.status().isActive()) {
      current.parent().ifPresent(p -> endedChildren.merge(p, 1, Integer::sum));
    }
  }

  /** Refuses a write made against {@code expected} when the stored version differs. */
  public static void checkVersion(OrgUnit current, long expected) {
    if (current.version() != expected) {
      throw new StaleVersionException(ORG_UNIT, current.id().value(), expected, current.version());
    }
  }

  /** Refuses a revision dated before the unit's stored revision (history only moves forward). */
  public static void checkRevisionDate(OrgUnit current, LocalDate date) {
    if (date.isBefore(current.revisionDate())) {
      throw new InvalidInputException("storage.revisionBefore", ORG_UNIT, current.id().value(),
          date.toString(), current.revisionDate().toString());
    }
  }
}
